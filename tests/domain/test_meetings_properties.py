"""Properties of the consent gate and of carry-over over generated parties and decisions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from sspf_desk.domain import (
    OPEN_ACTION_STATUSES,
    ActionItemInput,
    ActionStatus,
    AgendaItem,
    AgendaSection,
    LegalGround,
    Party,
    Sector,
    SharingDecision,
    carry_over,
    gate_item,
)

Decide = Callable[[Party], SharingDecision]
EXAMPLES = settings(max_examples=200, deadline=None)
YES = SharingDecision(True, LegalGround.CONSENT, ("c1",), None, (), ())
NO = SharingDecision(False, None, (), None, ("Saknas.",), ())

parties = st.builds(
    Party, st.sampled_from(tuple(Sector)), st.sampled_from(("", "Björkskolan", "Ekskolan"))
)
# A decision table: each party maps to allowed or not (a pure, deterministic rule).
tables = st.dictionaries(parties, st.booleans(), max_size=8)


def decide_from(table: dict[Party, bool]) -> Decide:
    return lambda party: YES if table.get(party, False) else NO


@EXAMPLES
@given(tables, st.data())
def test_allowed_only_if_every_present_party_is_allowed(
    table: dict[Party, bool], data: st.DataObject
) -> None:
    present = data.draw(st.lists(st.sampled_from(list(table) or [Party(Sector.SCHOOL)])))
    result = gate_item("yp", present, decide_from(table))
    expected = all(table.get(party, False) for party in present)
    assert result.allowed is expected
    assert set(result.blocked_parties) == {p for p in present if not table.get(p, False)}
    assert (result.options == ()) is expected


@EXAMPLES
@given(tables, st.lists(parties), parties)
def test_adding_a_party_never_unblocks(
    table: dict[Party, bool], present: list[Party], extra: Party
) -> None:
    decide = decide_from(table)
    before = gate_item("yp", present, decide)
    after = gate_item("yp", [*present, extra], decide)
    if not before.allowed:
        assert not after.allowed
        assert set(before.blocked_parties) <= set(after.blocked_parties)


@EXAMPLES
@given(tables, st.lists(parties))
def test_removing_the_blocked_parties_allows(
    table: dict[Party, bool], present: list[Party]
) -> None:
    decide = decide_from(table)
    result = gate_item("yp", present, decide)
    remaining = [p for p in present if p not in result.blocked_parties]
    assert gate_item("yp", remaining, decide).allowed
    assert gate_item("yp", [p for p in present if table.get(p, False)], decide).allowed


actions = st.builds(
    ActionItemInput,
    what=st.sampled_from(("Ringa hem", "Kontaktperson", "Fritidsaktivitet")),
    sector=st.sampled_from(tuple(Sector)),
    responsible=st.just("Mentor"),
    start_on=st.none(),
    deadline=st.none() | st.dates(date(2025, 1, 1), date(2025, 12, 31)),
    status=st.sampled_from(tuple(ActionStatus)),
    follow_up_on=st.none(),
)
items = st.builds(
    AgendaItem,
    number=st.integers(1, 40),
    section=st.sampled_from(tuple(AgendaSection)),
    title=st.just("Ärende"),
    young_person_id=st.none() | st.sampled_from(("a", "b")),
    actions=st.lists(actions, max_size=4).map(tuple),
    follow_up_on=st.none() | st.dates(date(2025, 1, 1), date(2025, 12, 31)),
    id=st.uuids().map(str),
)


@EXAMPLES
@given(st.lists(items, max_size=10), st.dates(date(2025, 1, 1), date(2025, 12, 31)))
def test_carry_over_keeps_every_open_action_and_no_finished_one(
    previous: list[AgendaItem], today: date
) -> None:
    carried = carry_over(previous, today)
    by_origin = {c.carried_from_item_id: c for c in carried}
    assert len(by_origin) == len(carried)
    for item in previous:
        open_actions = tuple(a for a in item.actions if a.status in OPEN_ACTION_STATUSES)
        if open_actions:
            assert by_origin[item.id].actions == open_actions
    for c in carried:
        assert all(a.status in OPEN_ACTION_STATUSES for a in c.actions)
    assert [c.number for c in carried] == list(range(1, len(carried) + 1))
