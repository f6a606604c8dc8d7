"""A table of editable rows with Add / Remove (and optionally Move up / Move down) buttons.

Used for a form's list fields (participants and agreements of a bekymringssamtal, the items
of a standing agenda). The table edits an ``EditableRowsModel`` in place; enumeration
columns get a combo box. Adding a row starts editing its first cell at once.
``ListFieldErrors`` shows the validation messages about single rows under the list.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.ui.models.editable_rows import EditableRowsModel, EnumDelegate
from sspf_desk.ui.widgets.field_errors import ErrorLabel, FieldErrors

RowT = TypeVar("RowT")


class _RowsTable(QTableView):
    """A table that asks for room for a few rows (it grows when its form has room)."""

    def __init__(self, visible_rows: int) -> None:
        super().__init__()
        self._visible_rows = visible_rows

    def sizeHint(self) -> QSize:
        """The header and ``visible_rows`` rows."""
        rows = self.verticalHeader().defaultSectionSize() * self._visible_rows
        header = self.horizontalHeader().sizeHint().height()
        return QSize(super().sizeHint().width(), header + rows + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        """The header and two rows."""
        rows = self.verticalHeader().defaultSectionSize() * 2
        header = self.horizontalHeader().sizeHint().height()
        return QSize(super().minimumSizeHint().width(), header + rows + 2 * self.frameWidth())


class RowListEditor(QWidget, Generic[RowT]):
    """The table and its buttons; ``buttons`` is the row callers may add their own to."""

    def __init__(  # noqa: PLR0913 - the texts of the buttons belong to the caller
        self,
        model: EditableRowsModel[RowT],
        name: str,
        new_row: Callable[[], RowT],
        add_text: str,
        remove_text: str,
        *,
        movable: bool = False,
        visible_rows: int = 6,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._new_row = new_row
        self.table = self._build_table(model, name, visible_rows)
        self.add_button = self._button(add_text, add_text, self.add)
        self.remove_button = self._button(remove_text, remove_text, self.remove)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.remove_button)
        self.up_button: QPushButton | None = None
        self.down_button: QPushButton | None = None
        if movable:
            self.up_button = self._button(
                self.tr("Move &up"), self.tr("Move the selected row up"), self.move_up
            )
            self.down_button = self._button(
                self.tr("Move do&wn"), self.tr("Move the selected row down"), self.move_down
            )
            self.buttons.addWidget(self.up_button)
            self.buttons.addWidget(self.down_button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        self.setFocusProxy(self.table)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        model.modelReset.connect(self._update_buttons)
        model.rowsRemoved.connect(self._update_buttons)
        model.rowsMoved.connect(self._update_buttons)
        self._update_buttons()

    def _build_table(
        self, model: EditableRowsModel[RowT], name: str, visible_rows: int
    ) -> QTableView:
        table = _RowsTable(visible_rows)
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        table.setTabKeyNavigation(False)  # Tab leaves the table, as in every other field
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # texts share the width
        for column in range(model.columnCount()):
            choices = model.column(column).choices
            if choices is not None:  # a choice is as wide as its longest label
                table.setItemDelegateForColumn(column, EnumDelegate(choices, table))
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name.replace("&", ""))
        button.clicked.connect(slot)
        return button

    def selected_row(self) -> int | None:
        """The selected row's number, if any."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select_row(self, row: int) -> None:
        """Select ``row`` and make it current."""
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def add(self) -> QModelIndex:
        """Append a new row, select it and start editing its first cell."""
        index = self.model.add_row(self._new_row())
        self.select_row(index.row())
        if self.table.isVisible():
            self.table.edit(index)
        return index

    def remove(self) -> None:
        """Remove the selected row."""
        row = self.selected_row()
        if row is not None:
            self.model.remove_row(row)
            if self.model.rowCount():
                self.select_row(min(row, self.model.rowCount() - 1))

    def move_up(self) -> None:
        """Move the selected row one place up."""
        self._move(-1)

    def move_down(self) -> None:
        """Move the selected row one place down."""
        self._move(1)

    def _move(self, delta: int) -> None:
        row = self.selected_row()
        if row is not None:
            self.select_row(self.model.move_row(row, delta))

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.remove_button.setEnabled(row is not None)
        if self.up_button is not None and self.down_button is not None:
            self.up_button.setEnabled(row is not None and row > 0)
            self.down_button.setEnabled(row is not None and row < self.model.rowCount() - 1)


class ListFieldErrors(FieldErrors):
    """``FieldErrors`` that also routes messages about single rows of a list field.

    A message named ``<list>.<i>.<field>`` (as the domain's validation names them) marks
    that cell in the list's model and is shown under the list as "Row i+1: message",
    together with any message about the list as a whole.
    """

    def __init__(self, general: ErrorLabel) -> None:
        super().__init__(general)
        self._lists: dict[str, EditableRowsModel[Any]] = {}

    def add_list(self, name: str, model: EditableRowsModel[Any]) -> None:
        """Route the row messages of the list field ``name`` to ``model`` (and its label)."""
        self._lists[name] = model

    def show(self, errors: Mapping[str, str]) -> None:
        """Show ``errors``; row messages are folded into their list's message."""
        shown = dict(errors)
        for name, model in self._lists.items():
            prefix = f"{name}."
            cells = {
                key[len(prefix) :]: text for key, text in errors.items() if key.startswith(prefix)
            }
            model.set_problems(cells)
            lines = [shown[name]] if shown.get(name) else []
            for key, text in cells.items():
                del shown[prefix + key]
                row = key.partition(".")[0]
                number = str(int(row) + 1) if row.isdigit() else row
                line = QCoreApplication.translate("ListFieldErrors", "Row %1: %2")
                lines.append(line.replace("%1", number).replace("%2", text))
            if lines:
                shown[name] = "\n".join(dict.fromkeys(lines))
        super().show(shown)
