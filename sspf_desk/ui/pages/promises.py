"""The Medborgarlöften page: the promises, and the chosen one's activities and follow-up.

At the top the promises (year, heading, municipality, local police area, number of
activities), newest first, with New / Open / Delete; under it the chosen promise in a
``PromisePanel``: its activities with the result so far and Ja / Delvis / Nej at the chosen
quarter, the progress entries of the chosen activity, and "Skriv ut uppföljning…". Rows
are read on the task runner. The page writes only when deleting a promise after a
question; the forms save through the service and the page reads again, also when the
workspace reports changed promises, meetings or measures (which count automatically) —
at once when shown, else when next shown. ``clear()`` forgets everything before a lock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain.promises import Promise, PromiseInput
from sspf_desk.errors import KnownError
from sspf_desk.services.changes import ChangeSet
from sspf_desk.services.promise_rows import PromiseRow
from sspf_desk.ui.dialogs.promise_editor import PromiseEditor
from sspf_desk.ui.dialogs.promise_panel import PromisePanel
from sspf_desk.ui.dialogs.promise_panel_parts import button
from sspf_desk.ui.messages import ask, show_error
from sspf_desk.ui.models.promises_model import PROMISE_ID_ROLE, PromiseColumn, PromisesModel
from sspf_desk.ui.pages.live_list import LiveList
from sspf_desk.ui.ports_promises import PromisesPort
from sspf_desk.ui.tasks import TaskRunner
from sspf_desk.ui.widgets.tables import read_only_table

# Record types whose changes can change what the page shows (meetings held and group-level
# measures done count toward activities).
WATCHED = ("citizen_promise", "promise_activity", "promise_progress", "meeting", "group_measure")


class PromisesPage(QWidget):
    """The medborgarlöften with their activities, results and quarterly follow-up."""

    def __init__(
        self, promises: PromisesPort, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._promises = promises
        self._live = LiveList(self, runner, lambda: promises.list_promises, self._loaded, WATCHED)
        self._select_next: str | None = None
        self._delete_id: str | None = None
        self.today = date.today()
        self.model = PromisesModel(self)
        self.table = self._build_table()
        self.count = QLabel()
        self.new_button = button(self.tr("&New medborgarlöfte…"), self.tr("New medborgarlöfte"))
        self.new_button.clicked.connect(self.new_promise)
        self.open_button = button(self.tr("&Open…"), self.tr("Open the selected promise"))
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = button(self.tr("&Delete…"), self.tr("Delete the selected promise"))
        self.delete_button.clicked.connect(self.ask_delete)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_promise)
        self.panel = PromisePanel(promises, runner)
        self.panel.changed.connect(self._live.reload)
        self._lay_out()
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self._update_buttons()

    def _build_table(self) -> QTableView:
        table = read_only_table(self.model, self.tr("Medborgarlöften"))
        table.activated.connect(self._open_index)
        table.horizontalHeader().setStretchLastSection(False)
        table.horizontalHeader().setSectionResizeMode(
            PromiseColumn.TITLE, QHeaderView.ResizeMode.Stretch
        )
        rows = table.verticalHeader().defaultSectionSize()
        table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + 2 * rows + 4)
        return table

    def _lay_out(self) -> None:
        heading = QLabel(self.tr("&Medborgarlöften"))
        heading.setBuddy(self.table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for widget in (self.delete_button, self.open_button, self.new_button):
            buttons.addWidget(widget)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(heading)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the promises and the chosen promise's follow-up again."""
        self._live.reload()
        self.panel.reload()

    def _loaded(self, rows: Sequence[PromiseRow]) -> None:
        selected = self._select_next or self.selected_id()
        self._select_next = None
        self.model.set_rows(rows)
        if selected is None or not self.select(selected):
            this_year = next((r for r in rows if r.year == self.today.year), None)
            if this_year is not None:
                self.select(this_year.id)
            elif rows:
                self.select(self.model.row_at(0).id)
            else:
                self.panel.show_promise(None)
        self._update_count()
        self._update_buttons()

    def on_changes(self, changes: ChangeSet) -> None:
        """Read again when promises or what they count changed; later if hidden."""
        if self._live.on_changes(changes):
            self.panel.reload()

    def showEvent(self, event: QShowEvent) -> None:
        """Read the list when first shown, and catch up with changes made meanwhile."""
        super().showEvent(event)
        if self._live.shown():
            self.panel.reload()

    def clear(self) -> None:
        """Drop everything shown (on lock); nothing is read afterwards."""
        self._live.stop()
        self.model.clear()
        self.panel.clear()
        self._update_count()
        self._update_buttons()

    # -- selection -------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        """The id of the selected promise, if any."""
        rows = self.table.selectionModel().selectedRows()
        value = rows[0].data(PROMISE_ID_ROLE) if rows else None
        return value if isinstance(value, str) else None

    def select(self, promise_id: str) -> bool:
        """Select and show ``promise_id``; False when it is not listed."""
        row = self.model.row_of(promise_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def _chosen(self) -> None:
        promise_id = self.selected_id()
        row = self.model.row_of(promise_id) if promise_id is not None else None
        year = self.model.row_at(row).year if row is not None else None
        self.panel.show_promise(promise_id, year)
        self._update_buttons()

    # -- opening ---------------------------------------------------------------------------

    def new_promise(self) -> PromiseEditor:
        """Open the form for a new promise, starting from the newest one if there is one."""
        template = None
        if self.model.rowCount():
            newest = self.model.row_at(0)
            try:
                data = self._promises.get_promise(newest.id).data
            except KnownError:
                data = None
            if data is not None:
                year = newest.year + 1 if newest.year >= self.today.year else self.today.year
                template = replace(data, year=year, title="", problem="", effects="")
        return self._open_editor(None, template)

    def open_selected(self) -> PromiseEditor | None:
        """Open the selected promise's fields in the form."""
        promise_id = self.selected_id()
        if promise_id is None:
            return None
        try:
            promise = self._promises.get_promise(promise_id)
        except KnownError as exc:
            show_error(exc, self.window())
            self._live.reload()
            return None
        return self._open_editor(promise, None)

    def _open_editor(self, promise: Promise | None, template: PromiseInput | None) -> PromiseEditor:
        editor = PromiseEditor(self._promises, promise, template, self.window())
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._saved)
        editor.open()
        return editor

    def _saved(self, promise: object) -> None:
        if isinstance(promise, Promise):
            self._select_next = promise.id
        self.reload()

    def _open_index(self, index: QModelIndex) -> None:
        if isinstance(index.data(PROMISE_ID_ROLE), str):
            self.open_selected()

    # -- deleting --------------------------------------------------------------------------

    def ask_delete(self) -> None:
        """Ask before deleting the selected promise with its activities."""
        promise_id = self.selected_id()
        row = self.model.row_of(promise_id) if promise_id is not None else None
        if promise_id is None or row is None:
            return
        listed = self.model.row_at(row)
        self._delete_id = promise_id
        box = ask(
            self.window(),
            self.tr("Delete medborgarlöfte"),
            self.tr(
                "Delete the medborgarlöfte “%1” (%2) with its %3 activities and their recorded "
                "results? This cannot be undone."
            )
            .replace("%1", listed.title)
            .replace("%2", str(listed.year))
            .replace("%3", str(listed.activities)),
            self.tr("&Delete"),
            self.tr("&Keep"),
        )
        box.setIcon(QMessageBox.Icon.Warning)
        box.accepted.connect(self._delete_confirmed)

    def _delete_confirmed(self) -> None:
        promise_id, self._delete_id = self._delete_id, None
        if promise_id is None or not self._live.active:
            return
        try:
            self._promises.delete_promise(promise_id)
        except KnownError as exc:
            show_error(exc, self.window())
        self.panel.show_promise(None)
        self._live.reload()

    # -- state -----------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.new_button.setEnabled(self._live.active)

    def _update_count(self) -> None:
        self.count.setText(
            self.tr("Number of promises: %1").replace("%1", str(self.model.rowCount()))
        )
