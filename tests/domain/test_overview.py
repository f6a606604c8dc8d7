"""Overview rules: follow-ups, expiring and missing consents, overdue items, concerns."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from sspf_desk.domain import (
    SSPF_PARTIES,
    ActionStatus,
    AgeRules,
    CaseStatus,
    ConcernLevel,
    ConcernOutcome,
    ConsenterRole,
    ConsentSubject,
    CustodyType,
    GuardianRef,
    InformationCategory,
    Party,
    ReportCheckpoint,
    ReportStatus,
    Sector,
    Urgency,
    concerns_awaiting,
    consents_expiring,
    follow_ups_due,
    missing_guardian_consent,
    overdue_actions,
    reports_unanswered,
)
from sspf_desk.domain.sharing import (
    NO_CUSTODIAL_GUARDIAN,
    NO_GUARDIAN_CONSENT,
    NO_OWN_CONSENT,
    ONE_OF_TWO_GUARDIANS,
    UNKNOWN_BIRTH_DATE,
)
from tests.domain.factories import case, concern, consent, item

DAY = date(2025, 6, 1)


def days(n: int) -> date:
    return DAY + timedelta(days=n)


# --- follow-ups -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("follow_up_on", "status", "due", "overdue"),
    [
        (days(-30), ActionStatus.PLANNED, True, True),
        (days(-1), ActionStatus.ONGOING, True, True),
        (DAY, ActionStatus.PLANNED, True, False),
        (days(7), ActionStatus.PLANNED, True, False),
        (days(8), ActionStatus.PLANNED, False, False),
        (None, ActionStatus.PLANNED, False, False),
        (DAY, ActionStatus.DONE, False, False),
        (DAY, ActionStatus.CANCELLED, False, False),
    ],
)
def test_follow_ups_due_boundaries(
    follow_up_on: date | None, status: ActionStatus, due: bool, overdue: bool
) -> None:
    rows = follow_ups_due([item(follow_up_on=follow_up_on, status=status)], [case()], DAY)
    assert bool(rows) is due
    if due:
        (row,) = rows
        assert (row.item_id, row.case_id, row.young_person_id) == ("i1", "case1", "yp")
        assert row.follow_up_on == follow_up_on
        assert row.overdue is overdue
        assert (row.what, row.sector, row.responsible) == (
            "Anpassad studiegång",
            Sector.SCHOOL,
            "Mentor",
        )


def test_follow_ups_horizon_closed_cases_and_order() -> None:
    items = [
        item(id="late", follow_up_on=days(3)),
        item(id="early", follow_up_on=days(1)),
        item(id="closed", case_id="case2", follow_up_on=DAY),
        item(id="orphan", case_id="gone", follow_up_on=DAY),
    ]
    cases = [case(), case(id="case2", status=CaseStatus.CLOSED)]
    assert [row.item_id for row in follow_ups_due(items, cases, DAY)] == ["early", "late"]
    assert [row.item_id for row in follow_ups_due(items, cases, DAY, horizon_days=2)] == ["early"]
    assert follow_ups_due(items, cases, DAY, horizon_days=0) == []


# --- expiring consents --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "listed", "days_left"),
    [
        ({"valid_to": DAY}, True, 0),
        ({"valid_to": days(30)}, True, 30),
        ({"valid_to": days(31)}, False, None),
        ({"valid_to": days(-1)}, False, None),
        ({"valid_to": None}, False, None),
        ({"valid_to": days(10), "withdrawn_on": DAY}, False, None),
        ({"valid_to": days(10), "withdrawn_on": days(5)}, True, 10),
        ({"valid_to": days(10), "valid_from": days(1)}, False, None),
    ],
)
def test_consents_expiring_boundaries(
    changes: dict[str, object], listed: bool, days_left: int | None
) -> None:
    rows = consents_expiring([consent(**changes)], DAY, 30)
    assert bool(rows) is listed
    if listed:
        (row,) = rows
        assert row.consent_id == "c1" and row.young_person_id == "yp"
        assert row.consenter_role is ConsenterRole.GUARDIAN
        assert row.consenter_related_person_id == "g1"
        assert row.days_left == days_left


def test_zero_lead_time_lists_only_the_last_day() -> None:
    assert [r.days_left for r in consents_expiring([consent(valid_to=DAY)], DAY, 0)] == [0]
    assert consents_expiring([consent(valid_to=days(1))], DAY, 0) == []


RENEWAL_START = days(11)


@pytest.mark.parametrize(
    ("renewal", "suppressed"),
    [
        ({"valid_from": RENEWAL_START, "valid_to": None}, True),
        ({"valid_from": DAY, "valid_to": days(400)}, True),
        ({"valid_from": days(12), "valid_to": None}, False),
        ({"valid_from": RENEWAL_START, "valid_to": days(10)}, False),
        ({"valid_from": RENEWAL_START, "valid_to": None, "withdrawn_on": days(10)}, False),
        ({"valid_from": RENEWAL_START, "valid_to": None, "withdrawn_on": days(11)}, True),
        (
            {"valid_from": RENEWAL_START, "valid_to": None, "consenter_related_person_id": "g2"},
            False,
        ),
        ({"valid_from": RENEWAL_START, "valid_to": None, "young_person_id": "other"}, False),
        (
            {"valid_from": RENEWAL_START, "valid_to": None, "parties": (Party(Sector.SCHOOL),)},
            False,
        ),
        (
            {
                "valid_from": RENEWAL_START,
                "valid_to": None,
                "categories": (InformationCategory.SCHOOL,),
            },
            False,
        ),
    ],
)
def test_renewed_consent_is_not_expiring(renewal: dict[str, object], suppressed: bool) -> None:
    ending = consent(valid_to=days(10))
    rows = consents_expiring([ending, consent(id="c2", **renewal)], DAY, 30)
    assert ("c1" not in [row.consent_id for row in rows]) is suppressed


def test_consents_expiring_order() -> None:
    records = [
        consent(id="b", valid_to=days(9)),
        consent(id="a", valid_to=days(2), consenter_related_person_id="g2"),
    ]
    assert [row.consent_id for row in consents_expiring(records, DAY, 30)] == ["a", "b"]


# --- missing guardian consent ---------------------------------------------------------------

AGE_14 = date(2011, 1, 1)
JOINT = (GuardianRef("g1", CustodyType.JOINT), GuardianRef("g2", CustodyType.JOINT))
OWN = consent(id="own", consenter_role=ConsenterRole.YOUNG_PERSON, consenter_related_person_id=None)


def subject(
    birth: date | None, guardians: tuple[GuardianRef, ...], *records: object
) -> dict[str, ConsentSubject]:
    return {"yp": ConsentSubject("yp", birth, guardians, records)}  # type: ignore[arg-type]


def test_missing_consent_for_every_open_status() -> None:
    facts = subject(AGE_14, JOINT)
    flagged = {
        status
        for status in CaseStatus
        if missing_guardian_consent([case(status=status)], facts, DAY, AgeRules())
    }
    assert flagged == {
        CaseStatus.INTAKE,
        CaseStatus.CONSENT,
        CaseStatus.MAPPING,
        CaseStatus.ACTIVE_PLAN,
        CaseStatus.FOLLOW_UP,
    }


def test_missing_consent_rows() -> None:
    (row,) = missing_guardian_consent([case()], subject(AGE_14, JOINT), DAY, AgeRules())
    assert (row.case_id, row.young_person_id, row.case_status) == (
        "case1",
        "yp",
        CaseStatus.MAPPING,
    )
    assert row.missing == SSPF_PARTIES and row.partial == ()
    assert row.messages == (NO_GUARDIAN_CONSENT,)


def test_one_of_two_guardians_is_partial() -> None:
    facts = subject(AGE_14, JOINT, consent())
    (row,) = missing_guardian_consent([case()], facts, DAY, AgeRules())
    assert row.missing == () and row.partial == SSPF_PARTIES
    assert row.messages == (ONE_OF_TWO_GUARDIANS,)


def test_partly_covered_parties() -> None:
    facts = subject(
        AGE_14,
        JOINT,
        consent(parties=(Party(Sector.SCHOOL),)),
        consent(id="c2", consenter_related_person_id="g2"),
    )
    (row,) = missing_guardian_consent([case()], facts, DAY, AgeRules())
    assert row.partial == SSPF_PARTIES[1:]
    assert row.missing == ()
    assert row.messages == (ONE_OF_TWO_GUARDIANS,)


@pytest.mark.parametrize(
    ("facts", "messages"),
    [
        (
            subject(AGE_14, JOINT, consent(), consent(id="c2", consenter_related_person_id="g2")),
            None,
        ),
        (subject(date(2007, 6, 1), (), OWN), None),
        (subject(date(2007, 6, 1), JOINT), None),
        (subject(date(2007, 6, 2), JOINT, OWN), (NO_GUARDIAN_CONSENT,)),
        (subject(AGE_14, ()), (NO_CUSTODIAL_GUARDIAN,)),
        (
            subject(None, JOINT, consent(), consent(id="c2", consenter_related_person_id="g2")),
            (NO_OWN_CONSENT, UNKNOWN_BIRTH_DATE),
        ),
        ({}, (NO_CUSTODIAL_GUARDIAN, NO_OWN_CONSENT, UNKNOWN_BIRTH_DATE)),
    ],
)
def test_missing_consent_by_age_and_facts(
    facts: dict[str, ConsentSubject], messages: tuple[str, ...] | None
) -> None:
    rows = missing_guardian_consent([case()], facts, DAY, AgeRules())
    assert (rows[0].messages if rows else None) == messages


def test_missing_consent_custom_parties_and_order() -> None:
    police = (Party(Sector.POLICE),)
    facts = {
        "yp": ConsentSubject(
            "yp",
            AGE_14,
            JOINT,
            (
                consent(parties=police),
                consent(id="c2", parties=police, consenter_related_person_id="g2"),
            ),
        ),
        "yp2": ConsentSubject("yp2", AGE_14, JOINT, ()),
    }
    cases = [case(), case(id="case2", young_person_id="yp2")]
    assert missing_guardian_consent(cases[:1], facts, DAY, AgeRules(), police) == []
    rows = missing_guardian_consent(cases, facts, DAY, AgeRules())
    assert [(row.case_id, len(row.missing)) for row in rows] == [("case2", 4), ("case1", 3)]


# --- overdue actions ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("deadline", "status", "days_overdue"),
    [
        (DAY, ActionStatus.PLANNED, None),
        (days(1), ActionStatus.PLANNED, None),
        (days(-1), ActionStatus.PLANNED, 1),
        (days(-40), ActionStatus.ONGOING, 40),
        (days(-1), ActionStatus.DONE, None),
        (days(-1), ActionStatus.CANCELLED, None),
        (None, ActionStatus.PLANNED, None),
    ],
)
def test_overdue_actions_boundaries(
    deadline: date | None, status: ActionStatus, days_overdue: int | None
) -> None:
    rows = overdue_actions([item(deadline=deadline, status=status)], DAY)
    assert (rows[0].days_overdue if rows else None) == days_overdue
    if rows:
        assert rows[0].young_person_id is None
        assert rows[0].deadline == deadline


def test_overdue_actions_with_cases() -> None:
    items = [
        item(id="b", deadline=days(-2)),
        item(id="a", deadline=days(-9)),
        item(id="closed", case_id="case2", deadline=days(-9)),
        item(id="orphan", case_id="gone", deadline=days(-9)),
    ]
    cases = [case(), case(id="case2", status=CaseStatus.CLOSED)]
    rows = overdue_actions(items, DAY, cases=cases)
    assert [(row.item_id, row.young_person_id) for row in rows] == [("a", "yp"), ("b", "yp")]
    assert len(overdue_actions(items, DAY)) == 4


# --- concerns -----------------------------------------------------------------------------


def test_concerns_awaiting_pending_only_most_urgent_first() -> None:
    concerns = [
        concern(id="old-normal", received_on=date(2025, 1, 1)),
        concern(id="new-acute", urgency=Urgency.ACUTE, received_on=date(2025, 5, 1)),
        concern(id="low", urgency=Urgency.LOW, received_on=date(2024, 1, 1)),
        concern(id="high", urgency=Urgency.HIGH),
        concern(id="decided", outcome=ConcernOutcome.SSPF_CASE, outcome_on=DAY),
        concern(
            id="group",
            level=ConcernLevel.SELECTIVE,
            young_person_id=None,
            received_on=date(2025, 3, 1),
        ),
    ]
    rows = concerns_awaiting(concerns)
    assert [row.concern_id for row in rows] == ["new-acute", "high", "old-normal", "group", "low"]
    group = rows[3]
    assert group.young_person_id is None and group.level is ConcernLevel.SELECTIVE
    assert rows[0].source_sector is Sector.SCHOOL and rows[0].received_on == date(2025, 5, 1)


@pytest.mark.parametrize(
    ("status", "listed"),
    [
        (ReportStatus.UNANSWERED, True),
        (ReportStatus.NOT_NEEDED, False),
        (ReportStatus.MADE, False),
        (ReportStatus.MADE_BY_OTHER, False),
    ],
)
def test_reports_unanswered(status: ReportStatus, listed: bool) -> None:
    decided = concern(outcome=ConcernOutcome.REFERRED, report=ReportCheckpoint(status=status))
    assert bool(reports_unanswered([decided])) is listed
