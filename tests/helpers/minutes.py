"""Factories for the minutes tests: meeting details built directly, and PDF text extraction."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, time

from pypdf import PdfReader

from sspf_desk.domain import (
    ActionItemInput,
    ActionStatus,
    AgendaItem,
    AgendaSection,
    AttendanceStatus,
    Attendee,
    ItemVisibility,
    Meeting,
    MeetingStatus,
    MeetingType,
    Sector,
)
from sspf_desk.domain.agenda import ALLOWED
from sspf_desk.services.meeting_rows import AttendeeEntry, GatedItem, MeetingDetail

DAY = date(2026, 3, 10)
STAMP = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def meeting(**extra: object) -> Meeting:
    """A held operational group meeting on :data:`DAY` at 13:00–15:00."""
    values: dict[str, object] = {
        "id": "m1",
        "meeting_type": MeetingType.OPERATIONAL_GROUP,
        "title": "Operativ grupp vecka 11",
        "held_on": DAY,
        "starts_at": time(13, 0),
        "ends_at": time(15, 0),
        "place": "Stadshuset, rum 4",
        "series_id": None,
        "chair": "Jörgen Åkesson",
        "secretary": "Karin Ström",
        "approver": "Märta Öberg",
        "status": MeetingStatus.HELD,
        "version": 1,
        "approved_on": None,
        "created_at": STAMP,
        "updated_at": STAMP,
    }
    values.update(extra)
    return Meeting(**values)  # type: ignore[arg-type]


def attendee(
    name: str,
    sector: Sector,
    *,
    role: str = "",
    status: AttendanceStatus | None = AttendanceStatus.PRESENT,
    organisation: str = "",
    young_person_id: str | None = None,
) -> Attendee:
    """An attendee (present unless told)."""
    return Attendee(name, sector, role, status, organisation, young_person_id)


def action(what: str, responsible: str, sector: Sector = Sector.SCHOOL) -> ActionItemInput:
    """A planned action with a deadline."""
    return ActionItemInput(
        what, sector, responsible, None, date(2026, 4, 1), ActionStatus.PLANNED, None
    )


def item(
    number: int,
    title: str,
    person: str | None = None,
    visibility: ItemVisibility = ItemVisibility.NAMED,
    **extra: object,
) -> AgendaItem:
    """An agenda item in the individuals section (about ``person`` when given)."""
    values: dict[str, object] = {
        "number": number,
        "section": AgendaSection.INDIVIDUALS if person else AgendaSection.OTHER,
        "title": title,
        "young_person_id": person,
        "visibility": visibility,
        "id": f"i{number}",
    }
    values.update(extra)
    return AgendaItem(**values)  # type: ignore[arg-type]


def gated(entry: AgendaItem, name: str = "") -> GatedItem:
    """The item with an allowed gate and the coordinator's display name of its person."""
    return GatedItem(entry, ALLOWED, name, has_open_case=False)


def detail(
    items: Sequence[GatedItem],
    attendees: Sequence[Attendee] = (),
    *,
    approved_by: str = "",
    **meeting_fields: object,
) -> MeetingDetail:
    """A meeting detail with these items and attendees."""
    return MeetingDetail(
        meeting=meeting(**meeting_fields),
        attendees=tuple(AttendeeEntry(f"a{n}", a) for n, a in enumerate(attendees)),
        items=tuple(items),
        approved_by=approved_by,
        versions=(),
    )


def pdf_text(data: bytes) -> str:
    """All text of a PDF as pypdf extracts it, pages joined."""
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def flat(text: str) -> str:
    """``text`` without any whitespace, case-folded (line breaks cannot hide a name)."""
    return "".join(text.split()).casefold()


def has_word(text: str, word: str) -> bool:
    """Whether ``word`` occurs in ``text`` as a whole word (case-insensitive)."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None
