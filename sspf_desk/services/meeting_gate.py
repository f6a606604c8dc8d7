"""THE sharing rule bound to one meeting: the consent gate of its agenda items.

A :class:`MeetingGate` is loaded once per service call for every young person the call
involves (one :func:`sspf_desk.services.sharing_facts.load_facts`), on the meeting's day
and with the vault's age rules, and then answers
:func:`sspf_desk.domain.gate_for_attendees` for any item.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from sspf_desk.domain import (
    AgendaItem,
    AgeRules,
    Attendee,
    GateResult,
    Party,
    SharingDecision,
    gate_for_attendees,
)
from sspf_desk.domain.agenda import ALLOWED, Decide
from sspf_desk.services import vault_settings
from sspf_desk.services.sharing_facts import SharingFacts, decide, load_facts

#: The answer for a young person who is not in the register (never allowed).
_UNKNOWN = SharingDecision(False, None, (), None, ("Den unge finns inte i registret.",), ())


@dataclass(frozen=True, slots=True)
class MeetingGate:
    """The sharing facts of some young persons, the age rules and the meeting's day."""

    facts: dict[str, SharingFacts]
    rules: AgeRules
    day: date

    @classmethod
    def load(cls, session: Session, young_person_ids: Collection[str], day: date) -> MeetingGate:
        """Read the facts of ``young_person_ids`` (one bulk load) and the age rules."""
        ids = [pid for pid in dict.fromkeys(young_person_ids) if pid]
        return cls(load_facts(session, ids), vault_settings.AGE_RULES.read(session), day)

    def decide_for(self, young_person_id: str) -> Decide:
        """THE rule for one young person on the meeting's day, per party (no categories:
        only that the person is named)."""
        facts = self.facts.get(young_person_id)

        def decide_party(party: Party) -> SharingDecision:
            if facts is None:
                return _UNKNOWN
            return decide(facts, party, (), self.day, self.rules)

        return decide_party

    def person(self, young_person_id: str | None, attendees: Iterable[Attendee]) -> GateResult:
        """May ``young_person_id`` be named with these attendees (see gate_for_attendees)?"""
        if young_person_id is None:
            return ALLOWED
        return gate_for_attendees(young_person_id, attendees, self.decide_for(young_person_id))

    def item(self, item: AgendaItem, attendees: Iterable[Attendee]) -> GateResult:
        """The gate of one item: allowed unless it is named and a counted party is blocked."""
        if not item.is_named:
            return ALLOWED
        return self.person(item.young_person_id, attendees)
