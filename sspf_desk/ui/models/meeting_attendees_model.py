"""Table model of a meeting's attendees, for the attendance tab of the meeting editor.

Read-only rows of ``Attendee`` in the order they are invited: name, party (sector and
organisation), role and attendance. Attendance not yet recorded reads "not recorded";
absent and excused attendees are shown in grey, so the present parties (the ones the
consent gate counts) stand out.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from sspf_desk.domain import AttendanceStatus, Attendee
from sspf_desk.ui.models.base import Index, RowTableModel
from sspf_desk.ui.pages.texts import enum_text

MUTED = QColor("#6b6b6b")


class AttendeeColumn(IntEnum):
    """The columns of the attendees table."""

    NAME = 0
    PARTY = 1
    ROLE = 2
    ATTENDANCE = 3


def party_text(attendee: Attendee) -> str:
    """The sector in the UI's language, with the organisation in brackets if any."""
    sector = enum_text(attendee.sector)
    organisation = attendee.organisation.strip()
    return f"{sector} ({organisation})" if organisation else sector


def attendance_text(status: AttendanceStatus | None) -> str:
    """The attendance label, or "not recorded" before attendance is taken."""
    if status is None:
        return QCoreApplication.translate("MeetingAttendeesModel", "Not recorded")
    return enum_text(status)


class MeetingAttendeesModel(RowTableModel[Attendee]):
    """Read-only table over the attendees of one meeting."""

    def _header_titles(self) -> tuple[str, ...]:
        """Translated column titles, in ``AttendeeColumn`` order."""
        return (
            QCoreApplication.translate("MeetingAttendeesModel", "Name"),
            QCoreApplication.translate("MeetingAttendeesModel", "Party"),
            QCoreApplication.translate("MeetingAttendeesModel", "Role"),
            QCoreApplication.translate("MeetingAttendeesModel", "Attendance"),
        )

    def set_rows(self, rows: Sequence[Attendee]) -> None:
        """Replace every row (a model reset)."""
        self._reset_rows(rows)

    def attendees(self) -> tuple[Attendee, ...]:
        """Every attendee, in order."""
        return tuple(self._rows)

    @staticmethod
    def _text(attendee: Attendee, column: int) -> str:
        texts = (
            attendee.name,
            party_text(attendee),
            attendee.role,
            attendance_text(attendee.status),
        )
        return texts[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell texts; attendees not present in grey."""
        attendee = self.row_for_index(index)
        if attendee is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(attendee, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and attendee.status in (
            AttendanceStatus.ABSENT,
            AttendanceStatus.EXCUSED,
        ):
            return QBrush(MUTED)
        return None
