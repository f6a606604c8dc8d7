"""The main window: navigation between the sections of the program and a status bar.

Thin on purpose: each section is its own widget. Sections that later versions fill show
a short, honest sentence about what will come there (no sample data). The window holds
no vault state of its own; ``shutdown()`` clears what it shows before a lock.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sspf_desk import __version__
from sspf_desk.domain import MeetingType
from sspf_desk.services.changes import ChangeSet
from sspf_desk.ui.dialogs.agenda_templates import AgendaTemplatesDialog
from sspf_desk.ui.dialogs.import_wizard import ImportWizard
from sspf_desk.ui.key_actions import KeyActions
from sspf_desk.ui.messages import show_info
from sspf_desk.ui.pages.concerns import ConcernsPage
from sspf_desk.ui.pages.group_level import GroupLevelPage
from sspf_desk.ui.pages.meetings import MeetingsPage
from sspf_desk.ui.pages.overview import OverviewPage
from sspf_desk.ui.pages.promises import PromisesPage
from sspf_desk.ui.pages.situation import SituationPage
from sspf_desk.ui.pages.talks import TalksPage
from sspf_desk.ui.record.casework import CaseworkActions
from sspf_desk.ui.tasks import TaskRunner
from sspf_desk.ui.widgets.persons_view import PersonsView
from sspf_desk.ui.widgets.save_indicator import SaveIndicator, SaveStatusRelay

if TYPE_CHECKING:
    from sspf_desk.ui.ports import WorkspacePort

OVERVIEW_SECTION = 0
PERSONS_SECTION = 1
CONCERNS_SECTION = 2
MEETINGS_SECTION = 3
TALKS_SECTION = 4
GROUP_LEVEL_SECTION = 5
SITUATION_SECTION = 6
PROMISES_SECTION = 7
PERSON_TABLES = ("young_person", "related_person", "person_link")


def _coming_sections() -> dict[int, tuple[str, str]]:
    """Titles and descriptions of the sections that later versions fill, by position."""

    return {
        8: (
            QCoreApplication.translate("MainWindow", "Log"),
            QCoreApplication.translate(
                "MainWindow",
                "The audit trail is already kept: every view, change and export of a young "
                "person's record is recorded in the vault, with who and when. Coming here: a "
                "page to read and search it.",
            ),
        ),
    }


def _placeholder(title: str, text: str) -> QWidget:
    page = QWidget()
    heading = QLabel(title)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    heading.setFont(font)
    body = QLabel(text)
    body.setWordWrap(True)
    body.setAccessibleName(title)
    layout = QVBoxLayout(page)
    layout.addWidget(heading)
    layout.addWidget(body)
    layout.addStretch(1)
    return page


class ChangeRelay(QObject):
    """Receives ``ChangeSet`` on the committing thread and re-emits it on the GUI thread.

    Work that commits on a worker thread (e.g. setting a passphrase) notifies listeners
    there; the views must only be touched on the GUI thread. From the GUI thread itself
    the signal is delivered at once.
    """

    changed = Signal(object)

    def listener(self, changes: ChangeSet) -> None:
        """Change listener for ``Workspace.add_change_listener`` (safe on any thread)."""
        # RuntimeError: the relay was deleted after a lock; there is nothing left to update.
        with contextlib.suppress(RuntimeError):
            self.changed.emit(changes)


class MainWindow(QMainWindow):
    """Sections list on the left, the chosen section on the right, save status below."""

    lock_requested = Signal()
    quit_requested = Signal()
    settings_requested = Signal()

    def __init__(
        self,
        workspace: WorkspacePort,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._active = True
        self.runner = runner or TaskRunner(self)
        self.keys = KeyActions(self, workspace, self.runner)
        self.keys.passphrase_changed.connect(self._passphrase_changed)
        self._workspace = workspace
        self.setWindowTitle("SSPF Desk")
        self.setObjectName("mainWindow")
        self.persons = PersonsView(workspace.persons)
        self.overview = OverviewPage(workspace.overview, self.runner)
        self.concerns = ConcernsPage(workspace.concerns, workspace.persons, self.runner)
        self.meetings = MeetingsPage(
            workspace.meetings,
            workspace.meeting_planning,
            workspace.minutes,
            workspace.persons,
            self.runner,
        )
        self.talks = TalksPage(workspace.concern_talks, workspace.persons, self.runner)
        self.group_level = GroupLevelPage(workspace.group_level, self.runner)
        self.situation = SituationPage(workspace.statistics, self.runner)
        self.promises = PromisesPage(workspace.promises, self.runner)
        self.casework = CaseworkActions(
            workspace.persons,
            workspace.consents,
            workspace.cases,
            workspace.concerns,
            workspace.users,
            self,
            minutes=workspace.minutes,
            anonymise=workspace.anonymise,
        )
        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Sections"))
        self.pages = QStackedWidget()
        built: dict[int, tuple[str, QWidget]] = {
            OVERVIEW_SECTION: (self.tr("Overview"), self.overview),
            PERSONS_SECTION: (self.tr("Young persons and cases"), self.persons),
            CONCERNS_SECTION: (self.tr("Concerns"), self.concerns),
            MEETINGS_SECTION: (self.tr("Meetings"), self.meetings),
            TALKS_SECTION: (self.tr("Concern conversations"), self.talks),
            GROUP_LEVEL_SECTION: (self.tr("Places and groups"), self.group_level),
            SITUATION_SECTION: (self.tr("Situation picture"), self.situation),
            PROMISES_SECTION: (self.tr("Citizen promises"), self.promises),
        }
        coming = _coming_sections()
        for position in range(len(coming) + len(built)):
            title, page = built.get(position) or (
                coming[position][0],
                _placeholder(*coming[position]),
            )
            self.sections.addItem(title)
            self.pages.addWidget(page)
        self.sections.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sections.setMaximumWidth(240)
        self.sections.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        splitter = QSplitter()
        splitter.addWidget(self.sections)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.save_indicator = SaveIndicator()
        self.save_relay = SaveStatusRelay(self)
        self.save_relay.status_changed.connect(self._show_save_status)
        self._build_menus()
        self._build_status_bar(workspace)
        self.change_relay = ChangeRelay(self)
        self.change_relay.changed.connect(self._on_changes)
        workspace.add_change_listener(self.change_relay.listener)
        workspace.add_save_listener(self.save_relay.listener)
        self._connect_pages()
        self.persons.reload()
        self.overview.reload()
        self.sections.setCurrentRow(OVERVIEW_SECTION)
        self.resize(_initial_size())

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.keys.passphrase_action)
        file_menu.addAction(self.keys.recovery_action)
        file_menu.addSeparator()
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.triggered.connect(self.settings_requested)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        self.lock_action = QAction(self.tr("&Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        import_action = QAction(self.tr("&Import list…"), self)
        import_action.triggered.connect(self.import_list)
        file_menu.addAction(import_action)
        file_menu.addAction(self.casework.settings_action)
        self.agendas_action = QAction(self.tr("Standing &agendas…"), self)
        self.agendas_action.setToolTip(self.tr("The standing agenda of each meeting type"))
        self.agendas_action.triggered.connect(self.open_agenda_templates)
        file_menu.addAction(self.agendas_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for row in range(self.sections.count()):
            action = QAction(self.sections.item(row).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.setData(row)
            view_menu.addAction(action)
        view_menu.triggered.connect(self._go_to_section)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About SSPF Desk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_status_bar(self, workspace: WorkspacePort) -> None:
        user = QLabel(self.tr("User: %1").replace("%1", workspace.current_user.name))
        user.setAccessibleName(self.tr("Signed-in user"))
        self.statusBar().addWidget(user)
        self.recovery_note = QLabel(self.tr("Unlocked with the recovery key."))
        self.recovery_note.setStyleSheet("color: #b00020;")
        self.recovery_note.setAccessibleName(self.tr("Recovery key notice"))
        self.statusBar().addWidget(self.recovery_note)
        self.recovery_note.setVisible(workspace.opened_with_recovery_key)
        self.statusBar().addPermanentWidget(self.save_indicator)

    def _passphrase_changed(self) -> None:
        if not self.recovery_note.isHidden():
            self.recovery_note.setText(
                self.tr("Unlocked with the recovery key. A new passphrase is set.")
            )
            self.recovery_note.setStyleSheet("")

    def _go_to_section(self, action: QAction) -> None:
        row = action.data()
        if isinstance(row, int):
            self.sections.setCurrentRow(row)

    def _connect_pages(self) -> None:
        self.overview.count_changed.connect(self._show_overview_count)
        self.overview.open_concern_requested.connect(self.open_concern)
        self.overview.open_person_requested.connect(self.show_person)
        self.overview.open_case_requested.connect(self._show_case)
        self.overview.plan_meeting_requested.connect(self.plan_meeting)
        self.concerns.open_person_requested.connect(self.show_person)
        self.talks.open_person_requested.connect(self.show_person)
        self.persons.open_requested.connect(self.casework.open_person)

    def _show_overview_count(self, total: int) -> None:
        title = self.tr("Overview (%1)").replace("%1", str(total)) if total else self.tr("Overview")
        self.sections.item(OVERVIEW_SECTION).setText(title)

    def open_concern(self, concern_id: str) -> None:
        """Show the concerns section and open ``concern_id`` in its form."""
        self.sections.setCurrentRow(CONCERNS_SECTION)
        self.concerns.open_concern(concern_id)

    def plan_meeting(self, meeting_type: object) -> None:
        """Show the meetings section and plan a new meeting of ``meeting_type``."""
        if isinstance(meeting_type, MeetingType):
            self.sections.setCurrentRow(MEETINGS_SECTION)
            self.meetings.plan_meeting(meeting_type)

    def open_agenda_templates(self) -> AgendaTemplatesDialog:
        """Open the editor of the standing agendas (a vault setting)."""
        dialog = AgendaTemplatesDialog(self._workspace.meeting_planning, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_person(self, person_id: str) -> None:
        """Open the record of ``person_id`` (and select them in the persons list)."""
        self.persons.select(person_id)
        self.casework.open_person(person_id)

    def _show_case(self, case_id: str) -> None:
        self.casework.open_case(case_id)

    def _on_changes(self, changes: object) -> None:
        if self._active:
            if not isinstance(changes, ChangeSet) or changes.touches(*PERSON_TABLES):
                self.persons.reload()  # not after a mere view (an audit entry)
            if isinstance(changes, ChangeSet):
                self.overview.on_changes(changes)
                self.concerns.on_changes(changes)
                self.meetings.on_changes(changes)
                self.talks.on_changes(changes)
                self.group_level.on_changes(changes)
                self.promises.on_changes(changes)
                self.casework.on_changes(changes)

    def _show_save_status(self, status: object) -> None:
        if self._active:
            self.save_indicator.show_status(status)

    def import_list(self) -> ImportWizard:
        """Open the wizard that imports a CSV or XLSX list of young persons."""
        wizard = ImportWizard(self._workspace.list_import, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def _about(self) -> None:
        show_info(
            f"SSPF Desk {__version__}\n"
            + self.tr(
                "For SSPF coordinators: school, social services, police and leisure working "
                "together around young people. All data is stored encrypted on this computer."
            ),
            self,
        )

    def shutdown(self) -> None:
        """Forget everything shown (before the workspace closes on lock or quit)."""
        self._active = False
        self.casework.shutdown()
        self.persons.clear()
        self.overview.clear()
        self.concerns.clear()
        self.meetings.clear()
        self.talks.clear()
        self.group_level.clear()
        self.situation.clear()
        self.promises.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask the host to quit: it saves, closes the workspace and then the window."""
        event.ignore()
        self.quit_requested.emit()


def _initial_size() -> QSize:
    """Nine tenths of the screen's free area (the overview's six tables need room)."""
    area = QGuiApplication.primaryScreen().availableGeometry()
    return QSize(
        min(area.width(), max(1100, area.width() * 9 // 10)),
        min(area.height(), max(700, area.height() * 9 // 10)),
    )
