"""Two tabs of the meeting editor: the meeting's details, and the earlier versions.

``MeetingDetailsTab`` edits type, title, day, times, place and the roles (chair, minute-taker,
approver) and saves them with ``MeetingsPort.update_meeting``; messages appear under the
fields (also those of a refused life-cycle step, e.g. a missing minute-taker). It also
exports the meeting to a calendar (.ics, no personal data). ``MeetingVersionsTab`` lists the
versions kept at each reopening and prints one.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from sspf_desk.domain import MeetingVersion
from sspf_desk.errors import KnownError, ValidationError
from sspf_desk.services.meeting_rows import MeetingDetail
from sspf_desk.ui.dialogs.meeting_fields import MeetingDetailsForm
from sspf_desk.ui.lock import CommitOutcome
from sspf_desk.ui.messages import error_text
from sspf_desk.ui.models.meeting_versions_model import MeetingVersionsModel, VersionColumn
from sspf_desk.ui.ports_meetings import MeetingsPort
from sspf_desk.ui.widgets.field_errors import ErrorLabel, FieldErrors
from sspf_desk.ui.widgets.tables import read_only_table


class MeetingDetailsTab(QWidget):
    """The meeting's details with "Save details"; emits ``saved`` after a save."""

    saved = Signal()

    def __init__(self, meetings: MeetingsPort, meeting_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._meetings = meetings
        self._meeting_id = meeting_id
        self._locked = True
        self._snapshot: tuple[object, ...] = ()
        self.form = MeetingDetailsForm()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.errors = FieldErrors(ErrorLabel(self.message, self))
        for name, label in self.form.error_labels.items():
            self.errors.add(name, label)
        self.save_button = QPushButton(self.tr("&Save details"))
        self.save_button.setAccessibleName(self.tr("Save the meeting's details"))
        self.save_button.clicked.connect(self.save)
        self.calendar_button = QPushButton(self.tr("Export to &calendar (.ics)…"))
        self.calendar_button.setAccessibleName(self.tr("Export to calendar"))
        self.form.changed.connect(self._changed)
        self.form.setMaximumWidth(760)
        buttons = QHBoxLayout()
        buttons.addWidget(self.calendar_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout()
        column.addWidget(self.form)
        column.addWidget(self.errors.general)
        column.addLayout(buttons)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(column, 3)
        layout.addStretch(1)

    def show_detail(self, detail: MeetingDetail) -> None:
        """Show the details (a draft being typed is kept while the minutes are editable)."""
        self._locked = detail.meeting.is_locked
        if not (self.is_dirty() and not self._locked):
            self.form.load(detail.meeting.to_input())
            self._snapshot = self.form.state()
            self.errors.clear()
        self.form.set_read_only(self._locked)
        self._changed()

    def is_dirty(self) -> bool:
        """Whether the details differ from what is stored."""
        return bool(self._snapshot) and self.form.state() != self._snapshot

    def _changed(self) -> None:
        self.save_button.setEnabled(not self._locked and self.is_dirty())

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show messages under the fields they name."""
        self.errors.show(errors)

    def save(self) -> bool:
        """Store the details; problems are shown under their fields."""
        if self._locked:
            return False
        data, problems = self.form.collect()
        if not problems:
            try:
                self._meetings.update_meeting(self._meeting_id, data)
            except ValidationError as exc:
                problems = exc.errors
            except KnownError as exc:
                self.errors.show_general(error_text(exc))
                return False
        if problems:
            self.errors.show(problems)
            field = self.form.first_field(problems)
            if field is not None:
                field.setFocus()
            return False
        self.errors.clear()
        self._snapshot = self.form.state()
        self._changed()
        self.saved.emit()
        return True

    def commit_pending(self) -> CommitOutcome:
        """Before a lock: save changed details that can be saved."""
        if self._locked or not self.is_dirty():
            return CommitOutcome.UNCHANGED
        return CommitOutcome.SAVED if self.save() else CommitOutcome.DISCARDED


class MeetingVersionsTab(QWidget):
    """The earlier versions of the minutes; emits ``print_requested(number)``."""

    print_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MeetingVersionsModel(self)
        self.table = read_only_table(self.model, self.tr("Earlier versions"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(VersionColumn.REASON, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._print_selected)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print this version…"))
        self.print_button.setAccessibleName(self.tr("Print the selected version"))
        self.print_button.clicked.connect(self._print_selected)
        self.table.selectionModel().selectionChanged.connect(self._update)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update()

    def show_detail(self, detail: MeetingDetail) -> None:
        """List the versions kept for ``detail``."""
        self.model.set_rows(detail.versions)
        self.note.setText(
            self.tr(
                "Each reopening kept the version before it. The minutes are now version %1."
            ).replace("%1", str(detail.meeting.version))
            if detail.versions
            else self.tr("The minutes have not been reopened: there are no earlier versions.")
        )
        self._update()

    def selected(self) -> MeetingVersion | None:
        """The selected version, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_for_index(rows[0]) if rows else None

    def _update(self) -> None:
        self.print_button.setEnabled(self.selected() is not None)

    def _print_selected(self) -> None:
        version = self.selected()
        if version is not None:
            self.print_requested.emit(version.number)
