"""View-models of meeting planning: suggested agenda items and the series input (light:
imports only the domain, so the GUI may import it directly)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from sspf_desk.domain.agenda import GateResult
from sspf_desk.domain.meeting_series import MeetingSeriesInput

__all__ = [
    "PROTECTED_NAME",
    "SUGGESTION_TITLES",
    "AgendaSuggestion",
    "MeetingSeriesInput",
    "SuggestionKind",
]

SuggestionKind = Literal["new_case", "follow_up", "closing_proposal"]

#: The item title of each kind of suggestion (no name: titles go into every excerpt).
SUGGESTION_TITLES: Final[dict[SuggestionKind, str]] = {
    "new_case": "Nytt ärende – samtyckesstatus",
    "follow_up": "Uppföljning av åtagandeplan",
    "closing_proposal": "Förslag till avslut",
}
#: Shown instead of the name of a young person with a protected identity.
PROTECTED_NAME: Final = "Skyddade personuppgifter"


@dataclass(frozen=True, slots=True)
class AgendaSuggestion:
    """An individual item the meeting could take up (the coordinator decides).

    Attributes:
        kind: A new case (with its consent status), a follow-up that is due, or a
            proposal to close a case whose plan is done.
        young_person_id: Whom it is about.
        young_person_name: The name for the coordinator (:data:`PROTECTED_NAME` for a
            protected identity); never put into the item itself.
        case_id: The open case.
        title: The item's title, without a name (:data:`SUGGESTION_TITLES`).
        reason: Why, in Swedish and without a name, e.g. "Uppföljning 2026-09-03" or
            "Samtycke saknas för Polis".
        gate: THE consent gate against the meeting's attendees on its day: whether the
            item may be taken up with the name, and otherwise who is not covered.
    """

    kind: SuggestionKind
    young_person_id: str
    young_person_name: str
    case_id: str
    title: str
    reason: str
    gate: GateResult
