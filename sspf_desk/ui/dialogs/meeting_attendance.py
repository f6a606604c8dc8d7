"""The attendance tab of the meeting editor: who is invited, and who took part.

Every change (adding, editing or removing an attendee, marking attendance) is stored at
once with ``MeetingsPort.set_attendees``, which returns the named agenda items the new
attendance blocks; the tab hands them on (``blocked``) so the editor can ask about each
at once. Before attendance is recorded everyone invited counts for the consent gate;
afterwards only those present. Read-only while the minutes are locked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain import AttendanceStatus, Attendee
from sspf_desk.errors import KnownError, ValidationError
from sspf_desk.services.meeting_rows import GatedItem, MeetingDetail
from sspf_desk.ui.dialogs.meeting_attendee import AttendeeDialog, FamilyDialog
from sspf_desk.ui.messages import error_text
from sspf_desk.ui.models.meeting_attendees_model import AttendeeColumn, MeetingAttendeesModel
from sspf_desk.ui.ports_meetings import MeetingPersonsPort, MeetingsPort
from sspf_desk.ui.widgets.field_errors import ERROR_STYLE
from sspf_desk.ui.widgets.tables import read_only_table


class AttendanceTab(QWidget):
    """Attendees of one meeting; emits ``blocked(tuple[GatedItem, ...])`` after a change."""

    blocked = Signal(object)
    """The attendance was stored; the items it blocks (possibly none)."""

    def __init__(
        self,
        meetings: MeetingsPort,
        persons: MeetingPersonsPort,
        meeting_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._meetings = meetings
        self._persons = persons
        self._meeting_id = meeting_id
        self._locked = True
        self.model = MeetingAttendeesModel(self)
        self.table = read_only_table(self.model, self.tr("Attendees"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(AttendeeColumn.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self.edit_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setVisible(False)
        note = QLabel(
            self.tr(
                "Until attendance is recorded, everyone invited counts for the consent gate; "
                "afterwards only those present. Select several rows to mark them at once."
            )
        )
        note.setWordWrap(True)
        self.add_button = self._button(self.tr("&New attendee…"), self.add_attendee)
        self.family_button = self._button(
            self.tr("Add the young person / &guardians…"), self.add_family
        )
        self.edit_button = self._button(self.tr("&Edit…"), self.edit_selected)
        self.remove_button = self._button(self.tr("&Remove"), self.remove_selected)
        self.present_button = self._button(
            self.tr("&Present"), lambda: self.mark(AttendanceStatus.PRESENT)
        )
        self.absent_button = self._button(
            self.tr("A&bsent"), lambda: self.mark(AttendanceStatus.ABSENT)
        )
        self.excused_button = self._button(
            self.tr("E&xcused"), lambda: self.mark(AttendanceStatus.EXCUSED)
        )
        self.all_present_button = self._button(self.tr("&All present"), self.mark_all_present)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._layout(note)

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _layout(self, note: QLabel) -> None:
        edit_row = QHBoxLayout()
        for button in (self.add_button, self.family_button, self.edit_button, self.remove_button):
            edit_row.addWidget(button)
        edit_row.addStretch(1)
        mark_row = QHBoxLayout()
        mark_row.addWidget(QLabel(self.tr("Mark the selected:")))
        for button in (self.present_button, self.absent_button, self.excused_button):
            mark_row.addWidget(button)
        mark_row.addStretch(1)
        mark_row.addWidget(self.all_present_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(mark_row)
        layout.addLayout(edit_row)

    # -- showing ---------------------------------------------------------------------------

    def show_detail(self, detail: MeetingDetail) -> None:
        """Show the attendees of ``detail`` (read-only when its minutes are locked)."""
        selected = self.selected_rows()
        self._locked = detail.meeting.is_locked
        self.model.set_rows([entry.attendee for entry in detail.attendees])
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in selected:
            if row < self.model.rowCount():
                self.table.selectionModel().select(self.model.index(row, 0), flags)
        self._update_buttons()

    def show_problem(self, text: str) -> None:
        """Show a message under the table (empty: hide it)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def selected_rows(self) -> list[int]:
        """The selected rows, top to bottom."""
        return sorted(index.row() for index in self.table.selectionModel().selectedRows())

    def _update_buttons(self) -> None:
        editable = not self._locked
        rows = self.selected_rows()
        self.add_button.setEnabled(editable)
        self.family_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and len(rows) == 1)
        for button in (
            self.remove_button,
            self.present_button,
            self.absent_button,
            self.excused_button,
        ):
            button.setEnabled(editable and bool(rows))
        self.all_present_button.setEnabled(editable and self.model.rowCount() > 0)

    # -- storing ---------------------------------------------------------------------------

    def store(self, attendees: Sequence[Attendee]) -> tuple[GatedItem, ...]:
        """Store ``attendees`` as the meeting's list; raises the service's errors."""
        blocked = self._meetings.set_attendees(self._meeting_id, attendees)
        self.show_problem("")
        self.blocked.emit(blocked)
        return blocked

    def _store_here(self, attendees: Sequence[Attendee]) -> bool:
        """Store from a button of the tab itself; a refusal is shown under the table."""
        try:
            self.store(attendees)
        except ValidationError as exc:
            self.show_problem(" ".join(exc.errors.values()))
            return False
        except KnownError as exc:
            self.show_problem(error_text(exc))
            return False
        return True

    def _open(self, dialog: AttendeeDialog | FamilyDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def add_attendee(self) -> AttendeeDialog | None:
        """Open the form for a new attendee (added at the end)."""
        if self._locked:
            return None
        current = self.model.attendees()
        dialog = AttendeeDialog(lambda new: self.store([*current, new]), None, self.window())
        self._open(dialog)
        return dialog

    def add_family(self) -> FamilyDialog | None:
        """Open the form that adds a young person and their guardians."""
        if self._locked:
            return None
        current = self.model.attendees()
        dialog = FamilyDialog(
            self._persons, lambda new: self.store([*current, *new]), self.window()
        )
        self._open(dialog)
        return dialog

    def edit_selected(self) -> AttendeeDialog | None:
        """Open the form of the selected attendee."""
        rows = self.selected_rows()
        if self._locked or len(rows) != 1:
            return None
        row, current = rows[0], list(self.model.attendees())

        def save(changed: Attendee) -> tuple[GatedItem, ...]:
            current[row] = changed
            return self.store(current)

        dialog = AttendeeDialog(save, current[row], self.window())
        self._open(dialog)
        return dialog

    def remove_selected(self) -> bool:
        """Remove the selected attendees."""
        rows = set(self.selected_rows())
        if self._locked or not rows:
            return False
        kept = [a for n, a in enumerate(self.model.attendees()) if n not in rows]
        return self._store_here(kept)

    def mark(self, status: AttendanceStatus) -> bool:
        """Record ``status`` for the selected attendees."""
        rows = set(self.selected_rows())
        if self._locked or not rows:
            return False
        marked = [
            replace(a, status=status) if n in rows else a
            for n, a in enumerate(self.model.attendees())
        ]
        return self._store_here(marked)

    def mark_all_present(self) -> bool:
        """Record everyone as present."""
        if self._locked or not self.model.rowCount():
            return False
        everyone = [replace(a, status=AttendanceStatus.PRESENT) for a in self.model.attendees()]
        return self._store_here(everyone)
