"""What the Möten page and the meeting editor need from the services (``Protocol`` types).

Like ``ui.ports`` these keep the GUI off the storage layers: the real ``Workspace`` gives
``MeetingService``, ``MeetingPlanningService`` and ``MinutesService`` (checked by mypy in
``sspf_desk.app``); tests hand in small fakes. Row and detail types come from the
services' light modules, which import only the domain (and, for the minutes, the export
view-model).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Protocol

from sspf_desk.domain import (
    AgendaItem,
    AgendaTemplateItem,
    Attendee,
    Meeting,
    MeetingInput,
    MeetingStatus,
    MeetingType,
    YoungPerson,
    YoungPersonInput,
)
from sspf_desk.domain.agenda import GateOption
from sspf_desk.domain.meeting_series import MeetingSeriesInput
from sspf_desk.export.minutes_pdf import MinutesView
from sspf_desk.services.meeting_planning_rows import AgendaSuggestion
from sspf_desk.services.meeting_rows import GatedItem, MeetingDetail, MeetingFilter, MeetingRow
from sspf_desk.services.minutes_view import Audience, MinutesSettings
from sspf_desk.services.person_rows import RelatedPersonRow, YoungPersonRow


class MeetingsPort(Protocol):
    """The meeting service calls the GUI makes (every write on locked minutes is refused)."""

    def list_meetings(self, criteria: MeetingFilter | None = None) -> list[MeetingRow]:
        """The meetings meeting ``criteria`` (all when None), newest first."""
        ...

    def get_meeting(self, meeting_id: str) -> MeetingDetail:
        """One meeting with attendees, gated items and versions (an audited view)."""
        ...

    def create_meeting(
        self,
        data: MeetingInput,
        attendees: Sequence[Attendee] = (),
        *,
        standard_agenda: bool = True,
    ) -> MeetingDetail:
        """Plan a meeting with the standard agenda and carried-over items; ``ValidationError``."""
        ...

    def update_meeting(self, meeting_id: str, data: MeetingInput) -> Meeting:
        """Change the meeting's details; raises ``ValidationError`` (also when locked)."""
        ...

    def carry_over(self, meeting_id: str) -> int:
        """Add the items carried from the previous held meeting that the agenda lacks (a
        meeting planned ahead gets none at creation); returns how many were added.
        Blocked named items come anonymised; raises ``MeetingLockedError`` when locked."""
        ...

    def delete_meeting(self, meeting_id: str) -> None:
        """Delete a planned meeting; raises ``ValidationError`` otherwise."""
        ...

    def set_attendees(
        self, meeting_id: str, attendees: Sequence[Attendee]
    ) -> tuple[GatedItem, ...]:
        """Replace the attendees; returns the named items the new attendance blocks."""
        ...

    def add_item(
        self, meeting_id: str, item: AgendaItem, *, on_blocked: GateOption | None = None
    ) -> GatedItem:
        """Insert an item at ``item.number``; ``GateBlockedError`` when named and blocked."""
        ...

    def update_item(
        self, item_id: str, item: AgendaItem, *, on_blocked: GateOption | None = None
    ) -> GatedItem:
        """Change an item (and its actions); ``GateBlockedError`` when named and blocked."""
        ...

    def remove_item(self, item_id: str) -> None:
        """Remove an item (later items move up)."""
        ...

    def move_item(self, item_id: str, number: int) -> None:
        """Give an item another paragraph number (the others shift)."""
        ...

    def transition(
        self,
        meeting_id: str,
        target: MeetingStatus,
        *,
        reason: str = "",
        on: date | None = None,
    ) -> Meeting:
        """Move the minutes on in their life cycle; raises ``ValidationError``."""
        ...

    def version_detail(self, meeting_id: str, number: int) -> MeetingDetail:
        """An earlier version of the minutes, as it was when reopened."""
        ...

    def due_items(self, meeting_id: str) -> list[AgendaSuggestion]:
        """Suggested items: new cases, follow-ups due, proposals to close (each gated)."""
        ...


class MeetingPlanningPort(Protocol):
    """Standing agendas, meeting series and calendar files."""

    def agenda_templates(self) -> Mapping[MeetingType, tuple[AgendaTemplateItem, ...]]:
        """The standing agenda of every meeting type."""
        ...

    def set_agenda_templates(
        self, templates: Mapping[MeetingType, Sequence[AgendaTemplateItem]]
    ) -> None:
        """Store the standing agendas; raises ``ValidationError``."""
        ...

    def reset_agenda_template(self, meeting_type: MeetingType) -> None:
        """Go back to the built-in standing agenda of ``meeting_type``."""
        ...

    def create_series(
        self, data: MeetingSeriesInput, attendees: Sequence[Attendee] = ()
    ) -> list[str]:
        """Create a series and its planned meetings; returns their ids; ``ValidationError``."""
        ...

    def meeting_ics(self, meeting_id: str) -> bytes:
        """The meeting as an iCalendar file without personal data (an audited export)."""
        ...

    def series_ics(self, series_id: str) -> bytes:
        """The whole series as one recurring iCalendar event."""
        ...


class MinutesSettingsPort(Protocol):
    """The minutes' vault settings (edited in the vault settings dialog)."""

    def minutes_settings(self) -> MinutesSettings:
        """The municipality and the secrecy marking printed on the minutes."""
        ...

    def set_minutes_settings(self, settings: MinutesSettings) -> MinutesSettings:
        """Store the minutes settings; raises ``ValidationError``."""
        ...


class MinutesPort(MinutesSettingsPort, Protocol):
    """The minutes (protokoll) and excerpts (utdrag) as PDF, and their settings."""

    def minutes_view(
        self, meeting_id: str, audience: Audience, version: int | None = None
    ) -> MinutesView:
        """What the minutes (or an excerpt) show, without rendering them."""
        ...

    def minutes_pdf(self, meeting_id: str, audience: Audience, version: int | None = None) -> bytes:
        """The minutes or an excerpt as a PDF (an audited export)."""
        ...

    def suggested_file_name(
        self, meeting_id: str, audience: Audience, version: int | None = None
    ) -> str:
        """A file name for the PDF without personal data (type, day, version, recipient)."""
        ...


class MeetingPersonsPort(Protocol):
    """What the meeting editor needs from the person service (``PersonsPort`` has it all)."""

    def search_young_persons(self, text: str) -> Sequence[YoungPersonRow]:
        """Young persons matching every word of ``text``."""
        ...

    def create_young_person(self, data: YoungPersonInput) -> YoungPerson:
        """Store a new young person; raises ``ValidationError``."""
        ...

    def get_young_person(self, person_id: str) -> YoungPerson:
        """One young person (recorded as a view in the audit trail)."""
        ...

    def list_related_persons(self, young_person_id: str) -> Sequence[RelatedPersonRow]:
        """The guardians and other related persons of a young person."""
        ...
