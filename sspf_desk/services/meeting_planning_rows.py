"""View-models of meeting planning: suggested agenda items and the series input (light:
imports only the domain, so the GUI may import it directly)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from sspf_desk.domain.agenda import GateResult
from sspf_desk.domain.enums import AgendaSection
from sspf_desk.domain.meeting_series import MeetingSeriesInput

__all__ = [
    "PROTECTED_NAME",
    "SUGGESTION_TITLES",
    "AgendaSuggestion",
    "MeetingSeriesInput",
    "SuggestionKind",
]

SuggestionKind = Literal["new_case", "follow_up", "closing_proposal", "area_level"]

#: The item title of each kind of suggestion (no name: titles go into every excerpt).
SUGGESTION_TITLES: Final[dict[SuggestionKind, str]] = {
    "new_case": "Nytt ärende – samtyckesstatus",
    "follow_up": "Uppföljning av åtagandeplan",
    "closing_proposal": "Förslag till avslut",
    "area_level": "Plats eller grupp att ta upp",
}
#: Shown instead of the name of a young person with a protected identity.
PROTECTED_NAME: Final = "Skyddade personuppgifter"


@dataclass(frozen=True, slots=True)
class AgendaSuggestion:
    """An item the meeting could take up (the coordinator decides).

    Individual items (kinds ``new_case``, ``follow_up``, ``closing_proposal``) are about a
    young person and go into the section of individuals; ``area_level`` items are about a
    place or group and go into the group and area level section (see :attr:`section`).

    Attributes:
        kind: A new case (with its consent status), a follow-up that is due, a proposal
            to close a case whose plan is done, or a place or group with new observations
            or measures to follow up.
        young_person_id: Whom it is about (None for ``area_level``).
        young_person_name: The name for the coordinator (:data:`PROTECTED_NAME` for a
            protected identity; "" for ``area_level``); never put into the item itself.
        case_id: The open case (None for ``area_level``).
        title: The item's title, without a name (:data:`SUGGESTION_TITLES`; for
            ``area_level`` the site's name and area, e.g. "Torget – Centrum").
        reason: Why, in Swedish and without a name, e.g. "Uppföljning 2026-09-03",
            "Samtycke saknas för Polis" or, for ``area_level``, the observations per sector
            and the measures to follow up (fit for the item's notes).
        gate: THE consent gate against the meeting's attendees on its day: whether the
            item may be taken up with the name, and otherwise who is not covered (always
            allowed for ``area_level``: it names nobody).
        site_id: The place or group of an ``area_level`` suggestion (None otherwise).
    """

    kind: SuggestionKind
    young_person_id: str | None
    young_person_name: str
    case_id: str | None
    title: str
    reason: str
    gate: GateResult
    site_id: str | None = None

    @property
    def section(self) -> AgendaSection:
        """The agenda section the item goes into."""
        if self.kind == "area_level":
            return AgendaSection.AREA_LEVEL
        return AgendaSection.INDIVIDUALS
