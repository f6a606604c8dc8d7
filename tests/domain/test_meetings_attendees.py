"""The consent gate over a meeting's attendees: counted attendance and family attendees."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from sspf_desk.domain import (
    FAMILY_BLOCK_REASON,
    GATE_OPTIONS,
    AgendaItem,
    AgendaSection,
    AttendanceStatus,
    Attendee,
    ItemVisibility,
    LegalGround,
    Party,
    Sector,
    SharingDecision,
    counted_attendees,
    gate_for_attendees,
    gate_item,
    regate_for_attendees,
)

Decide = Callable[[Party], SharingDecision]
EXAMPLES = settings(max_examples=200, deadline=None)
YES = SharingDecision(True, LegalGround.CONSENT, ("c1",), None, (), ())
PRESENT, ABSENT, EXCUSED = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.ABSENT,
    AttendanceStatus.EXCUSED,
)


def no(*reasons: str) -> SharingDecision:
    return SharingDecision(False, None, (), None, reasons, ())


def pro(sector: Sector, status: AttendanceStatus | None = None, org: str = "") -> Attendee:
    return Attendee(f"Anna {sector.value}", sector, "roll", status, org)


def test_counted_attendees_are_present_or_not_yet_recorded() -> None:
    listed = [pro(Sector.SCHOOL, PRESENT), pro(Sector.POLICE, ABSENT), pro(Sector.LEISURE)]
    listed.append(pro(Sector.SOCIAL_SERVICES, EXCUSED))
    assert counted_attendees(listed) == (listed[0], listed[2])
    assert counted_attendees([]) == ()


def test_family_attendee_property() -> None:
    assert not pro(Sector.SCHOOL).is_family
    assert Attendee("Ung", Sector.OTHER, young_person_id="yp").is_family
    assert Attendee("Okänd", Sector.GUARDIAN).is_family  # a guardian of no linked person
    assert not Attendee("Tolk", Sector.OTHER).is_family


def test_absent_parties_do_not_block_and_unrecorded_ones_do() -> None:
    table = {Party(Sector.SCHOOL): YES, Party(Sector.POLICE): no("Inget samtycke.")}

    def decide(party: Party) -> SharingDecision:
        return table[party]

    absent = [pro(Sector.SCHOOL, PRESENT), pro(Sector.POLICE, ABSENT)]
    assert gate_for_attendees("yp", absent, decide).allowed
    invited = [pro(Sector.SCHOOL), pro(Sector.POLICE)]
    result = gate_for_attendees("yp", invited, decide)
    assert not result.allowed
    assert result.blocked_parties == (Party(Sector.POLICE),)
    assert result.reasons == ("Polis: Inget samtycke.",)
    assert result.options == GATE_OPTIONS


def test_own_family_is_skipped_and_not_asked() -> None:
    asked: list[Party] = []

    def decide(party: Party) -> SharingDecision:
        asked.append(party)
        return YES

    attendees = [
        pro(Sector.SCHOOL, PRESENT),
        Attendee("Ung Berg", Sector.OTHER, "den unge", PRESENT, "", "yp"),
        Attendee("Karin Berg", Sector.GUARDIAN, "vårdnadshavare", None, "", "yp"),
    ]
    assert gate_for_attendees("yp", attendees, decide).allowed
    assert asked == [Party(Sector.SCHOOL)]


def test_family_of_another_person_blocks_without_names() -> None:
    attendees = [
        pro(Sector.SCHOOL, PRESENT),
        Attendee("Karin Berg", Sector.GUARDIAN, "vårdnadshavare", PRESENT, "", "other"),
        Attendee("Olle Berg", Sector.OTHER, "den unge", None, "", "other"),
        Attendee("Per Ek", Sector.GUARDIAN, "vårdnadshavare", PRESENT),
    ]
    result = gate_for_attendees("yp", attendees, lambda _p: YES)
    assert not result.allowed
    assert result.blocked_parties == (Party(Sector.GUARDIAN), Party(Sector.OTHER))
    assert result.reasons == (
        f"Vårdnadshavare: {FAMILY_BLOCK_REASON}",
        f"Annan: {FAMILY_BLOCK_REASON}",
    )
    for reason in result.reasons:
        assert "Berg" not in reason and "Ek" not in reason
    # Not present: the family of another person no longer blocks.
    gone = [
        a if not a.is_family else Attendee(a.name, a.sector, a.role, ABSENT, "", "o")
        for a in attendees
    ]
    assert gate_for_attendees("yp", gone, lambda _p: YES).allowed


def test_items_without_a_person_are_allowed() -> None:
    attendees = [Attendee("Karin Berg", Sector.GUARDIAN, young_person_id="other")]
    assert gate_for_attendees(None, attendees, lambda _p: no("x")).allowed


def test_regate_for_attendees_asks_each_person_once() -> None:
    items = (
        AgendaItem(1, AgendaSection.OPENING, "Öppnande"),
        AgendaItem(2, AgendaSection.INDIVIDUALS, "Ärende", young_person_id="a"),
        AgendaItem(3, AgendaSection.INDIVIDUALS, "Ärende", young_person_id="b"),
        AgendaItem(4, AgendaSection.INDIVIDUALS, "Ärende", young_person_id="b"),
        AgendaItem(5, AgendaSection.INDIVIDUALS, "Ärende", "b", ItemVisibility.ANONYMISED),
        AgendaItem(6, AgendaSection.INDIVIDUALS, "Ärende", "a", ItemVisibility.EXCLUDED),
    )
    bound: list[str] = []

    def decide_for_person(person: str) -> Decide:
        bound.append(person)
        return lambda _party: YES

    attendees = [pro(Sector.POLICE, PRESENT), Attendee("Ung", Sector.OTHER, "", None, "", "a")]
    results = regate_for_attendees(items, attendees, decide_for_person)
    assert [r.allowed for r in results] == [True, True, False, False, True, True]
    assert bound == ["a", "b"]


# --- properties -------------------------------------------------------------------------

parties = st.builds(
    Party,
    st.sampled_from((Sector.SCHOOL, Sector.POLICE, Sector.LEISURE, Sector.OTHER)),
    st.sampled_from(("", "Björkskolan")),
)
statuses = st.none() | st.sampled_from(tuple(AttendanceStatus))
professionals = st.builds(
    lambda party, status: Attendee("Namn", party.sector, "", status, party.organisation),
    parties,
    statuses,
)
families = st.builds(
    lambda person, status, sector: Attendee("Namn", sector, "", status, "", person),
    st.none() | st.sampled_from(("yp", "other")),
    statuses,
    st.sampled_from((Sector.GUARDIAN, Sector.OTHER)),
).filter(lambda a: a.is_family)
attendee_lists = st.lists(professionals | families, max_size=8)
tables = st.dictionaries(parties, st.booleans(), max_size=8)


def decide_from(table: dict[Party, bool]) -> Decide:
    return lambda party: YES if table.get(party, False) else no("Saknas.")


@EXAMPLES
@given(attendee_lists, tables)
def test_without_family_it_is_the_gate_over_counted_parties(
    attendees: list[Attendee], table: dict[Party, bool]
) -> None:
    professional = [a for a in attendees if not a.is_family]
    decide = decide_from(table)
    expected = gate_item("yp", [a.party for a in counted_attendees(professional)], decide)
    assert gate_for_attendees("yp", professional, decide) == expected


@EXAMPLES
@given(attendee_lists, tables)
def test_allowed_iff_every_counted_party_is_allowed_and_no_foreign_family(
    attendees: list[Attendee], table: dict[Party, bool]
) -> None:
    result = gate_for_attendees("yp", attendees, decide_from(table))
    counted = counted_attendees(attendees)
    foreign = [a for a in counted if a.is_family and a.young_person_id != "yp"]
    denied = [a for a in counted if not a.is_family and not table.get(a.party, False)]
    assert result.allowed is (not foreign and not denied)
    assert set(result.blocked_parties) == {a.party for a in [*foreign, *denied]}
    assert (result.options == ()) is result.allowed
    assert all("Namn" not in reason for reason in result.reasons)


@EXAMPLES
@given(attendee_lists, tables, professionals | families)
def test_one_more_counted_attendee_never_unblocks(
    attendees: list[Attendee], table: dict[Party, bool], extra: Attendee
) -> None:
    decide = decide_from(table)
    before = gate_for_attendees("yp", attendees, decide)
    after = gate_for_attendees("yp", [*attendees, extra], decide)
    if not before.allowed:
        assert not after.allowed
        assert set(before.blocked_parties) <= set(after.blocked_parties)


@EXAMPLES
@given(attendee_lists, tables)
def test_marking_everyone_absent_allows(
    attendees: list[Attendee], table: dict[Party, bool]
) -> None:
    absent = [
        Attendee(a.name, a.sector, a.role, ABSENT, a.organisation, a.young_person_id)
        for a in attendees
    ]
    assert gate_for_attendees("yp", absent, decide_from(table)).allowed
