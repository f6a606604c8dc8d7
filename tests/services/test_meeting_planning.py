"""Meeting planning on a session: carried-over items (with the plan items' live statuses)
and the suggested individual items, gated by THE sharing rule."""

from __future__ import annotations

from datetime import date

import pytest

from sspf_desk.domain import (
    ActionStatus,
    AgeRules,
    AttendanceStatus,
    Attendee,
    CaseStatus,
    CustodyType,
    Meeting,
    MeetingType,
    Party,
    Sector,
)
from sspf_desk.services import meeting_suggestions
from sspf_desk.services.meeting_planning import carried_items, due_suggestions
from sspf_desk.services.meeting_planning_rows import PROTECTED_NAME, AgendaSuggestion
from sspf_desk.services.sharing_facts import load_facts
from sspf_desk.store import Store, repo_meetings
from tests.helpers.casework import Services, consent_input, item_input, services
from tests.helpers.meeting_planning import (
    ANONYMISED,
    EXCLUDED,
    action,
    add_meeting,
    case_in,
    item,
)

OPS = MeetingType.OPERATIONAL_GROUP
DAY = date(2025, 6, 10)  # the new meeting's day
TODAY = date(2025, 6, 1)
SCHOOL = Attendee("Sara Skola", Sector.SCHOOL, "rektor")
POLICE = Attendee("Per Polis", Sector.POLICE, "kommunpolis")


@pytest.fixture
def svc() -> Services:
    """Services over a fresh store, today = 2025-06-01."""
    return services()


def carried(store: Store, day: date = DAY, series_id: str | None = None) -> list[tuple[str, ...]]:
    """(title, action statuses…) of the items carried into a meeting of type OPS on ``day``."""
    with store.unit_of_work() as session:
        found = carried_items(session, OPS, series_id, day)
    return [(i.title, *(str(a.status) for a in i.actions)) for i in found]


# -- carry-over ------------------------------------------------------------------------------


def test_nothing_is_carried_without_a_previous_meeting(svc: Services) -> None:
    assert carried(svc.store) == []
    add_meeting(svc.store, DAY, items=[item("Samma dag", actions=(action(),))])
    add_meeting(
        svc.store,
        date(2025, 6, 3),
        meeting_type=MeetingType.STEERING_GROUP,
        items=[item("Annan typ", actions=(action(),))],
    )
    assert carried(svc.store) == []


def test_open_actions_and_due_follow_ups_are_carried(svc: Services) -> None:
    young = svc.young()
    previous = add_meeting(
        svc.store,
        date(2025, 5, 27),
        items=[
            item("Öppnande"),
            item(
                "Uppföljning",
                young_person_id=young,
                visibility=ANONYMISED,
                notes="Anteckning",
                decisions=("Beslut",),
                actions=(action("Klar", status=ActionStatus.DONE), action("Pågår")),
            ),
            item("Gjort", actions=(action(status=ActionStatus.DONE),)),
            item("Följs upp nu", follow_up_on=DAY),
            item("Följs upp senare", follow_up_on=date(2025, 7, 1)),
        ],
    )
    with svc.store.unit_of_work() as session:
        found = carried_items(session, OPS, None, DAY)
    assert [(i.number, i.title) for i in found] == [(1, "Uppföljning"), (2, "Följs upp nu")]
    first = found[0]
    assert (first.young_person_id, first.visibility) == (young, ANONYMISED)
    assert (first.notes, first.decisions, first.id) == ("", (), None)
    assert [a.what for a in first.actions] == ["Pågår"]
    assert first.carried_from_item_id == previous.item_ids[1]
    assert found[1].follow_up_on is None


def test_only_the_latest_earlier_meeting_of_the_series_counts(svc: Services) -> None:
    add_meeting(svc.store, date(2025, 5, 20), items=[item("Äldst", actions=(action(),))])
    add_meeting(svc.store, date(2025, 5, 27), items=[item("Senast", actions=(action(),))])
    assert carried(svc.store) == [("Senast", "planned")]
    with svc.store.unit_of_work() as session:
        series = _series(session)
    add_meeting(
        svc.store, date(2025, 5, 13), series_id=series, items=[item("Serien", actions=(action(),))]
    )
    assert carried(svc.store, series_id=series) == [("Serien", "planned")]


def _series(session: object) -> str:
    """Add a meeting series record; its id."""
    from datetime import time

    from sspf_desk.store.models_meetings import MeetingSeriesRecord

    record = MeetingSeriesRecord(
        meeting_type=OPS,
        title="Serie",
        place="",
        first_on=date(2025, 5, 13),
        interval_weeks=2,
        starts_at=time(13, 0),
        ends_at=None,
    )
    session.add(record)  # type: ignore[attr-defined]
    session.flush()  # type: ignore[attr-defined]
    return record.id


def test_linked_actions_count_with_the_plan_items_live_status(svc: Services) -> None:
    young = svc.young()
    case_id = case_in(svc, young, CaseStatus.ACTIVE_PLAN)
    done = svc.cases.add_item(case_id, item_input(status=ActionStatus.PLANNED))
    resumed = svc.cases.add_item(case_id, item_input(status=ActionStatus.DONE))
    add_meeting(
        svc.store,
        date(2025, 5, 27),
        items=[
            item("Gjort sedan", young_person_id=young, actions=(action("A"),)),
            item(
                "Återupptaget",
                young_person_id=young,
                actions=(action("B", status=ActionStatus.DONE),),
            ),
        ],
        links=[[done.id], [resumed.id]],
    )
    assert carried(svc.store) == [("Gjort sedan", "planned")]
    svc.cases.update_item(done.id, item_input(status=ActionStatus.DONE))
    svc.cases.update_item(resumed.id, item_input(status=ActionStatus.ONGOING))
    assert carried(svc.store) == [("Återupptaget", "ongoing")]
    svc.cases.remove_item(resumed.id)  # unlinked (SET NULL): the minutes' own status counts
    assert carried(svc.store) == []


# -- suggestions ------------------------------------------------------------------------------


def meeting(svc: Services, attendees: tuple[Attendee, ...] = (SCHOOL, POLICE)) -> Meeting:
    """A planned operational meeting on DAY with ``attendees`` (stored)."""
    stored = add_meeting(svc.store, DAY, attendees=attendees)
    with svc.store.unit_of_work() as session:
        return repo_meetings.get_meeting(session, stored.id).to_domain()


def suggest(
    svc: Services, on: Meeting, attendees: tuple[Attendee, ...] = (SCHOOL, POLICE)
) -> list[AgendaSuggestion]:
    """The suggestions for ``on`` (default age rules, today = TODAY)."""
    with svc.store.unit_of_work() as session:
        return due_suggestions(session, on, attendees, AgeRules(), TODAY)


def adult(svc: Services, first: str, *, parties: tuple[Party, ...] = ()) -> str:
    """An adult young person (own consent suffices) with consent for ``parties``."""
    person = svc.young(first, "Lind", birth_date=date(2006, 1, 1))
    if parties:
        svc.consents.create_consent(consent_input(person, parties=parties))
    return person


ALL = (
    Party(Sector.SCHOOL),
    Party(Sector.SOCIAL_SERVICES),
    Party(Sector.POLICE),
    Party(Sector.LEISURE),
)


def test_each_open_case_makes_at_most_one_suggestion(svc: Services) -> None:
    newcomer = adult(svc, "Nova", parties=(Party(Sector.SCHOOL),))
    due = adult(svc, "Dag", parties=ALL)
    late = adult(svc, "Lisa", parties=ALL)
    finished = adult(svc, "Fia", parties=ALL)
    not_yet = adult(svc, "Nils", parties=ALL)
    closed = adult(svc, "Cleo", parties=ALL)
    case_new = case_in(svc, newcomer, CaseStatus.CONSENT)
    case_due = case_in(svc, due, CaseStatus.ACTIVE_PLAN)
    svc.cases.add_item(case_due, item_input(follow_up_on=date(2025, 6, 10), deadline=None))
    case_late = case_in(svc, late, CaseStatus.FOLLOW_UP)
    svc.cases.add_item(case_late, item_input(deadline=date(2025, 5, 30), follow_up_on=None))
    case_done = case_in(svc, finished, CaseStatus.ACTIVE_PLAN)
    svc.cases.add_item(case_done, item_input(status=ActionStatus.DONE))
    svc.cases.add_item(case_done, item_input(status=ActionStatus.CANCELLED))
    case_later = case_in(svc, not_yet, CaseStatus.ACTIVE_PLAN)
    svc.cases.add_item(case_later, item_input(follow_up_on=date(2025, 6, 11), deadline=None))
    case_in(svc, adult(svc, "Tom"), CaseStatus.ACTIVE_PLAN)  # no plan items: nothing to say
    closing = case_in(svc, closed, CaseStatus.INTAKE)
    from sspf_desk.domain import ClosingReason

    svc.cases.transition(
        closing, CaseStatus.CLOSED, closing_reason=ClosingReason.GOALS_REACHED, outcome="Bra"
    )
    found = suggest(svc, meeting(svc))
    assert [(s.kind, s.case_id, s.young_person_name) for s in found] == [
        ("new_case", case_new, "Nova Lind"),
        ("follow_up", case_late, "Lisa Lind"),
        ("follow_up", case_due, "Dag Lind"),
        ("closing_proposal", case_done, "Fia Lind"),
    ]
    assert [s.title for s in found] == [
        "Nytt ärende – samtyckesstatus",
        "Uppföljning av åtagandeplan",
        "Uppföljning av åtagandeplan",
        "Förslag till avslut",
    ]
    assert [s.reason for s in found] == [
        "Samtycke saknas för Socialtjänst, Polis och Fritid",
        "Försenad åtgärd, klar senast 2025-05-30",
        "Uppföljning 2025-06-10",
        "Alla åtgärder i planen är klara eller avbrutna",
    ]
    for suggestion in found:
        assert "Lind" not in suggestion.title + suggestion.reason


def test_the_gate_runs_against_the_attendees_on_the_meeting_day(svc: Services) -> None:
    school_only = adult(svc, "Sam", parties=(Party(Sector.SCHOOL),))
    everyone = adult(svc, "Eli", parties=ALL)
    case_in(svc, school_only, CaseStatus.INTAKE)
    case_in(svc, everyone, CaseStatus.CONSENT)
    found = {s.young_person_id: s.gate for s in suggest(svc, meeting(svc))}
    assert found[everyone].allowed
    blocked = found[school_only]
    assert not blocked.allowed
    assert blocked.blocked_parties == (Party(Sector.POLICE),)
    assert blocked.reasons and all(r.startswith("Polis: ") for r in blocked.reasons)
    assert all("Sam" not in reason for reason in blocked.reasons)
    # the police officer sent word they could not come: only the school counts
    excused = (SCHOOL, Attendee("Per Polis", Sector.POLICE, status=AttendanceStatus.EXCUSED))
    assert all(s.gate.allowed for s in suggest(svc, meeting(svc, excused), excused))


def test_consent_counts_on_the_meeting_day_not_today(svc: Services) -> None:
    starting = adult(svc, "Vera")  # valid from after today, before the meeting
    svc.consents.create_consent(
        consent_input(starting, valid_from=date(2025, 6, 5), valid_to=date(2026, 1, 1))
    )
    ending = adult(svc, "Vide")  # valid today, ended before the meeting
    svc.consents.create_consent(
        consent_input(ending, valid_from=date(2025, 5, 1), valid_to=date(2025, 6, 9))
    )
    case_in(svc, starting, CaseStatus.CONSENT)
    case_in(svc, ending, CaseStatus.CONSENT)
    found = {s.young_person_id: s for s in suggest(svc, meeting(svc))}
    assert found[starting].gate.allowed
    assert found[starting].reason == "Samtycke eller rättslig grund finns för alla parter"
    assert not found[ending].gate.allowed
    assert found[ending].reason == "Samtycke saknas för Skola, Socialtjänst, Polis och Fritid"


def test_a_family_attendee_of_another_young_person_blocks(svc: Services) -> None:
    person = adult(svc, "Alma", parties=ALL)
    other = adult(svc, "Otto", parties=ALL)
    case_in(svc, person, CaseStatus.CONSENT)
    own_family = Attendee("Alma Lind", Sector.OTHER, "den unge", young_person_id=person)
    others_family = Attendee("Eva Lind", Sector.GUARDIAN, "vårdnadshavare", young_person_id=other)
    assert suggest(svc, meeting(svc), (SCHOOL, own_family))[0].gate.allowed
    gate = suggest(svc, meeting(svc), (SCHOOL, others_family))[0].gate
    assert not gate.allowed
    assert all("Eva" not in reason and "Otto" not in reason for reason in gate.reasons)


def test_persons_already_on_the_agenda_are_left_out(svc: Services) -> None:
    named = adult(svc, "Nora", parties=ALL)
    anonymised = adult(svc, "Ali", parties=ALL)
    excluded = adult(svc, "Ebba", parties=ALL)
    for person in (named, anonymised, excluded):
        case_in(svc, person, CaseStatus.INTAKE)
    stored = add_meeting(
        svc.store,
        DAY,
        attendees=(SCHOOL,),
        items=[
            item("Nytt ärende", young_person_id=named),
            item("Nytt ärende", young_person_id=anonymised, visibility=ANONYMISED),
            item("Nytt ärende", young_person_id=excluded, visibility=EXCLUDED),
        ],
    )
    with svc.store.unit_of_work() as session:
        on = repo_meetings.get_meeting(session, stored.id).to_domain()
    assert [s.young_person_id for s in suggest(svc, on, (SCHOOL,))] == [excluded]


def test_a_protected_identity_shows_no_name(svc: Services) -> None:
    person = svc.young("Hemlig", "Person", protected_identity=True)
    case_in(svc, person, CaseStatus.INTAKE)
    (found,) = suggest(svc, meeting(svc))
    assert found.young_person_name == PROTECTED_NAME
    assert "Hemlig" not in repr(found)


def test_the_sharing_facts_are_loaded_once(svc: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    for first in ("Ada", "Bo", "Cy"):
        case_in(svc, adult(svc, first, parties=ALL), CaseStatus.INTAKE)
    calls: list[int] = []

    def counting(session: object, ids: object, **kw: bool) -> object:
        calls.append(len(list(ids)))  # type: ignore[call-overload]
        return load_facts(session, ids, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(meeting_suggestions, "load_facts", counting)
    assert len(suggest(svc, meeting(svc))) == 3
    assert calls == [3]


def test_a_guardian_consent_is_needed_for_a_minor(svc: Services) -> None:
    minor = svc.young("Mio", "Berg", birth_date=date(2013, 3, 1))  # 12 on the meeting day
    case_in(svc, minor, CaseStatus.CONSENT)
    svc.consents.create_consent(consent_input(minor))  # the child's own consent alone
    (found,) = suggest(svc, meeting(svc))
    assert not found.gate.allowed
    guardian = svc.guardian(minor, "Eva", CustodyType.SOLE)
    svc.consents.create_consent(consent_input(minor, guardian))
    (found,) = suggest(svc, meeting(svc))
    assert found.gate.allowed
    assert found.reason == "Samtycke eller rättslig grund finns för alla parter"
