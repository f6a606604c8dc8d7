"""The open promise on the Medborgarlöften page: its activities, their results, the report.

The panel shows one promise's activities followed up at the chosen quarter (result so far,
the part of the target due, Ja / Delvis / Nej), the progress entries of the chosen
activity, and prints the quarterly follow-up as a PDF. Reads run on the task runner;
writes go through the forms (or, for deleting and moving, straight to the service after a
question) and the panel reads again afterwards. ``clear()`` forgets everything.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain.promises import (
    QUARTERS,
    Activity,
    ActivityCounting,
    ActivityResult,
    Promise,
    PromiseReport,
)
from sspf_desk.errors import KnownError, NotFoundError
from sspf_desk.ui.dialogs.meeting_files import FileExport
from sspf_desk.ui.dialogs.promise_activity_editor import ActivityEditor
from sspf_desk.ui.dialogs.promise_panel_parts import ProgressSection, button, default_quarter
from sspf_desk.ui.messages import ask, show_error
from sspf_desk.ui.models.promise_activities_model import (
    ACTIVITY_ID_ROLE,
    ActivityColumn,
    PromiseActivitiesModel,
    amount_text,
)
from sspf_desk.ui.ports_promises import PromisesPort
from sspf_desk.ui.tasks import TaskRunner
from sspf_desk.ui.widgets.tables import read_only_table


class PromisePanel(QWidget):
    """One promise's follow-up: activities, progress entries, quarter and printing."""

    changed = Signal()
    """The panel changed the promise's activities (the page's list counts them)."""

    def __init__(
        self, promises: PromisesPort, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._promises = promises
        self._runner = runner
        self._promise: Promise | None = None
        self._promise_id: str | None = None
        self._loads = 0
        self._select_next: str | None = None
        self._delete_id: str | None = None
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.quarter = QComboBox()
        self.quarter.setAccessibleName(self.tr("Follow-up quarter"))
        for number in range(1, QUARTERS + 1):
            self.quarter.addItem(self.tr("Quarter %1").replace("%1", str(number)), number)
        self.quarter.currentIndexChanged.connect(self._quarter_changed)
        quarter_label = QLabel(self.tr("Follow-up &at"))
        quarter_label.setBuddy(self.quarter)
        self.print_button = button(
            self.tr("&Print follow-up…"), self.tr("Save the quarterly follow-up as PDF")
        )
        self.print_button.clicked.connect(self.print_report)
        self.printer = FileExport(self, runner)
        self.model = PromiseActivitiesModel(self)
        self.table = self._build_table()
        self.new_button = button(self.tr("New acti&vity…"), self.tr("New activity"))
        self.new_button.clicked.connect(self.new_activity)
        self.edit_button = button(self.tr("&Edit activity…"), self.tr("Edit the activity"))
        self.edit_button.clicked.connect(self.edit_activity)
        self.delete_button = button(
            self.tr("Delete activit&y…"), self.tr("Delete the selected activity")
        )
        self.delete_button.clicked.connect(self.ask_delete_activity)
        self.up_button = button(self.tr("Move &up"), self.tr("Move the activity up"))
        self.up_button.clicked.connect(lambda: self.move_activity(-1))
        self.down_button = button(self.tr("Move do&wn"), self.tr("Move the activity down"))
        self.down_button.clicked.connect(lambda: self.move_activity(1))
        self.progress = ProgressSection(promises, runner)  # parented by the layout, in order
        self.today = date.today()
        self.progress.changed.connect(self.reload)
        self._lay_out(quarter_label)
        self.table.selectionModel().selectionChanged.connect(self._activity_chosen)
        self.clear()

    def _build_table(self) -> QTableView:
        table = read_only_table(
            self.model,
            self.tr("Activities and their follow-up"),
            resize=QHeaderView.ResizeMode.Interactive,
        )
        table.activated.connect(self._activated)
        return table

    def _lay_out(self, quarter_label: QLabel) -> None:
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.details)
        top.addLayout(titles, 1)
        top.addWidget(quarter_label)
        top.addWidget(self.quarter)
        top.addWidget(self.print_button)
        buttons = QHBoxLayout()
        for widget in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.progress, 2)

    # -- loading ---------------------------------------------------------------------------

    def show_promise(self, promise_id: str | None, year: int | None = None) -> None:
        """Show ``promise_id`` (None: nothing) at the default quarter of its ``year``."""
        if promise_id == self._promise_id:
            return
        self.clear()
        self._promise_id = promise_id
        if promise_id is None:
            return
        self.quarter.blockSignals(True)
        self.quarter.setCurrentIndex(default_quarter(year or self.today.year, self.today) - 1)
        self.quarter.blockSignals(False)
        self.reload()

    def chosen_quarter(self) -> int:
        """The quarter followed up (1–4)."""
        return int(self.quarter.currentData())

    def reload(self) -> None:
        """Read the promise's follow-up (with the promise) again, keeping the chosen activity."""
        promise_id = self._promise_id
        if promise_id is None:
            return
        self._loads += 1
        load, port, quarter = self._loads, self._promises, self.chosen_quarter()
        self._runner.run(lambda: port.follow_up(promise_id, quarter)).on_success(
            lambda report: self._loaded(load, report)
        ).on_error(lambda exc: self._failed(load, exc)).start()

    def _loaded(self, load: int, report: PromiseReport) -> None:
        promise = report.promise
        if load != self._loads or promise.id != self._promise_id:
            return  # another promise chosen, or cleared, meanwhile
        selected = self._select_next or self.selected_activity_id()
        self._select_next = None
        first = self._promise is None
        self._promise = promise
        data = promise.data
        self.heading.setText(data.title)
        self.details.setText(
            self.tr("%1 · %2 · %3")
            .replace("%1", str(data.year))
            .replace("%2", data.municipality)
            .replace("%3", data.police_area)
        )
        self.model.set_report(report)
        if first:
            self._size_columns()
        if selected is None or not self.select_activity(selected):
            if self.model.rowCount():
                self.select_activity(self.model.row_at(0).activity.id)
            else:
                self.progress.show_activity(None, 0)
        self._update_buttons()

    def _failed(self, load: int, exc: Exception) -> None:
        if load != self._loads:
            return
        if isinstance(exc, NotFoundError):  # deleted meanwhile
            self.show_promise(None)
            return
        show_error(exc, self.window())

    def _size_columns(self) -> None:
        self.table.resizeColumnsToContents()
        for column, widest in ((ActivityColumn.TITLE, 360), (ActivityColumn.COUNTING, 240)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))

    def _quarter_changed(self) -> None:
        self.reload()

    def clear(self) -> None:
        """Forget the promise and everything read about it."""
        self._loads += 1
        self._promise = None
        self._promise_id = None
        self._select_next = None
        self.heading.setText(self.tr("No promise chosen"))
        self.details.setText(self.tr("Choose a promise in the list, or write a new one."))
        self.model.clear()
        self.progress.show_activity(None, 0)
        self._update_buttons()

    @property
    def today(self) -> date:
        """The day the default quarter and new progress entries start from."""
        return self.progress.today

    @today.setter
    def today(self, day: date) -> None:
        self.progress.today = day

    @property
    def promise(self) -> Promise | None:
        """The promise shown, once read."""
        return self._promise

    # -- selection -------------------------------------------------------------------------

    def selected_activity(self) -> Activity | None:
        """The chosen activity, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).activity if rows else None

    def selected_activity_id(self) -> str | None:
        """The id of the chosen activity, if any."""
        activity = self.selected_activity()
        return activity.id if activity is not None else None

    def select_activity(self, activity_id: str) -> bool:
        """Choose ``activity_id``; False when it is not shown."""
        row = self.model.row_of(activity_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        self._activity_chosen()  # the same row again: read its entries again too
        return True

    def _activity_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        result = self.model.row_at(rows[0].row()) if rows else None
        year = self._promise.data.year if self._promise is not None else 0
        self.progress.show_activity(result.activity if result else None, year)
        self.progress.summary.setText(self._summary(result) if result else "")
        self._update_buttons()

    def _summary(self, result: ActivityResult) -> str:
        """The chosen activity's result by the quarter, and where it comes from."""
        unit = result.activity.data.unit
        quarter = str(self.model.quarter)
        if result.activity.data.counting is ActivityCounting.MANUAL:
            text = self.tr("Result by the end of quarter %1: %2, all recorded here.")
        else:
            text = self.tr(
                "Result by the end of quarter %1: %2, of which %3 counted in SSPF Desk and "
                "%4 recorded here."
            )
        return (
            text.replace("%1", quarter)
            .replace("%2", amount_text(result.result, unit))
            .replace("%3", amount_text(result.counted, unit))
            .replace("%4", amount_text(result.manual, unit))
        )

    def _activated(self, index: QModelIndex) -> None:
        if isinstance(index.data(ACTIVITY_ID_ROLE), str):
            self.edit_activity()

    # -- activities ------------------------------------------------------------------------

    def new_activity(self) -> ActivityEditor | None:
        """Open an empty activity form."""
        return self._open_activity(None)

    def edit_activity(self) -> ActivityEditor | None:
        """Open the chosen activity in its form."""
        activity = self.selected_activity()
        return self._open_activity(activity) if activity is not None else None

    def _open_activity(self, activity: Activity | None) -> ActivityEditor | None:
        if self._promise is None:
            return None
        editor = ActivityEditor(self._promises, self._promise, activity, self.window())
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._activity_saved)
        editor.open()
        return editor

    def _activity_saved(self, activity: object) -> None:
        if isinstance(activity, Activity):
            self._select_next = activity.id
        self.reload()
        self.changed.emit()

    def ask_delete_activity(self) -> None:
        """Ask before deleting the chosen activity with its progress entries."""
        activity = self.selected_activity()
        if activity is None:
            return
        box = ask(
            self.window(),
            self.tr("Delete activity"),
            self.tr(
                "Delete the activity “%1” with its recorded results? This cannot be undone."
            ).replace("%1", activity.data.title),
            self.tr("&Delete"),
            self.tr("&Keep"),
        )
        box.setIcon(QMessageBox.Icon.Warning)
        self._delete_id = activity.id
        box.accepted.connect(self._delete_activity_confirmed)

    def _delete_activity_confirmed(self) -> None:
        activity_id, self._delete_id = self._delete_id, None
        if activity_id is not None and self._promise is not None:
            self._write(lambda: self._promises.delete_activity(activity_id))

    def move_activity(self, offset: int) -> None:
        """Move the chosen activity ``offset`` places (the report keeps this order)."""
        activity_id = self.selected_activity_id()
        if activity_id is not None:
            self._select_next = activity_id
            self._write(lambda: self._promises.move_activity(activity_id, offset))

    def _write(self, change: Callable[[], object]) -> None:
        try:
            change()
        except KnownError as exc:
            show_error(exc, self.window())
        self.reload()
        self.changed.emit()

    # -- printing --------------------------------------------------------------------------

    def print_report(self) -> QFileDialog | None:
        """Ask where to save the follow-up of the chosen quarter, then write the PDF."""
        promise = self._promise
        if promise is None:
            return None
        quarter, port = self.chosen_quarter(), self._promises
        name = f"medborgarlofte-{promise.data.year}-kv{quarter}.pdf"
        return self.printer.save(
            self.tr("Save the follow-up"),
            "PDF (*.pdf)",
            "pdf",
            name,
            lambda: port.report_pdf(promise.id, quarter),
        )

    # -- state -----------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        shown = self._promise is not None
        row = self.table.selectionModel().selectedRows()
        chosen = row[0].row() if row else None
        self.quarter.setEnabled(shown)
        self.print_button.setEnabled(shown)
        self.new_button.setEnabled(shown)
        self.edit_button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(chosen is not None)
        self.up_button.setEnabled(chosen is not None and chosen > 0)
        self.down_button.setEnabled(chosen is not None and chosen < self.model.rowCount() - 1)
