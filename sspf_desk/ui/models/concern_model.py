"""Table model of concerns (orosignaler) for the Orosignaler page (see ``concern_proxy``).

``ConcernsModel`` holds immutable ``ConcernRow`` view-models from the concern service and
shows them read-only, one row per concern: dates as dates, urgency and an unanswered
orosanmälan stand out. It sorts itself by precomputed keys (Qt calling back into Python
per comparison is slow on 50 000 rows). ``ConcernsProxy`` filters by outcome, level, an
unanswered orosanmälan and search text by ``ConcernCriteria`` (every word must occur in the
young person's name, the area, the group, the reporter's role, the source or the risks).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from sspf_desk.domain import (
    URGENCY_RANK,
    ConcernLevel,
    ConcernOutcome,
    ReportStatus,
    Sector,
    Urgency,
)
from sspf_desk.domain.text import SearchQuery, SearchText, swedish_sort_key
from sspf_desk.services.concern_rows import ConcernRow
from sspf_desk.ui.models.base import Index, RowTableModel
from sspf_desk.ui.pages.texts import day_text, enum_labels

ALERT_COLOR = QColor("#b00020")


class Column(IntEnum):
    """The columns of the concerns table, in display order."""

    RECEIVED = 0
    URGENCY = 1
    SUBJECT = 2
    REPORT = 3
    OUTCOME = 4
    LEVEL = 5
    SOURCE = 6
    RISKS = 7


SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role giving a sort key: ``str`` (collated) or ``int`` (dates as ordinals, ranks)."""
CONCERN_ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role giving the concern's id (``str``) for any column."""
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 3
"""Role giving the young person's id (``str``, or None at selective level)."""


@dataclass(frozen=True, slots=True)
class RowCells:
    """Display texts, sort keys and search text of one row, computed once per load."""

    display: tuple[str, ...]
    sort: tuple[str | int, ...]
    search: SearchText


def subject_text(row: ConcernRow) -> str:
    """Who or what the concern is about: the young person's name, or the area and group."""
    if row.level is ConcernLevel.INDIVIDUAL:
        return row.young_person_name
    return " – ".join(part for part in (row.area.strip(), row.group_description.strip()) if part)


Labels = Mapping[StrEnum, str]


def label_table() -> dict[StrEnum, str]:
    """Labels of every value the table shows, in the UI's language (look-ups are hot)."""
    return enum_labels(Sector, Urgency, ConcernLevel, ReportStatus, ConcernOutcome)


def row_cells(rows: Sequence[ConcernRow], labels: Labels) -> list[RowCells]:
    """What the table shows for ``rows``; pure Python, so it may run on a worker thread."""
    return [_cells(row, labels) for row in rows]


def _cells(row: ConcernRow, labels: Labels) -> RowCells:
    subject = subject_text(row)
    source = labels[row.source_sector]
    role = row.reporter_role.strip()
    if role and role.casefold() != source.casefold():
        source = f"{source} ({role})"
    outcome = labels[row.outcome]
    if row.outcome_on is not None:
        outcome = f"{outcome}, {day_text(row.outcome_on)}"
    risks = ", ".join(row.risk_labels)
    display = (
        day_text(row.received_on),
        labels[row.urgency],
        subject,
        labels[row.report_status],
        outcome,
        labels[row.level],
        source,
        risks,
    )
    sort: tuple[str | int, ...] = (
        row.received_on.toordinal(),
        URGENCY_RANK[row.urgency],
        swedish_sort_key(subject),
        swedish_sort_key(display[Column.REPORT]),
        swedish_sort_key(outcome),
        swedish_sort_key(display[Column.LEVEL]),
        swedish_sort_key(source),
        swedish_sort_key(risks),
    )
    search = SearchText.of(
        row.young_person_name,
        row.area,
        row.group_description,
        row.reporter_role,
        source,
        *row.risk_labels,
    )
    return RowCells(display, sort, search)


_NO_QUERY = SearchQuery.parse("")


@dataclass(frozen=True, slots=True)
class ConcernCriteria:
    """What the proxy shows: every given criterion must hold."""

    outcome: ConcernOutcome | None = None
    level: ConcernLevel | None = None
    unanswered_only: bool = False
    query: SearchQuery = _NO_QUERY

    def accepts(self, row: ConcernRow, search: SearchText) -> bool:
        """Whether ``row`` (with its search text) passes every criterion."""
        return (
            (self.outcome is None or row.outcome is self.outcome)
            and (self.level is None or row.level is self.level)
            and (not self.unanswered_only or row.report_status is ReportStatus.UNANSWERED)
            and (not self.query.terms or self.query.matches(search))
        )


def _order(
    rows: Sequence[ConcernRow], cells: Sequence[RowCells], column: Column, order: Qt.SortOrder
) -> list[int]:
    """Row positions in the order of ``column`` (ties: date received, then id)."""
    keys = [
        (c.sort[column], r.received_on.toordinal(), r.id) for r, c in zip(rows, cells, strict=True)
    ]
    order_of = sorted(range(len(keys)), key=keys.__getitem__)
    if order == Qt.SortOrder.DescendingOrder:
        order_of.reverse()
    return order_of


def in_order(
    rows: Sequence[ConcernRow], cells: Sequence[RowCells], column: Column, order: Qt.SortOrder
) -> tuple[list[ConcernRow], list[RowCells]]:
    """``rows`` and their ``cells`` sorted by ``column`` (pure: may run on a worker thread)."""
    order_of = _order(rows, cells, column, order)
    return [rows[i] for i in order_of], [cells[i] for i in order_of]


class ConcernsModel(RowTableModel[ConcernRow]):
    """Read-only table over a list of ``ConcernRow``; replace the list with ``set_rows``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cells: list[RowCells] = []
        self._sort_column = Column.RECEIVED
        self._sort_order = Qt.SortOrder.DescendingOrder
        self.generation = 0
        """Incremented whenever rows change place (reset or sort); the proxy compares it."""
        self._positions: dict[str, int] = {}
        self._positions_of = -1

    def _header_titles(self) -> tuple[str, ...]:
        """Translated column titles, in ``Column`` order."""
        return (
            QCoreApplication.translate("ConcernsModel", "Received"),
            QCoreApplication.translate("ConcernsModel", "Urgency"),
            QCoreApplication.translate("ConcernsModel", "Young person or area"),
            QCoreApplication.translate("ConcernsModel", "Mandatory report"),
            QCoreApplication.translate("ConcernsModel", "Outcome"),
            QCoreApplication.translate("ConcernsModel", "Level"),
            QCoreApplication.translate("ConcernsModel", "Source"),
            QCoreApplication.translate("ConcernsModel", "Risk categories"),
        )

    def _column_count(self) -> int:
        return len(Column)  # asked for per cell; the titles need not be translated for it

    @property
    def sort_spec(self) -> tuple[Column, Qt.SortOrder]:
        """The column and order rows are kept in."""
        return self._sort_column, self._sort_order

    def set_rows(
        self,
        rows: Sequence[ConcernRow],
        cells: Sequence[RowCells] | None = None,
        *,
        sorted_by: tuple[Column, Qt.SortOrder] | None = None,
    ) -> None:
        """Replace every row (a model reset), keeping the current sort order.

        Args:
            rows: The concerns.
            cells: Their ``row_cells`` when computed beforehand (e.g. on a worker thread).
            sorted_by: The order ``rows`` and ``cells`` are already in (see ``in_order``);
                they are sorted again unless it is the model's ``sort_spec``.
        """
        if cells is None:
            cells = row_cells(rows, label_table())
        if sorted_by != self.sort_spec:
            rows, cells = in_order(rows, cells, *self.sort_spec)
        with self._resetting():
            self._rows, self._cells = list(rows), list(cells)
            self.generation += 1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by the precomputed keys (ties by date received)."""
        if not 0 <= column < len(Column):
            return
        self._sort_column, self._sort_order = Column(column), order
        self.layoutAboutToBeChanged.emit()
        order_of = _order(self._rows, self._cells, Column(column), order)
        new_row = {old: new for new, old in enumerate(order_of)}
        self._rows = [self._rows[i] for i in order_of]
        self._cells = [self._cells[i] for i in order_of]
        old = self.persistentIndexList()
        self.changePersistentIndexList(
            old, [self.index(new_row[index.row()], index.column()) for index in old]
        )
        self.generation += 1
        self.layoutChanged.emit()

    def accepted_rows(self, criteria: ConcernCriteria) -> list[bool]:
        """Per row, whether it passes ``criteria`` (the proxy's filter)."""
        return [
            criteria.accepts(row, cells.search)
            for row, cells in zip(self._rows, self._cells, strict=True)
        ]

    def clear(self) -> None:
        """Drop every row (used when the program locks)."""
        self.set_rows([])

    def row_of(self, concern_id: str) -> int | None:
        """Return the row showing ``concern_id``, or None."""
        if self._positions_of != self.generation:  # rebuilt once per reset or sort
            self._positions = {row.id: number for number, row in enumerate(self._rows)}
            self._positions_of = self.generation
        return self._positions.get(concern_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Display text, sort key, ids, emphasis and tooltips of a cell."""
        row = self.row_for_index(index)
        if row is None:
            return None
        cells, column = self._cells[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cells.display[column]
        if role == SORT_ROLE:
            return cells.sort[column]
        if role == CONCERN_ID_ROLE:
            return row.id
        if role == PERSON_ID_ROLE:
            return row.young_person_id
        return self._emphasis(row, cells, column, role)

    def _emphasis(self, row: ConcernRow, cells: RowCells, column: int, role: int) -> object:
        alert = (column == Column.URGENCY and row.urgency in (Urgency.HIGH, Urgency.ACUTE)) or (
            column == Column.REPORT and row.report_status is ReportStatus.UNANSWERED
        )
        if role == Qt.ItemDataRole.ForegroundRole and alert:
            return QBrush(ALERT_COLOR)
        if role == Qt.ItemDataRole.FontRole and alert:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.REPORT and row.report_status is ReportStatus.UNANSWERED:
                return QCoreApplication.translate(
                    "ConcernsModel",
                    "Nobody has answered yet whether this calls for a mandatory report.",
                )
            if column in (Column.SUBJECT, Column.RISKS, Column.SOURCE) and cells.display[column]:
                return cells.display[column]
        return None
