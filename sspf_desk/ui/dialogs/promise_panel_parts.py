"""Parts of the promise panel: the chosen activity's progress entries, and small helpers.

``ProgressSection`` lists the progress entries of one activity (date, amount, note) with
their sum, and records, changes or deletes entries through the progress form; it emits
``changed`` after a write so the panel reads the follow-up again. ``default_quarter`` is
the quarter a promise opens at: the current one in the promise's own year.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain.promises import QUARTERS, Activity, Progress
from sspf_desk.errors import KnownError
from sspf_desk.ui.dialogs.promise_progress_editor import ProgressEditor
from sspf_desk.ui.messages import ask, show_error
from sspf_desk.ui.models.promise_activities_model import amount_text
from sspf_desk.ui.models.promise_progress_model import PROGRESS_ID_ROLE, PromiseProgressModel
from sspf_desk.ui.pages.texts import day_text
from sspf_desk.ui.ports_promises import PromisesPort
from sspf_desk.ui.tasks import TaskRunner
from sspf_desk.ui.widgets.tables import read_only_table


def default_quarter(year: int, today: date) -> int:
    """The current quarter in the promise's year; the last of a past year, else the first."""
    if year == today.year:
        return (today.month - 1) // 3 + 1
    return QUARTERS if year < today.year else 1


def button(text: str, accessible_name: str) -> QPushButton:
    """A push button with an accessible name."""
    widget = QPushButton(text)
    widget.setAccessibleName(accessible_name)
    return widget


class ProgressSection(QWidget):
    """The progress entries of the chosen activity with Record / Edit / Delete."""

    changed = Signal()
    """An entry was recorded, changed or deleted."""

    def __init__(
        self, promises: PromisesPort, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._promises = promises
        self._runner = runner
        self._activity: Activity | None = None
        self._year = 0
        self._loads = 0
        self._select_next: str | None = None
        self._delete_id: str | None = None
        self.today = date.today()
        self.title = QLabel()
        self.model = PromiseProgressModel(self)
        self.table = read_only_table(self.model, self.tr("Recorded results"))
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.new_button = button(self.tr("&Record result…"), self.tr("Record a result"))
        self.new_button.clicked.connect(self.new_entry)
        self.edit_button = button(self.tr("C&hange result…"), self.tr("Change the result"))
        self.edit_button.clicked.connect(self.edit_entry)
        self.delete_button = button(self.tr("Delete resul&t…"), self.tr("Delete the result"))
        self.delete_button.clicked.connect(self.ask_delete)
        side = QVBoxLayout()
        for widget in (self.new_button, self.edit_button, self.delete_button):
            side.addWidget(widget)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(row, 1)
        self.title.setBuddy(self.table)
        self.show_activity(None, 0)

    def show_activity(self, activity: Activity | None, year: int) -> None:
        """List the entries of ``activity`` (a promise of ``year``); None empties the list."""
        self._activity, self._year = activity, year
        self._loads += 1
        if activity is None:
            self.title.setText(self.tr("Recorded results"))
            self.model.clear()
            self._update_buttons()
            return
        self.title.setText(
            self.tr("Re&sults recorded for %1").replace(
                "%1", activity.data.title.replace("&", "&&")
            )
        )
        load, port, activity_id = self._loads, self._promises, activity.id
        self._runner.run(lambda: port.progress(activity_id)).on_success(
            lambda rows: self._loaded(load, rows)
        ).start()

    def _loaded(self, load: int, rows: list[Progress]) -> None:
        if load != self._loads or self._activity is None:
            return
        selected = self._select_next or self.selected_id()
        self._select_next = None
        self.model.set_rows(rows, self._activity.data.unit)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    def selected_entry(self) -> Progress | None:
        """The chosen progress entry, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_id(self) -> str | None:
        """The id of the chosen progress entry, if any."""
        entry = self.selected_entry()
        return entry.id if entry is not None else None

    def _activated(self, index: QModelIndex) -> None:
        if isinstance(index.data(PROGRESS_ID_ROLE), str):
            self.edit_entry()

    def new_entry(self) -> ProgressEditor | None:
        """Open the form for a new entry of the chosen activity."""
        return self._open(None)

    def edit_entry(self) -> ProgressEditor | None:
        """Open the chosen entry in the form."""
        entry = self.selected_entry()
        return self._open(entry) if entry is not None else None

    def _open(self, entry: Progress | None) -> ProgressEditor | None:
        if self._activity is None:
            return None
        editor = ProgressEditor(
            self._promises, self._activity, self._year, entry, self.window(), today=self.today
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._saved)
        editor.open()
        return editor

    def _saved(self, entry: object) -> None:
        if isinstance(entry, Progress):
            self._select_next = entry.id
        self.changed.emit()

    def ask_delete(self) -> None:
        """Ask before deleting the chosen entry."""
        entry = self.selected_entry()
        if entry is None or self._activity is None:
            return
        self._delete_id = entry.id
        box = ask(
            self.window(),
            self.tr("Delete result"),
            self.tr("Delete the result %1 of %2?")
            .replace("%1", amount_text(entry.data.amount, self._activity.data.unit))
            .replace("%2", day_text(entry.data.on)),
            self.tr("&Delete"),
            self.tr("&Keep"),
        )
        box.setIcon(QMessageBox.Icon.Warning)
        box.accepted.connect(self._delete_confirmed)

    def _delete_confirmed(self) -> None:
        entry_id, self._delete_id = self._delete_id, None
        if entry_id is None:
            return
        try:
            self._promises.delete_progress(entry_id)
        except KnownError as exc:
            show_error(exc, self.window())
        self.changed.emit()

    def _update_buttons(self) -> None:
        chosen = self.selected_entry() is not None
        self.new_button.setEnabled(self._activity is not None)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
