"""Titles and file names of the minutes, free of personal data.

Only the meeting type label, the date, the version and (for an excerpt) a recipient tag
such as the sector go in; never the meeting's free-text title, which may name someone.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sspf_desk.export.minutes_pdf import MinutesView


def document_title(view: MinutesView) -> str:
    """Return the PDF title, free of personal data: "Protokoll – Operativ grupp 2026-11-24"."""
    kind = "Protokollsutdrag" if view.excerpt_note else "Protokoll"
    return f"{kind} – {view.meeting_type_label} {view.date.isoformat()}"


def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    ascii_only = folded.encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")


def minutes_file_name(
    meeting_type_label: str, day: dt.date, version: int, *, excerpt: str | None = None
) -> str:
    """Return a file name free of personal data: "protokoll-operativ-grupp-2026-11-24.pdf".

    Args:
        meeting_type_label: e.g. "Operativ grupp".
        day: The meeting date.
        version: The minutes' version ("-v2" from the second).
        excerpt: None for the minutes; for an excerpt a short recipient tag without
            personal data (e.g. "Polis"; may be empty).
    """
    kind = "protokoll" if excerpt is None else "protokollsutdrag"
    slug = _slug(meeting_type_label) or "mote"
    tag = f"-{_slug(excerpt)}" if excerpt and _slug(excerpt) else ""
    suffix = f"-v{version}" if version > 1 else ""
    return f"{kind}-{slug}-{day.isoformat()}{tag}{suffix}.pdf"


def suggested_file_name(view: MinutesView) -> str:
    """Return a file name free of personal data: "protokoll-operativ-grupp-2026-11-24.pdf"."""
    excerpt = "" if view.excerpt_note else None
    return minutes_file_name(view.meeting_type_label, view.date, view.version, excerpt=excerpt)
