"""Table model of a list-import preview for the import wizard, plus a "problems only" proxy.

One row per list row: line number, what will happen, the value of every mapped field, and
the messages. Rows that will not be imported are tinted (red for problems, yellow for
duplicates), the cells with a problem more strongly, with the message as tooltip.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from sspf_desk.services.import_preview import ImportPreview, PreviewRow, RowAction
from sspf_desk.ui.import_labels import field_label
from sspf_desk.ui.models.base import Index, RowTableModel

ACTION_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role giving the row's ``RowAction`` value as text (any column)."""
LINE_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role giving the row's line number in the file (any column)."""

_ROW_TINT = {RowAction.SKIP: QColor("#fde7e9"), RowAction.DUPLICATE: QColor("#fff4ce")}
_CELL_TINT = QColor("#f6b8bf")
_INK = QColor("#1b1b1b")


class FixedColumn(IntEnum):
    """The columns before the field columns."""

    LINE = 0
    ACTION = 1
    MESSAGES = 2


def action_label(action: RowAction) -> str:
    """Translated name of what happens to a row."""
    labels = {
        RowAction.CREATE: QCoreApplication.translate("ImportPreviewModel", "Import"),
        RowAction.SKIP: QCoreApplication.translate("ImportPreviewModel", "Skip (problems)"),
        RowAction.DUPLICATE: QCoreApplication.translate("ImportPreviewModel", "Duplicate"),
    }
    return labels[action]


class ImportPreviewModel(RowTableModel[PreviewRow]):
    """Read-only rows of an ``ImportPreview``; ``set_preview`` replaces them."""

    # Widest the messages column starts (pixels); the tooltip holds the whole text.
    MESSAGES_WIDTH = 360

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._preview: ImportPreview | None = None
        self._fields: tuple[str, ...] = ()

    def _header_titles(self) -> tuple[str, ...]:
        """Translated column titles: line, action, messages, then the fields."""
        return (
            QCoreApplication.translate("ImportPreviewModel", "Line"),
            QCoreApplication.translate("ImportPreviewModel", "Action"),
            QCoreApplication.translate("ImportPreviewModel", "Messages"),
            *(field_label(field) for field in self._fields),
        )

    def _column_count(self) -> int:
        """Line, action, messages, one column per field."""
        return len(FixedColumn) + len(self._fields)

    def set_preview(self, preview: ImportPreview | None) -> None:
        """Show ``preview`` (``None`` empties the table); a model reset."""
        with self._resetting():
            self._preview = preview
            self._rows = list(preview.rows) if preview is not None else []
            self._fields = preview.fields if preview is not None else ()

    @property
    def preview(self) -> ImportPreview | None:
        """The preview shown, if any."""
        return self._preview

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text, tooltip, tint, action and line number."""
        row = self.row_for_index(index)
        if row is None:
            return None
        column = index.column()
        if role == ACTION_ROLE:
            return row.action.value
        if role == LINE_ROLE:
            return row.line_no
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column, self._field_of(column))
        return self._decoration(row, column, role)

    def _decoration(self, row: PreviewRow, column: int, role: int) -> object:
        """Tooltip, tint, ink and alignment of a cell."""
        field = self._field_of(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if field is not None:
                return row.errors.get(field)
            return self._messages(row) if column == FixedColumn.MESSAGES else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return (
                _CELL_TINT
                if field is not None and field in row.errors
                else _ROW_TINT.get(row.action)
            )
        if role == Qt.ItemDataRole.ForegroundRole:
            return _INK if row.action is not RowAction.CREATE else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == FixedColumn.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _field_of(self, column: int) -> str | None:
        offset = column - len(FixedColumn)
        return self._fields[offset] if 0 <= offset < len(self._fields) else None

    def _text(self, row: PreviewRow, column: int, field: str | None) -> str:
        if column == FixedColumn.LINE:
            return str(row.line_no)
        if column == FixedColumn.ACTION:
            return action_label(row.action)
        if field is not None:
            return row.values.get(field, "")
        return self._messages(row)

    def _messages(self, row: PreviewRow) -> str:
        return " ".join(f"{field_label(key)}: {text}" for key, text in row.errors.items())


class ProblemsProxy(QSortFilterProxyModel):
    """Shows every row, or only the rows that will not be imported."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems_only = False

    def set_problems_only(self, on: bool) -> None:
        """Hide the rows that will be imported when ``on``."""
        if on != self._problems_only:
            self.beginFilterChange()
            self._problems_only = on
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Accept a row unless only problems are shown and it will be imported."""
        if not self._problems_only:
            return True
        model = self.sourceModel()
        action = model.index(source_row, 0, source_parent).data(ACTION_ROLE)
        return bool(action != RowAction.CREATE.value)
