"""CaseService: the life cycle with its trail, read-only closed cases, plans, lists, timeline."""

from __future__ import annotations

from datetime import date

import pytest

from sspf_desk.domain import (
    ActionPlanInput,
    ActionStatus,
    CaseStatus,
    ClosingReason,
    ConcernOutcome,
)
from sspf_desk.errors import NotFoundError, ValidationError
from sspf_desk.services.case_rows import CaseFilter, TimelineKind
from sspf_desk.store.audit import list_entries
from tests.helpers.casework import Services, concern_input, consent_input, item_input, services

CLOSED_MESSAGE = "Ärendet är avslutat och kan inte ändras. Öppna det igen först."


@pytest.fixture
def svc() -> Services:
    """Services over a fresh store, today = 2025-06-01."""
    return services()


def walk(svc: Services, case_id: str, *targets: CaseStatus) -> None:
    """Move a case along ``targets``."""
    for target in targets:
        svc.cases.transition(case_id, target)


def test_life_cycle_with_trail_reopen_and_read_only_closed_case(svc: Services) -> None:
    young = svc.young()
    case = svc.cases.open_case(young, date(2025, 5, 1), "Direkt från socialtjänsten")
    assert svc.cases.allowed_transitions(case.id) == {CaseStatus.CONSENT, CaseStatus.CLOSED}
    walk(svc, case.id, CaseStatus.CONSENT, CaseStatus.MAPPING, CaseStatus.ACTIVE_PLAN)
    walk(svc, case.id, CaseStatus.FOLLOW_UP, CaseStatus.ACTIVE_PLAN)
    with pytest.raises(ValidationError) as info:
        svc.cases.transition(case.id, CaseStatus.INTAKE)
    assert info.value.errors == {
        "status": "Ärendet kan inte gå från Aktiv plan till Aktualisering."
    }
    with pytest.raises(ValidationError) as info:
        svc.cases.transition(case.id, CaseStatus.CLOSED)
    assert set(info.value.errors) == {"closing_reason", "outcome"}
    item = svc.cases.add_item(case.id, item_input())
    closed = svc.cases.transition(
        case.id,
        CaseStatus.CLOSED,
        closing_reason=ClosingReason.GOALS_REACHED,
        outcome="Går i skolan.",
    )
    assert (closed.status, closed.closed_on, closed.closing_reason) == (
        CaseStatus.CLOSED,
        date(2025, 6, 1),
        ClosingReason.GOALS_REACHED,
    )
    for edit in (
        lambda: svc.cases.save_plan(case.id, ActionPlanInput("Mål", "Styrkor")),
        lambda: svc.cases.add_item(case.id, item_input()),
        lambda: svc.cases.update_item(item.id, item_input(status=ActionStatus.DONE)),
        lambda: svc.cases.remove_item(item.id),
    ):
        with pytest.raises(ValidationError) as info:
            edit()
        assert info.value.errors == {"case": CLOSED_MESSAGE}
    assert svc.cases.allowed_transitions(case.id) == {CaseStatus.ACTIVE_PLAN}
    with pytest.raises(ValidationError) as info:
        svc.cases.transition(case.id, CaseStatus.ACTIVE_PLAN)
    assert set(info.value.errors) == {"reason"}
    with pytest.raises(ValidationError):
        svc.cases.transition(case.id, CaseStatus.INTAKE, reason="Ny oro")
    reopened = svc.cases.transition(case.id, CaseStatus.ACTIVE_PLAN, reason="Ny oro från skolan")
    assert (reopened.status, reopened.closed_on, reopened.closing_reason, reopened.outcome) == (
        CaseStatus.ACTIVE_PLAN,
        None,
        None,
        "",
    )
    svc.cases.update_item(item.id, item_input(status=ActionStatus.DONE))
    trail = [(e.from_status, e.to_status, e.actor) for e in svc.cases.case_events(case.id)]
    assert trail == [
        (None, CaseStatus.INTAKE, "user-1"),
        (CaseStatus.INTAKE, CaseStatus.CONSENT, "user-1"),
        (CaseStatus.CONSENT, CaseStatus.MAPPING, "user-1"),
        (CaseStatus.MAPPING, CaseStatus.ACTIVE_PLAN, "user-1"),
        (CaseStatus.ACTIVE_PLAN, CaseStatus.FOLLOW_UP, "user-1"),
        (CaseStatus.FOLLOW_UP, CaseStatus.ACTIVE_PLAN, "user-1"),
        (CaseStatus.ACTIVE_PLAN, CaseStatus.CLOSED, "user-1"),
        (CaseStatus.CLOSED, CaseStatus.ACTIVE_PLAN, "user-1"),
    ]
    reasons = [e.reason for e in svc.cases.case_events(case.id)]
    assert reasons[0] == "Direkt från socialtjänsten"
    assert reasons[-2] == "Målen är uppnådda: Går i skolan."
    assert reasons[-1] == "Ny oro från skolan"


def test_open_case_refuses_a_second_open_case(svc: Services) -> None:
    young = svc.young()
    svc.cases.open_case(young)
    with pytest.raises(ValidationError) as info:
        svc.cases.open_case(young)
    assert set(info.value.errors) == {"young_person_id"}
    with pytest.raises(ValidationError) as info:
        svc.cases.open_case(svc.young("Bo"), date(2025, 6, 2))
    assert set(info.value.errors) == {"opened_on"}
    with pytest.raises(NotFoundError):
        svc.cases.open_case("nobody")


def test_plan_and_items(svc: Services) -> None:
    case = svc.cases.open_case(svc.young())
    assert svc.cases.get_plan(case.id) is None
    plan = svc.cases.save_plan(case.id, ActionPlanInput(" Jag vill klara nian. ", "Bra på fotboll"))
    assert (plan.goals, plan.strengths) == ("Jag vill klara nian.", "Bra på fotboll")
    again = svc.cases.save_plan(case.id, ActionPlanInput("Klara nian", "Fotboll"))
    assert again.id == plan.id and svc.cases.get_plan(case.id) == again
    with pytest.raises(ValidationError) as info:
        svc.cases.add_item(case.id, item_input(what="", responsible="", deadline=date(2025, 5, 1)))
    assert set(info.value.errors) == {"what", "responsible", "deadline"}
    late = svc.cases.add_item(case.id, item_input(start_on=None, deadline=date(2025, 5, 30)))
    soon = svc.cases.add_item(
        case.id, item_input(what="Fritidsgård", follow_up_on=date(2025, 6, 3))
    )
    assert [i.id for i in svc.cases.list_items(case.id)] == [soon.id, late.id]
    [row] = svc.cases.list_cases()
    assert (row.open_items, row.overdue_items, row.next_follow_up) == (2, 1, date(2025, 6, 3))
    svc.cases.remove_item(late.id)
    with pytest.raises(NotFoundError):
        svc.cases.update_item(late.id, item_input())
    assert svc.cases.list_cases()[0].overdue_items == 0


def test_case_lists_filter_and_views_are_audited(svc: Services) -> None:
    ada = svc.young("Ada", "Berg")
    bo = svc.young("Bo", "Östlund", protected_identity=True)
    first = svc.cases.open_case(ada)
    svc.cases.open_case(bo)
    svc.cases.transition(
        first.id, CaseStatus.CLOSED, closing_reason=ClosingReason.MOVED, outcome="Flyttat."
    )
    assert len(svc.cases.list_cases()) == 2
    assert [r.young_person_id for r in svc.cases.list_cases(CaseFilter(open_only=True))] == [bo]
    assert [r.young_person_id for r in svc.cases.list_cases(CaseFilter(text="ostlund"))] == [bo]
    assert [r.id for r in svc.cases.list_cases(CaseFilter(status=CaseStatus.CLOSED))] == [first.id]
    assert svc.cases.list_cases(CaseFilter(young_person_id=bo))[0].protected_identity
    svc.cases.get_case(first.id)
    svc.cases.cases_for_person(ada)
    svc.cases.timeline(ada)
    with svc.store.unit_of_work() as session:
        views = [(e.entity_type, e.entity_id, e.fields) for e in list_entries(session, limit=3)]
    assert views == [
        ("young_person", ada, ("timeline",)),
        ("young_person", ada, ("cases",)),
        ("sspf_case", first.id, ()),
    ]


def test_timeline_is_in_date_order(svc: Services) -> None:
    young = svc.young()
    eva = svc.guardian(young, "Eva")
    concern = svc.concerns.create_concern(concern_input(young))
    case_id = svc.concerns.set_outcome(concern.id, ConcernOutcome.SSPF_CASE, date(2025, 5, 21))
    assert case_id is not None
    consent = svc.consents.create_consent(consent_input(young, eva, valid_from=date(2025, 5, 22)))
    svc.consents.withdraw(consent.id, date(2025, 5, 28), "Telefon")
    item = svc.cases.add_item(case_id, item_input(start_on=date(2025, 5, 25)))
    svc.cases.transition(case_id, CaseStatus.CONSENT)
    entries = svc.cases.timeline(young)
    assert [e.day for e in entries] == sorted(e.day for e in entries)
    kinds = [(e.day, e.kind, e.ref_id) for e in entries]
    assert kinds[:5] == [
        (date(2025, 5, 20), TimelineKind.CONCERN, concern.id),
        (date(2025, 5, 21), TimelineKind.CASE_STATUS, case_id),
        (date(2025, 5, 22), TimelineKind.CONSENT, consent.id),
        (date(2025, 5, 25), TimelineKind.ACTION, item.id),
        (date(2025, 5, 28), TimelineKind.CONSENT_WITHDRAWN, consent.id),
    ]
    statuses = [e.title for e in entries if e.kind is TimelineKind.CASE_STATUS]
    assert statuses == ["Ärende öppnat (Aktualisering)", "Ärende: Aktualisering → Samtycke"]
    assert entries[0].title == "Orosignal från skola"
    assert all(e.kind == e.kind.value for e in entries)


def test_timeline_keeps_one_days_status_changes_in_the_order_they_happened(
    svc: Services,
) -> None:
    young = svc.young()
    case = svc.cases.open_case(young)
    walk(svc, case.id, CaseStatus.CONSENT, CaseStatus.MAPPING, CaseStatus.ACTIVE_PLAN)
    svc.cases.save_plan(case.id, ActionPlanInput(goals="Klara nian", strengths=""))
    svc.cases.transition(case.id, CaseStatus.FOLLOW_UP)
    svc.cases.transition(
        case.id, CaseStatus.CLOSED, closing_reason=ClosingReason.GOALS_REACHED, outcome="Bra"
    )
    titles = [e.title for e in svc.cases.timeline(young)]
    assert titles == [
        "Ärende öppnat (Aktualisering)",
        "Ärende: Aktualisering → Samtycke",
        "Ärende: Samtycke → Kartläggning",
        "Ärende: Kartläggning → Aktiv plan",
        "Åtagandeplan upprättad",
        "Ärende: Aktiv plan → Uppföljning",
        "Ärende avslutat",
    ]
