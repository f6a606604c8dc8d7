"""The list row of a bekymringssamtal (light: imports only the domain).

The GUI may import this module directly; it pulls in neither the store nor the vault.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sspf_desk.domain import ReportStatus


@dataclass(frozen=True, slots=True)
class ConcernTalkRow:
    """One bekymringssamtal in a list.

    Attributes:
        id: The talk.
        young_person_id: Whom the talk was about.
        young_person_name: The young person's name for the coordinator; "Skyddade
            personuppgifter" for a protected identity.
        held_on: The day of the talk.
        place: Where.
        report_status: Whether an orosanmälan was made.
        follow_up_on: When the talk is followed up, if set.
        meeting_id: The meeting the talk was booked as, if any.
    """

    id: str
    young_person_id: str
    young_person_name: str
    held_on: date
    place: str
    report_status: ReportStatus
    follow_up_on: date | None
    meeting_id: str | None
