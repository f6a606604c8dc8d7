"""The Möten page: the list of meetings, and planning, opening and exporting them.

Rows come from the meeting service (read on the task runner, filtered by type and status
there); sorting happens in a proxy. "New meeting…" plans one meeting (``plan_meeting``
presets the type, e.g. from the overview), "New series…" a recurring series; "Open…"
shows a meeting in its editor (one window per meeting), "Delete" removes a meeting that
is still only planned, and "Export to calendar…" saves the meeting — or its whole series —
as an .ics file without personal data. The page never writes itself beyond these calls,
and it reloads when the workspace reports changed meetings (at once when shown, else when
next shown). ``clear()`` drops every row before a lock and closes the editors.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain import MeetingStatus, MeetingType
from sspf_desk.errors import KnownError
from sspf_desk.services.changes import ChangeSet
from sspf_desk.services.meeting_rows import MeetingDetail, MeetingFilter, MeetingRow
from sspf_desk.ui.dialogs.meeting_editor import MeetingEditor, MeetingServices
from sspf_desk.ui.dialogs.meeting_files import FileExport
from sspf_desk.ui.dialogs.meeting_new import NewMeetingDialog
from sspf_desk.ui.dialogs.meeting_series import MeetingSeriesDialog
from sspf_desk.ui.messages import ask, message_box, show_error
from sspf_desk.ui.models.meetings_model import (
    MEETING_ID_ROLE,
    SORT_ROLE,
    MeetingColumn,
    MeetingsModel,
)
from sspf_desk.ui.pages.live_list import LiveList
from sspf_desk.ui.pages.texts import enum_text
from sspf_desk.ui.ports_meetings import (
    MeetingPersonsPort,
    MeetingPlanningPort,
    MeetingsPort,
    MinutesPort,
)
from sspf_desk.ui.tasks import TaskRunner
from sspf_desk.ui.widgets.tables import read_only_table

# Record types whose changes can change a row of the list.
WATCHED = ("meeting", "meeting_series", "agenda_item", "meeting_attendee")


class MeetingsPage(QWidget):
    """Filterable, sortable list of meetings with New / New series / Open / Delete / Export."""

    def __init__(
        self,
        meetings: MeetingsPort,
        planning: MeetingPlanningPort,
        minutes: MinutesPort,
        persons: MeetingPersonsPort,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = MeetingServices(meetings, planning, minutes, persons, runner)
        self._live = LiveList(self, runner, self._query, self._loaded, WATCHED)
        self._select_next: str | None = None
        self._delete_id: str | None = None
        self.editors: dict[str, MeetingEditor] = {}
        self.export = FileExport(self, runner)
        self.model = MeetingsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._build_table()
        self.count = QLabel()
        self.new_button = self._button(self.tr("&New meeting…"), self.new_meeting)
        self.series_button = self._button(self.tr("New &series…"), self.new_series)
        self.open_button = self._button(self.tr("&Open…"), self.open_selected)
        self.delete_button = self._button(self.tr("&Delete"), self.delete_selected)
        self.calendar_button = self._button(
            self.tr("Export to &calendar (.ics)…"), self.export_calendar
        )
        QShortcut(QKeySequence.StandardKey.New, self, self.new_meeting)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for button in (
            self.calendar_button,
            self.delete_button,
            self.open_button,
            self.series_button,
            self.new_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self._update_count()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _build_filters(self) -> QHBoxLayout:
        self.type_filter = QComboBox()
        self.type_filter.setAccessibleName(self.tr("Show meeting type"))
        self.type_filter.addItem(self.tr("All types"), "")
        for kind in MeetingType:
            self.type_filter.addItem(enum_text(kind), kind.value)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Show status"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in MeetingStatus:
            self.status_filter.addItem(enum_text(status), status.value)
        for combo in (self.type_filter, self.status_filter):
            combo.currentIndexChanged.connect(self.reload)
        label = QLabel(self.tr("&Show"))
        label.setBuddy(self.type_filter)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.type_filter)
        row.addWidget(self.status_filter)
        row.addStretch(1)
        return row

    def _build_table(self) -> QTableView:
        table = read_only_table(
            self.proxy, self.tr("Meetings"), resize=QHeaderView.ResizeMode.Interactive
        )
        table.setSortingEnabled(True)
        table.sortByColumn(MeetingColumn.DATE, Qt.SortOrder.DescendingOrder)
        table.horizontalHeader().setResizeContentsPrecision(200)  # thousands of meetings
        table.activated.connect(self._open_index)
        return table

    # -- loading ---------------------------------------------------------------------------

    def criteria(self) -> MeetingFilter:
        """The filter the controls describe."""
        kind, status = self.type_filter.currentData(), self.status_filter.currentData()
        return MeetingFilter(
            meeting_type=MeetingType(kind) if kind else None,
            status=MeetingStatus(status) if status else None,
        )

    def reload(self) -> None:
        """Read the meetings again (on the task runner), keeping the selection."""
        self._live.reload()

    def _query(self) -> Callable[[], list[MeetingRow]]:
        meetings, criteria = self.services.meetings, self.criteria()
        return lambda: meetings.list_meetings(criteria)

    def _loaded(self, rows: list[MeetingRow]) -> None:
        selected = self._select_next or self.selected_id()
        self._select_next = None
        first = self.model.rowCount() == 0
        self.model.set_rows(rows)
        if first and rows:
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(
                MeetingColumn.TITLE, min(self.table.columnWidth(MeetingColumn.TITLE), 320)
            )
        if selected is not None:
            self.select(selected)
        self._update_count()
        self._update_buttons()

    def on_changes(self, changes: ChangeSet) -> None:
        """Reload when meetings changed (later if hidden); pass the change to the editors."""
        if not self._live.active:
            return
        for editor in list(self.editors.values()):
            editor.on_changes(changes)
        self._live.on_changes(changes)

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with changes made while the page was hidden."""
        super().showEvent(event)
        self._live.shown()

    def clear(self) -> None:
        """Drop every row and close the editors (on lock); nothing is read afterwards."""
        self._live.stop()
        for editor in list(self.editors.values()):
            editor.drop()
        self.editors.clear()
        self.model.clear()
        self._update_count()
        self._update_buttons()

    # -- selection -------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        """The id of the selected meeting, if any."""
        rows = self.table.selectionModel().selectedRows()
        value = rows[0].data(MEETING_ID_ROLE) if rows else None
        return value if isinstance(value, str) else None

    def selected_row(self) -> MeetingRow | None:
        """The selected meeting's row, if any."""
        meeting_id = self.selected_id()
        row = self.model.row_of(meeting_id) if meeting_id is not None else None
        return self.model.row_at(row) if row is not None else None

    def select(self, meeting_id: str) -> None:
        """Select and show ``meeting_id`` if it is in the list."""
        row = self.model.row_of(meeting_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.open_button.setEnabled(row is not None)
        self.calendar_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None and row.status is MeetingStatus.PLANNED)

    def _update_count(self) -> None:
        self.count.setText(
            self.tr("Number of meetings: %1").replace("%1", str(self.model.rowCount()))
        )

    # -- planning and opening --------------------------------------------------------------

    def plan_meeting(self, meeting_type: MeetingType) -> NewMeetingDialog:
        """Open the new-meeting form preset to ``meeting_type`` (e.g. from the overview)."""
        dialog = NewMeetingDialog(self.services.meetings, meeting_type, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._created)
        dialog.open()
        return dialog

    def new_meeting(self) -> NewMeetingDialog:
        """Open the new-meeting form (operational group first)."""
        return self.plan_meeting(MeetingType.OPERATIONAL_GROUP)

    def _created(self, detail: object) -> None:
        if isinstance(detail, MeetingDetail):
            self._select_next = detail.meeting.id
            self.reload()
            self._show_editor(detail)

    def new_series(self) -> MeetingSeriesDialog:
        """Open the form for a recurring series."""
        dialog = MeetingSeriesDialog(
            self.services.planning, MeetingType.OPERATIONAL_GROUP, self.window()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._series_created)
        dialog.open()
        return dialog

    def _series_created(self, meeting_ids: object) -> None:
        if isinstance(meeting_ids, list) and meeting_ids:
            self._select_next = str(meeting_ids[0])
        self.reload()

    def open_selected(self) -> MeetingEditor | None:
        """Open the selected meeting."""
        meeting_id = self.selected_id()
        return self.open_meeting(meeting_id) if meeting_id is not None else None

    def open_meeting(self, meeting_id: str) -> MeetingEditor | None:
        """Show ``meeting_id`` in its editor (reading it is recorded in the audit trail)."""
        editor = self.editors.get(meeting_id)
        if editor is not None:
            editor.raise_()
            editor.activateWindow()
            return editor
        try:
            detail = self.services.meetings.get_meeting(meeting_id)
        except KnownError as exc:
            show_error(exc, self.window())
            return None
        return self._show_editor(detail)

    def _show_editor(self, detail: MeetingDetail) -> MeetingEditor:
        editor = MeetingEditor(self.services, detail, self.window())
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        meeting_id = detail.meeting.id
        editor.closed.connect(self._forget)
        editor.destroyed.connect(lambda _obj=None: self.editors.pop(meeting_id, None))
        self.editors[meeting_id] = editor
        editor.show()
        editor.carry_over()  # a meeting planned ahead takes the items left from the last one
        return editor

    def _forget(self, meeting_id: str) -> None:
        self.editors.pop(meeting_id, None)
        self.reload()

    def _open_index(self, index: QModelIndex) -> None:
        value = index.data(MEETING_ID_ROLE)
        if isinstance(value, str):
            self.open_meeting(value)

    # -- deleting and exporting ------------------------------------------------------------

    def delete_selected(self) -> QMessageBox | None:
        """Ask, then delete the selected meeting (only a planned one)."""
        row = self.selected_row()
        if row is None or row.status is not MeetingStatus.PLANNED:
            return None
        self._delete_id = row.id
        box = ask(
            self.window(),
            self.tr("Delete meeting"),
            self.tr("Delete this planned meeting with its agenda and attendees?"),
            self.tr("&Delete"),
            self.tr("Cancel"),
        )
        box.accepted.connect(self._delete_confirmed)
        return box

    def _delete_confirmed(self) -> None:
        meeting_id, self._delete_id = self._delete_id, None
        if meeting_id is None:
            return
        try:
            self.services.meetings.delete_meeting(meeting_id)
        except KnownError as exc:
            show_error(exc, self.window())
            return
        editor = self.editors.pop(meeting_id, None)
        if editor is not None:
            editor.close()
        self.reload()

    def export_calendar(self) -> QWidget | None:
        """Save the selected meeting (or, if asked, its series) as a calendar file."""
        row = self.selected_row()
        if row is None:
            return None
        if row.series_id is None:
            return self._save_ics(row, series=False)
        box = message_box(
            self.window(),
            QMessageBox.Icon.Question,
            self.tr("Export to calendar"),
            self.tr("The meeting belongs to a series. Export the whole series or only this one?"),
        )
        box.setStandardButtons(
            QMessageBox.StandardButton.YesToAll
            | QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.Cancel
        )
        box.button(QMessageBox.StandardButton.YesToAll).setText(self.tr("The whole &series"))
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Only this meeting"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.buttonClicked.connect(lambda button: self._series_answer(box, button, row))
        return box

    def _series_answer(self, box: QMessageBox, button: object, row: MeetingRow) -> None:
        answer = box.standardButton(button)  # type: ignore[arg-type]
        if answer == QMessageBox.StandardButton.YesToAll:
            self._save_ics(row, series=True)
        elif answer == QMessageBox.StandardButton.Yes:
            self._save_ics(row, series=False)

    def _save_ics(self, row: MeetingRow, *, series: bool) -> QWidget:
        planning, series_id, meeting_id = self.services.planning, row.series_id, row.id
        if series and series_id is not None:
            return self.export.save_ics(
                row.held_on, lambda: planning.series_ics(series_id), series=True
            )
        return self.export.save_ics(row.held_on, lambda: planning.meeting_ics(meeting_id))
