"""OverviewService: every block from data in the store, with names; the concern blocks agree
with the domain rules."""

from __future__ import annotations

from datetime import date

from sspf_desk.domain import (
    CaseStatus,
    ClosingReason,
    ConcernOutcome,
    ReportCheckpoint,
    ReportStatus,
    Sector,
    Urgency,
)
from sspf_desk.domain.overview import concerns_awaiting, reports_unanswered
from tests.helpers.casework import TODAY, concern_input, consent_input, item_input, services


def test_blocks_name_the_young_persons_and_leave_closed_cases_out() -> None:
    svc = services()
    ada = svc.young("Ada", "Berg")
    eva = svc.guardian(ada, "Eva")
    svc.guardian(ada, "Olle")
    bo = svc.young("Bo", "Ek", protected_identity=True)
    case = svc.cases.open_case(ada, date(2025, 5, 2))
    svc.cases.transition(case.id, CaseStatus.CONSENT)
    svc.consents.create_consent(consent_input(ada, eva, valid_to=date(2025, 6, 20)))
    svc.consents.create_consent(consent_input(ada))
    due = svc.cases.add_item(case.id, item_input(follow_up_on=date(2025, 6, 5)))
    overdue = svc.cases.add_item(
        case.id, item_input(deadline=date(2025, 5, 30), follow_up_on=date(2025, 7, 1))
    )
    svc.cases.add_item(case.id, item_input(follow_up_on=date(2025, 6, 20)))
    closed = svc.cases.open_case(bo, date(2025, 5, 3))
    svc.cases.add_item(closed.id, item_input(start_on=None, deadline=date(2025, 5, 10)))
    svc.cases.transition(
        closed.id, CaseStatus.CLOSED, closing_reason=ClosingReason.MOVED, outcome="Flyttat."
    )
    acute = svc.concerns.create_concern(concern_input(bo, urgency=Urgency.ACUTE))
    decided = svc.concerns.create_concern(
        concern_input(None, report=ReportCheckpoint(ReportStatus.NOT_NEEDED))
    )
    svc.concerns.set_outcome(decided.id, ConcernOutcome.REFERRED, date(2025, 5, 21), "Fältarna")
    plain = svc.concerns.create_concern(
        concern_input(ada, report=ReportCheckpoint(ReportStatus.NOT_NEEDED))
    )

    overview = svc.overview.overview()
    assert overview.day == TODAY
    assert [(i.row.item_id, i.young_person_name) for i in overview.follow_ups_due] == [
        (due.id, "Ada Berg")
    ]
    assert [(i.row.item_id, i.row.days_overdue) for i in overview.overdue_actions] == [
        (overdue.id, 2)
    ]
    [expiring] = overview.consents_expiring
    assert (expiring.row.valid_to, expiring.row.days_left, expiring.young_person_name) == (
        date(2025, 6, 20),
        19,
        "Ada Berg",
    )
    [missing] = overview.missing_consent
    assert missing.row.case_id == case.id and missing.row.missing == ()
    assert {p.sector for p in missing.row.partial} == {
        Sector.SCHOOL,
        Sector.SOCIAL_SERVICES,
        Sector.POLICE,
        Sector.LEISURE,
    }
    assert [i.row.concern_id for i in overview.concerns_awaiting] == [acute.id, plain.id]
    first = overview.concerns_awaiting[0]
    assert (first.young_person_name, first.protected_identity) == ("Bo Ek", True)
    assert [i.row.concern_id for i in overview.reports_unanswered] == [acute.id]
    assert overview.counts == {
        "follow_ups_due": 1,
        "consents_expiring": 1,
        "missing_consent": 1,
        "overdue_actions": 1,
        "concerns_awaiting": 2,
        "reports_unanswered": 1,
    }


def test_concern_blocks_agree_with_the_domain_rules() -> None:
    svc = services()
    people = [svc.young(f"Person{n}") for n in range(3)]
    statuses = list(ReportStatus)
    urgencies = list(Urgency)
    created = []
    for n in range(12):
        young = people[n % 3] if n % 4 else None
        data = concern_input(
            young,
            received_on=date(2025, 5, 1 + n),
            urgency=urgencies[n % len(urgencies)],
            report=ReportCheckpoint(
                statuses[n % len(statuses)],
                agency="Skolan",
                reporter="Rektor",
                reported_on=date(2025, 5, 1 + n),
            ),
        )
        created.append(svc.concerns.create_concern(data))
    for concern in created[::3]:
        svc.concerns.set_outcome(concern.id, ConcernOutcome.REFERRED, date(2025, 5, 30), "BUP")
    everything = [svc.concerns.get_concern(c.id) for c in created]
    overview = svc.overview.overview()
    assert [i.row for i in overview.concerns_awaiting] == concerns_awaiting(everything)
    assert [i.row for i in overview.reports_unanswered] == reports_unanswered(everything)


def test_the_page_is_reused_until_something_relevant_changes() -> None:
    svc = services()
    young = svc.young("Ada", "Berg")
    first = svc.overview.overview()
    assert first.counts["concerns_awaiting"] == 0
    svc.persons.get_young_person(young)  # a view: only an audit entry
    assert svc.overview.overview() is first
    concern = svc.concerns.create_concern(concern_input(young))
    second = svc.overview.overview()
    assert [i.row.concern_id for i in second.concerns_awaiting] == [concern.id]
    assert svc.overview.overview(date(2025, 6, 2)) is not second
