"""The minutes' life cycle in the meeting editor: where they stand and how they move on.

``LifecycleBar`` shows the status and version (and who approved them, when), says when
the minutes are read-only, gives short notes (e.g. how many items were carried over
from the previous meeting), and offers the next steps — "Mark as held", "Finalize…",
"Approve…" (justera, with a date), "Reopen…" (with a reason) — next to printing the
minutes and excerpts. The editor connects the buttons. ``ApproveDialog`` and
``ReopenDialog`` are the two forms a step needs; both move the minutes through
``MeetingsPort.transition`` and show the service's refusals under their fields.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain import Meeting, MeetingStatus, allowed_meeting_transitions
from sspf_desk.services.meeting_rows import MeetingDetail
from sspf_desk.ui.dialogs.form_dialog import FormDialog
from sspf_desk.ui.pages.texts import enum_text
from sspf_desk.ui.ports_meetings import MeetingsPort
from sspf_desk.ui.widgets.date_field import DateField
from sspf_desk.ui.widgets.field_errors import ERROR_STYLE

LOCKED_STYLE = "background: #fff4d6; color: #5c4400; padding: 4px;"


class LifecycleBar(QWidget):
    """Status, version and the life-cycle and print buttons of one meeting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status of the minutes"))
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        self.locked_note = QLabel(
            self.tr(
                "The minutes are read-only. To change them, reopen them (with a reason): "
                "the present version is kept."
            )
        )
        self.locked_note.setWordWrap(True)
        self.locked_note.setStyleSheet(LOCKED_STYLE)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setVisible(False)
        self.held_button = self._button(self.tr("Mark as &held"))
        self.finalize_button = self._button(self.tr("&Finalize…"))
        self.approve_button = self._button(self.tr("A&pprove (justera)…"))
        self.reopen_button = self._button(self.tr("Re&open…"))
        self.print_button = self._button(self.tr("Print &minutes…"))
        self.excerpt_button = self._button(self.tr("E&xcerpt…"))
        steps = QHBoxLayout()
        steps.addWidget(self.status, 1)
        for button in (
            self.held_button,
            self.finalize_button,
            self.approve_button,
            self.reopen_button,
        ):
            steps.addWidget(button)
        steps.addSpacing(16)
        steps.addWidget(self.print_button)
        steps.addWidget(self.excerpt_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(steps)
        layout.addWidget(self.locked_note)
        layout.addWidget(self.note)
        layout.addWidget(self.message)

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        return button

    def show_detail(self, detail: MeetingDetail) -> None:
        """Show where the minutes of ``detail`` stand and enable the possible steps."""
        meeting = detail.meeting
        text = (
            self.tr("Status: %1 · version %2")
            .replace("%1", enum_text(meeting.status))
            .replace("%2", str(meeting.version))
        )
        if meeting.status is MeetingStatus.APPROVED and meeting.approved_on is not None:
            text += " · " + self.tr("approved %1").replace("%1", meeting.approved_on.isoformat())
        self.status.setText(text)
        allowed = allowed_meeting_transitions(meeting.status)
        self.held_button.setEnabled(
            MeetingStatus.HELD in allowed and meeting.status is MeetingStatus.PLANNED
        )
        self.finalize_button.setEnabled(MeetingStatus.FINALIZED in allowed)
        self.approve_button.setEnabled(MeetingStatus.APPROVED in allowed)
        self.reopen_button.setEnabled(meeting.is_locked)
        self.locked_note.setVisible(meeting.is_locked)

    def show_note(self, text: str) -> None:
        """Show an informative note under the steps (empty: hide it)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def show_problem(self, text: str) -> None:
        """Show a refusal next to the steps (empty: hide it)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))


class ApproveDialog(FormDialog[date, Meeting]):
    """Approve (justera) the minutes on a date; emits ``saved(Meeting)``."""

    def __init__(
        self, meetings: MeetingsPort, meeting_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            lambda on: meetings.transition(meeting_id, MeetingStatus.APPROVED, on=on), parent
        )
        self.setWindowTitle(self.tr("Approve the minutes"))
        self.setAccessibleName(self.tr("Approve the minutes"))
        self.setMinimumWidth(460)
        note = QLabel(
            self.tr(
                "The approver (justerare) has read the minutes and confirms them. You are "
                "recorded as the one who entered the approval."
            )
        )
        note.setWordWrap(True)
        self.body.insertWidget(0, note)
        self.day = DateField(self.tr("Date of approval"))
        self.day.set_value(date.today())
        self.day.changed.connect(self._revalidate)
        label = QLabel(self.tr("Approved &on"))
        label.setBuddy(self.day)
        self.add_row("on", label, self.day)
        self.finish_layout()

    def _state(self) -> tuple[object, ...]:
        return (self.day.edit.text(),)

    def collect(self) -> tuple[date, dict[str, str]]:
        """The approval date, and a message when it is missing or unreadable."""
        day = self.day.value()
        problem = self.day.problem()
        if problem is None and day is None:
            problem = self.tr("Enter the date of the approval.")
        return day or date.today(), {"on": problem} if problem else {}


class ReopenDialog(FormDialog[str, Meeting]):
    """Reopen locked minutes with a reason; emits ``saved(Meeting)``."""

    def __init__(
        self, meetings: MeetingsPort, meeting_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            lambda reason: meetings.transition(meeting_id, MeetingStatus.HELD, reason=reason),
            parent,
        )
        self.setWindowTitle(self.tr("Reopen the minutes"))
        self.setAccessibleName(self.tr("Reopen the minutes"))
        self.setMinimumWidth(520)
        note = QLabel(
            self.tr(
                "The present version is kept as it is and can still be printed; the minutes "
                "get a new version number and can be changed again."
            )
        )
        note.setWordWrap(True)
        self.body.insertWidget(0, note)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Why the minutes are reopened"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        self.reason.textChanged.connect(self._revalidate)
        label = QLabel(self.tr("&Reason"))
        label.setBuddy(self.reason)
        label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.add_row("reason", label, self.reason)
        self.finish_layout()

    def _state(self) -> tuple[object, ...]:
        return (self.reason.toPlainText(),)

    def collect(self) -> tuple[str, dict[str, str]]:
        """The reason, and a message when it is missing."""
        reason = self.reason.toPlainText().strip()
        if not reason:
            return reason, {"reason": self.tr("Write why the minutes are reopened.")}
        return reason, {}
