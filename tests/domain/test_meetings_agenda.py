"""The standing agendas, the consent gate (table tests) and carry-over of unfinished items."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sspf_desk.domain import (
    DEFAULT_AGENDAS,
    GATE_OPTIONS,
    SECRECY_REMINDER,
    ActionItemInput,
    ActionStatus,
    AgendaItem,
    AgendaSection,
    AgendaTemplateItem,
    ItemVisibility,
    LegalGround,
    MeetingType,
    Party,
    Sector,
    SharingDecision,
    agenda_from_template,
    carry_over,
    gate_item,
    regate_agenda,
    standard_agenda,
    validate_agenda_item,
)

Decide = Callable[[Party], SharingDecision]
SCHOOL, POLICE, LEISURE = Party(Sector.SCHOOL), Party(Sector.POLICE), Party(Sector.LEISURE)
YES = SharingDecision(True, LegalGround.CONSENT, ("c1",), None, (), ())


def no(*reasons: str) -> SharingDecision:
    return SharingDecision(False, None, (), None, reasons, ())


def decide_from(table: dict[Party, SharingDecision]) -> Decide:
    return lambda party: table[party]


@pytest.mark.parametrize("meeting_type", list(MeetingType))
def test_every_type_has_a_standing_agenda(meeting_type: MeetingType) -> None:
    agenda = standard_agenda(meeting_type)
    assert agenda == DEFAULT_AGENDAS[meeting_type]
    assert agenda[0].section is AgendaSection.OPENING
    assert agenda[0].notes == SECRECY_REMINDER
    items = agenda_from_template(agenda)
    assert [i.number for i in items] == list(range(1, len(agenda) + 1))
    for entry in items:
        assert entry.young_person_id is None
        assert validate_agenda_item(entry) == {}


def test_operational_agenda_follows_the_typical_agenda() -> None:
    sections = [entry.section for entry in standard_agenda(MeetingType.OPERATIONAL_GROUP)]
    order = list(dict.fromkeys(sections))
    assert order == [
        AgendaSection.OPENING,
        AgendaSection.PREVIOUS_MINUTES,
        AgendaSection.SITUATION_PICTURE,
        AgendaSection.AREA_LEVEL,
        AgendaSection.INDIVIDUALS,
        AgendaSection.DECISIONS,
        AgendaSection.OTHER,
        AgendaSection.NEXT_MEETING,
    ]
    assert sections.count(AgendaSection.SITUATION_PICTURE) == 4  # one per SSPF sector


def test_a_configured_template_replaces_only_its_type() -> None:
    own = (AgendaTemplateItem(AgendaSection.OPENING, "Välkommen"),)
    templates = {MeetingType.STEERING_GROUP: own}
    assert standard_agenda(MeetingType.STEERING_GROUP, templates) == own
    assert (
        standard_agenda(MeetingType.NETWORK_MEETING, templates)
        == (DEFAULT_AGENDAS[MeetingType.NETWORK_MEETING])
    )
    assert agenda_from_template(own, start=7)[0].number == 7


@pytest.mark.parametrize(
    ("table", "allowed", "blocked"),
    [
        ({SCHOOL: YES, POLICE: YES}, True, ()),
        ({SCHOOL: YES, POLICE: no("Saknas.")}, False, (POLICE,)),
        ({SCHOOL: no("A"), POLICE: no("B")}, False, (SCHOOL, POLICE)),
        ({}, True, ()),
    ],
)
def test_gate_table(
    table: dict[Party, SharingDecision], allowed: bool, blocked: tuple[Party, ...]
) -> None:
    result = gate_item("yp1", list(table), decide_from(table))
    assert result.allowed is allowed
    assert result.blocked_parties == blocked
    assert result.options == (() if allowed else GATE_OPTIONS)
    assert len(result.reasons) == len(blocked)


def test_gate_reasons_name_the_party() -> None:
    result = gate_item("yp1", [POLICE], lambda _p: no("Inget samtycke.", "Ingen grund."))
    assert result.reasons == ("Polis: Inget samtycke.", "Polis: Ingen grund.")
    fallback = gate_item("yp1", [LEISURE], lambda _p: no())
    assert fallback.reasons and fallback.reasons[0].startswith("Fritid: ")


def test_gate_asks_each_party_once_and_ignores_items_without_a_person() -> None:
    asked: list[Party] = []

    def decide(party: Party) -> SharingDecision:
        asked.append(party)
        return YES

    assert gate_item("yp1", [SCHOOL, SCHOOL, POLICE], decide).allowed
    assert asked == [SCHOOL, POLICE]
    assert gate_item(None, [SCHOOL], lambda _p: no("x")).allowed


def test_regate_after_attendance_changes() -> None:
    items = (
        AgendaItem(1, AgendaSection.OPENING, "Öppnande"),
        AgendaItem(2, AgendaSection.INDIVIDUALS, "Ärende A", young_person_id="a"),
        AgendaItem(3, AgendaSection.INDIVIDUALS, "Ärende B", young_person_id="b"),
        AgendaItem(
            4, AgendaSection.INDIVIDUALS, "Ärende B", "b", visibility=ItemVisibility.ANONYMISED
        ),
        AgendaItem(5, AgendaSection.INDIVIDUALS, "Ärende B", "b", ItemVisibility.EXCLUDED),
    )
    # a: everyone covered; b: police not covered.
    rules = {"a": {SCHOOL: YES, POLICE: YES}, "b": {SCHOOL: YES, POLICE: no("Saknas.")}}
    calls: list[tuple[str, Party]] = []

    def decide_for_person(person: str) -> Decide:
        def decide(party: Party) -> SharingDecision:
            calls.append((person, party))
            return rules[person][party]

        return decide

    before = regate_agenda(items, [SCHOOL], decide_for_person)
    assert [r.allowed for r in before] == [True] * 5
    after = regate_agenda(items, [SCHOOL, POLICE], decide_for_person)
    assert [r.allowed for r in after] == [True, True, False, True, True]
    assert after[2].blocked_parties == (POLICE,)
    assert calls.count(("b", POLICE)) == 1  # cached within one run


def act(status: ActionStatus, what: str = "Åtgärd") -> ActionItemInput:
    return ActionItemInput(what, Sector.SCHOOL, "Mentor", None, None, status, None)


TODAY = date(2025, 5, 6)


def prev(number: int, *actions: ActionItemInput, follow_up_on: date | None = None) -> AgendaItem:
    return AgendaItem(
        number=number,
        section=AgendaSection.INDIVIDUALS,
        title=f"Ärende {number}",
        young_person_id=f"yp{number}",
        visibility=ItemVisibility.ANONYMISED,
        notes="Anteckningar",
        decisions=("Beslut",),
        actions=actions,
        follow_up_on=follow_up_on,
        id=f"i{number}",
    )


def test_carry_over_table() -> None:
    items = [
        prev(1, act(ActionStatus.DONE), act(ActionStatus.ONGOING, "kvar")),
        prev(2, act(ActionStatus.DONE), act(ActionStatus.CANCELLED)),
        prev(3, follow_up_on=TODAY),
        prev(4, follow_up_on=date(2025, 6, 1)),
        prev(5, act(ActionStatus.PLANNED), follow_up_on=date(2025, 6, 1)),
        prev(6),
    ]
    carried = carry_over(items, TODAY, start=4)
    assert [c.carried_from_item_id for c in carried] == ["i1", "i3", "i5"]
    assert [c.number for c in carried] == [4, 5, 6]
    first, due, later = carried
    assert [a.what for a in first.actions] == ["kvar"]
    assert first.notes == "" and first.decisions == () and first.id is None
    assert first.visibility is ItemVisibility.ANONYMISED
    assert first.young_person_id == "yp1"
    assert due.actions == () and due.follow_up_on is None
    assert later.follow_up_on == date(2025, 6, 1)
    assert carry_over([], TODAY) == ()
