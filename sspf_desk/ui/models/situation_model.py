"""Models of the Lägesbild page: the list of a picture's tables, and one table's figures.

``SituationTablesModel`` lists the titles of a ``SituationPicture``'s tables (the choice on
the left). ``SituationTableModel`` shows one published ``SituationTable`` read-only: the
first column holds the categories under the table's row heading, then one column per time
bucket and "Total"; the last row holds the column totals. Every figure is the published
label (``PublishedCount.label``): a hidden entry reads ``..`` with ``LEGEND`` as tooltip.
Figures are right-aligned, the totals bold.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from sspf_desk.domain.statistics import SituationTable
from sspf_desk.domain.suppression import LEGEND, PublishedCount
from sspf_desk.ui.models.base import Index, RowTableModel

TABLE_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role giving a table's code name (``str``) in ``SituationTablesModel``."""
HIDDEN_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role telling whether a figure of ``SituationTableModel`` is hidden (``bool``)."""

_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)


class SituationTablesModel(QAbstractListModel):
    """The titles of a picture's tables, in the picture's order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tables: tuple[SituationTable, ...] = ()

    def set_tables(self, tables: Sequence[SituationTable]) -> None:
        """Replace the list (a model reset)."""
        self.beginResetModel()
        self._tables = tuple(tables)
        self.endResetModel()

    def clear(self) -> None:
        """Drop every table."""
        self.set_tables(())

    def table_at(self, row: int) -> SituationTable:
        """The table listed in ``row``."""
        return self._tables[row]

    def row_of(self, key: str) -> int | None:
        """The row of the table with code name ``key``, or None."""
        return next((n for n, t in enumerate(self._tables) if t.key == key), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        """Number of tables (0 under any valid parent: a flat list)."""
        return 0 if parent.isValid() else len(self._tables)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The title (also as tooltip and accessible text) and the code name."""
        if not index.isValid() or not 0 <= index.row() < len(self._tables):
            return None
        table = self._tables[index.row()]
        if role in (*_TEXT_ROLES, Qt.ItemDataRole.ToolTipRole):
            return table.title
        if role == TABLE_KEY_ROLE:
            return table.key
        return None


class SituationTableModel(RowTableModel[tuple[str, tuple[PublishedCount, ...]]]):
    """One published table: categories and a totals row × buckets and a total column.

    Each row object is ``(label, figures)`` with the figures of the buckets followed by the
    row's total; the last row is the totals row.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: SituationTable | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    @property
    def table(self) -> SituationTable | None:
        """The table shown, if any."""
        return self._table

    def set_table(self, table: SituationTable | None) -> None:
        """Show ``table`` (or nothing)."""
        rows: list[tuple[str, tuple[PublishedCount, ...]]] = []
        if table is not None:
            published = table.published
            for label, cells, total in zip(
                table.row_labels, published.cells, published.row_totals, strict=True
            ):
                rows.append((label, (*cells, total)))
            rows.append((self._total_text(), (*published.column_totals, published.grand_total)))
        with self._resetting():
            self._table = table
            self._rows = rows

    def clear(self) -> None:
        """Show nothing."""
        self.set_table(None)

    @staticmethod
    def _total_text() -> str:
        return QCoreApplication.translate("SituationTableModel", "Total")

    def _header_titles(self) -> tuple[str, ...]:
        if self._table is None:
            return ()
        return (self._table.row_heading, *self._table.column_labels, self._total_text())

    def figure(self, row: int, column: int) -> PublishedCount | None:
        """The published figure at ``row``, ``column`` (None in the category column)."""
        if column == 0:
            return None
        return self._rows[row][1][column - 1]

    def _is_total(self, row: int, column: int) -> bool:
        return row == len(self._rows) - 1 or column == self._column_count() - 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Labels, the legend as a hidden entry's tooltip, alignment and bold totals."""
        row = self.row_for_index(index)
        if row is None or not 0 <= index.column() < self._column_count():
            return None
        figure = self.figure(index.row(), index.column())
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if self._is_total(index.row(), index.column()) else None
        if figure is None:  # the category column
            return row[0] if role in (*_TEXT_ROLES, Qt.ItemDataRole.ToolTipRole) else None
        values: dict[int, object] = {
            Qt.ItemDataRole.ToolTipRole: LEGEND if figure.is_suppressed else None,
            HIDDEN_ROLE: figure.is_suppressed,
            Qt.ItemDataRole.TextAlignmentRole: int(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            ),
        }
        return figure.label if role in _TEXT_ROLES else values.get(role)
