"""The meeting editor: one meeting from planning to approved minutes, in one window.

Tabs: Details (type, day, times, place, chair, minute-taker, approver), Attendance (who
is invited and who took part, stored at once), Agenda (the § items with the consent
gate, the chosen item's notes, decisions and actions) and Versions (kept at each
reopening). Above them ``LifecycleBar`` moves the minutes on — held, finalized, approved,
reopened — and prints the minutes and excerpts. After every write the editor reads the
meeting again; a change of attendance that blocks named items asks about each at once.
When a planned meeting is opened, the items carried over from the previous held
meeting that its agenda lacks are added (a meeting planned ahead, e.g. in a series, gets
none when it is created) and the bar says how many; a held meeting's agenda is left as it
was discussed.
Finalized and approved minutes are read-only. The window title names nobody. Before a
lock (and on closing) changed details and a changed item are saved when they can be.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout, QWidget

from sspf_desk.domain import MeetingStatus
from sspf_desk.errors import KnownError, NotFoundError, ValidationError
from sspf_desk.services.changes import ChangeSet
from sspf_desk.services.meeting_rows import MeetingDetail
from sspf_desk.services.minutes_view import Audience
from sspf_desk.ui.dialogs.meeting_agenda import AgendaServices, AgendaTab
from sspf_desk.ui.dialogs.meeting_attendance import AttendanceTab
from sspf_desk.ui.dialogs.meeting_lifecycle import ApproveDialog, LifecycleBar, ReopenDialog
from sspf_desk.ui.dialogs.meeting_print import ExcerptDialog, MinutesPrint
from sspf_desk.ui.dialogs.meeting_tabs import MeetingDetailsTab, MeetingVersionsTab
from sspf_desk.ui.lock import CommitOutcome
from sspf_desk.ui.messages import ask, error_text, show_error
from sspf_desk.ui.ports_meetings import (
    MeetingPersonsPort,
    MeetingPlanningPort,
    MeetingsPort,
    MinutesPort,
)
from sspf_desk.ui.tasks import TaskRunner

#: Record types whose changes can change the consent gate's answers (or the names shown);
#: the editor never writes them itself.
GATE_TABLES = (
    "consent",
    "consent_party",
    "consent_category",
    "ground_record",
    "ground_record_category",
    "young_person",
    "related_person",
    "person_link",
    "sspf_case",
    "vault_setting",
)
#: Which tab shows a refused step's message about each field.
_DETAIL_FIELDS = frozenset({"secretary", "approver", "chair", "title", "held_on"})


@dataclass(frozen=True)
class MeetingServices:
    """The services the Möten page and the meeting editor work with."""

    meetings: MeetingsPort
    planning: MeetingPlanningPort
    minutes: MinutesPort
    persons: MeetingPersonsPort
    runner: TaskRunner


class MeetingEditor(QDialog):
    """Everything about one meeting; emits ``closed(meeting id)`` when it closes."""

    DETAILS, ATTENDANCE, AGENDA, VERSIONS = range(4)

    closed = Signal(str)

    def __init__(
        self, services: MeetingServices, detail: MeetingDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._s = services
        self.meeting_id = detail.meeting.id
        self.detail = detail
        self._discarding = False
        self.setWindowTitle(self.tr("Meeting – SSPF Desk"))
        self.setObjectName("meetingEditor")
        self.bar = LifecycleBar()
        self.details = MeetingDetailsTab(services.meetings, self.meeting_id)
        self.attendance = AttendanceTab(services.meetings, services.persons, self.meeting_id)
        self.agenda = AgendaTab(
            AgendaServices(services.meetings, services.persons, services.runner, self.meeting_id)
        )
        self.versions = MeetingVersionsTab()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the meeting"))
        self.tabs.addTab(self.details, self.tr("&Details"))
        self.tabs.addTab(self.attendance, self.tr("A&ttendance"))
        self.tabs.addTab(self.agenda, self.tr("A&genda and minutes"))
        self.tabs.addTab(self.versions, self.tr("&Versions"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.tabs, 1)
        self.printer = MinutesPrint(self, services.runner, services.minutes, self.meeting_id)
        self._connect()
        self.show_detail(detail)
        self.tabs.setCurrentIndex(self.AGENDA if detail.attendees else self.ATTENDANCE)
        self.resize(1280, 860)

    def _connect(self) -> None:
        self.details.saved.connect(self.refresh)
        self.details.calendar_button.clicked.connect(self.export_calendar)
        self.attendance.blocked.connect(self._attendance_stored)
        self.agenda.changed.connect(self.refresh)
        self.versions.print_requested.connect(self.print_version)
        self.bar.held_button.clicked.connect(self.mark_held)
        self.bar.finalize_button.clicked.connect(self.finalize)
        self.bar.approve_button.clicked.connect(self.approve)
        self.bar.reopen_button.clicked.connect(self.reopen)
        self.bar.print_button.clicked.connect(self.print_minutes)
        self.bar.excerpt_button.clicked.connect(self.print_excerpt)

    # -- reading ---------------------------------------------------------------------------

    def show_detail(self, detail: MeetingDetail) -> None:
        """Show ``detail`` in every part of the editor."""
        self.detail = detail
        self.bar.show_detail(detail)
        self.details.show_detail(detail)
        self.attendance.show_detail(detail)
        self.agenda.show_detail(detail)
        self.versions.show_detail(detail)

    def refresh(self) -> bool:
        """Read the meeting again (an audited view); closes the editor if it is gone."""
        try:
            detail = self._s.meetings.get_meeting(self.meeting_id)
        except NotFoundError as exc:
            show_error(exc, self.parentWidget())
            self.close()
            return False
        except KnownError as exc:
            self.bar.show_problem(error_text(exc))
            return False
        self.show_detail(detail)
        return True

    def on_changes(self, changes: ChangeSet) -> None:
        """Read the meeting again when consents, persons or cases changed elsewhere.

        Typed drafts stay (see the tabs' ``show_detail``); the gate's state is then current.
        """
        if changes.touches(*GATE_TABLES):
            self.refresh()

    def carry_over(self) -> int:
        """Add the carried-over items a planned agenda lacks; say how many; ask about
        blocked ones. The Möten page calls this when it opens the editor; a held or locked
        meeting keeps its agenda as it was discussed (nothing is added, 0 is returned).

        The service stores a carried named item the gate blocks anonymised; should one
        still come named and blocked (a consent withdrawn meanwhile), the gate question is
        asked as after a change of attendance.
        """
        if self.detail.meeting.status is not MeetingStatus.PLANNED:
            return 0
        before = {row.item.id for row in self.detail.items}
        try:
            count = self._s.meetings.carry_over(self.meeting_id)
        except KnownError as exc:
            self.bar.show_problem(error_text(exc))
            return 0
        if not count or not self.refresh():
            return count
        if count == 1:
            self.bar.show_note(self.tr("1 item carried over from the previous meeting"))
        else:
            self.bar.show_note(
                self.tr("%1 items carried over from the previous meeting").replace("%1", str(count))
            )
        blocked = tuple(
            row
            for row in self.detail.items
            if row.item.id not in before and row.item.is_named and not row.gate.allowed
        )
        if blocked:
            self.tabs.setCurrentIndex(self.AGENDA)
            self.agenda.ask_about(blocked)
        return count

    def _attendance_stored(self, blocked: object) -> None:
        self.refresh()
        if isinstance(blocked, tuple) and blocked:
            self.agenda.ask_about(blocked)

    # -- pending input ---------------------------------------------------------------------

    def is_dirty(self) -> bool:
        """Whether details or the open item have unsaved changes."""
        return self.details.is_dirty() or self.agenda.panel.is_dirty()

    def commit_pending(self) -> CommitOutcome:
        """Before a lock: save changed details and item; report what happened (see ui.lock)."""
        outcomes = (self.details.commit_pending(), self.agenda.panel.commit_pending())
        if CommitOutcome.DISCARDED in outcomes:
            return CommitOutcome.DISCARDED
        return CommitOutcome.SAVED if CommitOutcome.SAVED in outcomes else CommitOutcome.UNCHANGED

    def _save_pending(self) -> bool:
        """Save what is typed before a step; False (and the problems shown) if it cannot be."""
        if self.details.is_dirty() and not self.details.save():
            self.tabs.setCurrentIndex(self.DETAILS)
            return False
        if self.agenda.panel.is_dirty() and not self.agenda.panel.save():
            self.tabs.setCurrentIndex(self.AGENDA)
            return False
        return True

    # -- life cycle ------------------------------------------------------------------------

    def _route(self, errors: dict[str, str]) -> None:
        """Show a refused step's messages where they belong and bring that tab forward."""
        details = {name: text for name, text in errors.items() if name in _DETAIL_FIELDS}
        self.details.show_errors(details)
        self.attendance.show_problem(errors.get("attendance", ""))
        self.agenda.show_problem(errors.get("agenda", ""))
        rest = [t for n, t in errors.items() if n not in _DETAIL_FIELDS | {"attendance", "agenda"}]
        self.bar.show_problem(" ".join(rest))
        for tab, shown in (
            (self.DETAILS, bool(details)),
            (self.ATTENDANCE, "attendance" in errors),
            (self.AGENDA, "agenda" in errors),
        ):
            if shown:
                self.tabs.setCurrentIndex(tab)
                break

    def step(self, target: MeetingStatus) -> bool:
        """Move the minutes to ``target`` (after saving what is typed)."""
        if not self._save_pending():
            return False
        try:
            self._s.meetings.transition(self.meeting_id, target)
        except ValidationError as exc:
            self._route(exc.errors)
            return False
        except KnownError as exc:
            self.bar.show_problem(error_text(exc))
            return False
        self._route({})
        return self.refresh()

    def mark_held(self) -> bool:
        """The meeting took place: the minutes can be written."""
        return self.step(MeetingStatus.HELD)

    def finalize(self) -> QWidget | None:
        """Ask, then finalize the minutes (they become read-only)."""
        if not self._save_pending():
            return None
        box = ask(
            self,
            self.tr("Finalize the minutes"),
            self.tr(
                "Finalize the minutes? They become read-only; changing them later needs "
                "reopening with a reason. Named items are checked against the attendance "
                "once more."
            ),
            self.tr("&Finalize"),
            self.tr("Cancel"),
        )
        box.accepted.connect(self._finalize_confirmed)
        return box

    def _finalize_confirmed(self) -> None:
        self.step(MeetingStatus.FINALIZED)

    def _open_form(self, dialog: ApproveDialog | ReopenDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._stepped)
        dialog.open()

    def approve(self) -> ApproveDialog | None:
        """Open the approval (justering) form."""
        if not self._save_pending():
            return None
        dialog = ApproveDialog(self._s.meetings, self.meeting_id, self)
        self._open_form(dialog)
        return dialog

    def reopen(self) -> ReopenDialog:
        """Open the form that reopens the minutes with a reason."""
        dialog = ReopenDialog(self._s.meetings, self.meeting_id, self)
        self._open_form(dialog)
        return dialog

    def _stepped(self, _meeting: object) -> None:
        self._route({})
        self.refresh()

    # -- printing --------------------------------------------------------------------------

    def print_minutes(self) -> QWidget | None:
        """Save the full minutes as a PDF."""
        return self.printer.print_pdf(Audience())

    def print_excerpt(self) -> ExcerptDialog:
        """Ask for whom, then save the excerpt as a PDF."""
        dialog = ExcerptDialog(self.detail, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self.printer.print_pdf)
        dialog.open()
        return dialog

    def print_version(self, number: int) -> QWidget | None:
        """Save an earlier version of the full minutes as a PDF."""
        return self.printer.print_pdf(Audience(), number)

    def export_calendar(self) -> QWidget:
        """Save the meeting as a calendar file (.ics, no personal data)."""
        planning, meeting_id = self._s.planning, self.meeting_id
        return self.printer.save_ics(
            self.detail.meeting.held_on, lambda: planning.meeting_ics(meeting_id)
        )

    # -- closing ---------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape closes the window like its close button."""
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save what can be saved; with invalid input, ask before dropping it."""
        if not self._discarding and self.commit_pending() is CommitOutcome.DISCARDED:
            event.ignore()
            box = ask(
                self,
                self.tr("Unsaved changes"),
                self.tr(
                    "Some changes cannot be saved as they stand (see the messages). "
                    "Close and discard them?"
                ),
                self.tr("&Discard and close"),
                self.tr("&Keep editing"),
            )
            box.accepted.connect(self._discard_and_close)
            return
        event.accept()
        self.closed.emit(self.meeting_id)

    def _discard_and_close(self) -> None:
        self._discarding = True
        self.close()

    def drop(self) -> None:
        """Close without saving or asking (the lock has already saved what it could)."""
        self._discard_and_close()
