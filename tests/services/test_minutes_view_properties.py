"""Property: no document built for an audience holds a name that audience may not see.

Random young persons (some protected), random family attendees, random rights per party,
random named/anonymised/excluded items whose free texts mention anyone by name. The
builder's output (every string of the view) is checked; the PDF itself is checked in
``test_minutes_properties.py`` through the real services and pypdf.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from sspf_desk.domain import SSPF_PARTIES, Attendee, ItemVisibility, Party, Sector
from sspf_desk.services.meeting_rows import MeetingDetail
from sspf_desk.services.minutes_view import (
    Audience,
    MinutesSettings,
    PersonName,
    build_minutes_view,
)
from tests.helpers.minutes import attendee, detail, gated, has_word, item
from tests.services.test_minutes_view import text_of

FIRST = ("Alva", "Bror", "Cilla", "Doris", "Elof", "Frida")
LAST = ("Qvist", "Rydh", "Sjölund", "Tegnér")
GUARDIAN_FIRST = ("Hugo", "Irma", "Jarl")
PROFESSIONALS = (
    attendee("Märta Öberg", Sector.SCHOOL),
    attendee("Per-Olof Näslund", Sector.POLICE),
    attendee("Ahmed Yılmaz", Sector.SOCIAL_SERVICES),
    attendee("Linnéa Håkansson", Sector.LEISURE),
)
PARTIES = (*SSPF_PARTIES, Party(Sector.SCHOOL, "Ängsskolan"))


@dataclass(frozen=True)
class Case:
    detail: MeetingDetail
    people: dict[str, PersonName]
    rights: frozenset[tuple[str, Party]]
    excluded_titles: tuple[str, ...]

    def may_see(self, person: str, party: Party) -> bool:
        return (person, party) in self.rights

    def names_of(self, person: str) -> list[str]:
        return [self.people[person].name, *self.family_of(person)]

    def family_of(self, person: str) -> list[str]:
        return [
            e.attendee.name for e in self.detail.attendees if e.attendee.young_person_id == person
        ]


@st.composite
def cases(draw: st.DrawFn) -> Case:
    pairs = st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST))
    names = draw(st.lists(pairs, min_size=1, max_size=4, unique=True))
    ids = [f"p{n}" for n in range(len(names))]
    people = {
        pid: PersonName(f"{first} {last}", protected=draw(st.booleans()))
        for pid, (first, last) in zip(ids, names, strict=True)
    }
    rights = frozenset((pid, party) for pid in ids for party in PARTIES if draw(st.booleans()))
    family: list[Attendee] = []
    taken: set[str] = set()
    for pid in ids:
        for first in draw(st.lists(st.sampled_from(GUARDIAN_FIRST), max_size=2, unique=True)):
            name = f"{first} {people[pid].name.split()[-1]}"
            if name not in taken:  # one name, one person
                taken.add(name)
                family.append(attendee(name, Sector.GUARDIAN, young_person_id=pid))
    mentionable = [p.name for p in people.values()] + [a.name for a in family]
    mentions = st.sampled_from(
        [*mentionable, *(n.split()[0] for n in mentionable), *(n.upper() for n in mentionable)]
    )
    items = []
    excluded: list[str] = []
    for number in range(1, draw(st.integers(1, 7)) + 1):
        person = draw(st.sampled_from([None, *ids]))
        visibility = draw(st.sampled_from(ItemVisibility)) if person else ItemVisibility.NAMED
        title = f"Punkt {number} om {draw(mentions)}"
        if visibility is ItemVisibility.EXCLUDED:
            title = f"Utesluten XQZ{number}"
            excluded.append(title)
        notes = f"Samtal med {draw(mentions)}, även {draw(mentions)} nämndes."
        entry = item(number, title, person, visibility, notes=notes, decisions=(draw(mentions),))
        items.append(gated(entry, people[person].name if person else ""))
    attendees = [*PROFESSIONALS, *draw(st.permutations(family))]
    title = f"Möte om {draw(mentions)}"
    return Case(detail(items, attendees, title=title), people, rights, tuple(excluded))


def _assert_absent(text: str, forbidden: list[str], allowed: list[str]) -> None:
    allowed_words = {w.casefold() for name in allowed for w in name.split()}
    for name in forbidden:
        assert name.casefold() not in text.casefold(), name
        for word in name.split():
            if word.casefold() not in allowed_words:
                assert not has_word(text, word), word


def _build(case: Case, audience: Audience) -> str:
    view = build_minutes_view(
        case.detail,
        audience=audience,
        may_see=case.may_see,
        settings=MinutesSettings(),
        people=case.people,
    )
    return text_of(view)


@settings(max_examples=150, deadline=None)
@given(cases())
def test_no_document_holds_a_forbidden_name(case: Case) -> None:
    professionals = [a.name for a in PROFESSIONALS]
    full = _build(case, Audience())
    shown = [n for pid, p in case.people.items() if not p.protected for n in case.names_of(pid)]
    hidden = [n for pid, p in case.people.items() if p.protected for n in case.names_of(pid)]
    _assert_absent(full, hidden, shown + professionals)
    for party in PARTIES:
        text = _build(case, Audience(party=party))
        forbidden = list(hidden)
        allowed = list(professionals)
        for pid, person in case.people.items():
            if not case.may_see(pid, party):
                forbidden += case.names_of(pid)
            elif not person.protected:
                allowed += case.names_of(pid)
        _assert_absent(text, forbidden, allowed)
        for title in case.excluded_titles:
            assert title not in text
    for pid, person in case.people.items():
        text = _build(case, Audience(young_person_id=pid))
        others = [n for other in case.people if other != pid for n in case.names_of(other)]
        own = [] if person.protected else case.names_of(pid)
        mine = case.names_of(pid) if person.protected else []
        _assert_absent(text, others + mine, own + professionals)
    for title in case.excluded_titles:
        assert title not in full
