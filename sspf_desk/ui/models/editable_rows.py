"""Editable table model over a list of small frozen dataclasses (one row each), for forms.

A form's list fields — the participants and agreements of a bekymringssamtal, the items of
a standing agenda — are edited in place: each column is one field of the row dataclass,
either free text or a domain enumeration (shown by its label, chosen in a combo box by
``EnumDelegate``). Rows can be added, removed and moved; ``rows_changed`` tells the form.
``set_problems`` marks the cells a validation message is about (``"<row>.<field>"`` keys,
as the domain's ``<list>.<i>.<field>`` messages without the list name): a light red
background and the message as tooltip, so the state does not rest on colour alone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from sspf_desk.ui.pages.texts import enum_text

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")

PROBLEM_BACKGROUND = QColor("#fde2e1")


@dataclass(frozen=True)
class EditColumn:
    """One editable column: the row field it shows, its title and, for enums, the type.

    Attributes:
        field: Name of the row dataclass field.
        title: Returns the translated column title (called on every header look-up).
        choices: The enumeration the field holds, or None for free text.
    """

    field: str
    title: Callable[[], str]
    choices: type[StrEnum] | None = None


class EditableRowsModel(QAbstractTableModel, Generic[RowT]):
    """Rows of a frozen dataclass, edited cell by cell; emits ``rows_changed`` on any change."""

    rows_changed = Signal()

    def __init__(self, columns: Sequence[EditColumn], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: list[RowT] = []
        self._problems: dict[tuple[int, str], str] = {}

    def column(self, number: int) -> EditColumn:
        """The description of column ``number``."""
        return self._columns[number]

    # -- rows ----------------------------------------------------------------------------

    def rows(self) -> tuple[RowT, ...]:
        """Every row, in order."""
        return tuple(self._rows)

    def set_rows(self, rows: Sequence[RowT]) -> None:
        """Replace every row (a model reset); clears the marked problems."""
        self.beginResetModel()
        self._rows = list(rows)
        self._problems = {}
        self.endResetModel()
        self.rows_changed.emit()

    def add_row(self, row: RowT) -> QModelIndex:
        """Append ``row``; return the index of its first cell."""
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(row)
        self.endInsertRows()
        self.rows_changed.emit()
        return self.index(position, 0)

    def remove_row(self, position: int) -> None:
        """Remove the row at ``position`` (nothing when out of range)."""
        if not 0 <= position < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        self._problems = {}
        self.endRemoveRows()
        self.rows_changed.emit()

    def move_row(self, position: int, delta: int) -> int:
        """Move the row at ``position`` by ``delta`` places; return where it is now."""
        target = position + delta
        if not 0 <= position < len(self._rows) or not 0 <= target < len(self._rows):
            return position
        # beginMoveRows names the row the moved one goes in front of (one past when moving down).
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), position, position, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(position))
        self._problems = {}
        self.endMoveRows()
        self.rows_changed.emit()
        return target

    # -- problems --------------------------------------------------------------------------

    def set_problems(self, problems: Mapping[str, str]) -> None:
        """Mark the cells ``{"<row>.<field>": message}`` names (others are cleared)."""
        marked: dict[tuple[int, str], str] = {}
        for key, message in problems.items():
            row_text, _, field = key.partition(".")
            if row_text.isdigit():
                marked[(int(row_text), field)] = message
        if marked == self._problems:
            return
        self._problems = marked
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def problem(self, row: int, column: int) -> str:
        """The message marked on a cell (empty when none)."""
        return self._problems.get((row, self._columns[column].field), "")

    # -- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        """Number of rows (0 under any valid parent: a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        """Number of columns (0 under any valid parent)."""
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Column titles; rows are numbered from 1 (messages name rows by that number)."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title()
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Every cell can be selected and edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def _value(self, index: Index) -> object:
        return getattr(self._rows[index.row()], self._columns[index.column()].field)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text (an enum by its label), the raw value to edit, and problem marks."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._value(index)
        shown = enum_text(value) if isinstance(value, StrEnum) else str(value)
        problem = self.problem(index.row(), index.column())
        values: dict[int, object] = {
            Qt.ItemDataRole.DisplayRole: shown,
            Qt.ItemDataRole.AccessibleTextRole: shown,
            Qt.ItemDataRole.EditRole: value.value if isinstance(value, StrEnum) else str(value),
            Qt.ItemDataRole.ToolTipRole: problem or shown or None,
            Qt.ItemDataRole.AccessibleDescriptionRole: problem or None,
        }
        if problem:
            values[Qt.ItemDataRole.BackgroundRole] = QBrush(PROBLEM_BACKGROUND)
        return values.get(role)

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Change one field of a row (text, or an enumeration by its value)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._rows):
            return False
        column = self._columns[index.column()]
        text = str(value) if value is not None else ""
        new: object = text
        if column.choices is not None:
            try:
                new = column.choices(text)
            except ValueError:
                return False
        if new == self._value(index):
            return True
        changes: dict[str, Any] = {column.field: new}
        self._rows[index.row()] = replace(self._rows[index.row()], **changes)  # type: ignore[type-var]
        self.dataChanged.emit(index, index)
        self.rows_changed.emit()
        return True


class EnumDelegate(QStyledItemDelegate):
    """Edits an enumeration cell with a combo box of its labels."""

    def __init__(self, choices: type[StrEnum], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """A combo box with every value's label."""
        combo = QComboBox(parent)
        combo.setAccessibleName(
            str(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
        )
        for value in self._choices:
            combo.addItem(enum_text(value), value.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Select the cell's value."""
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Store the chosen value."""
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
