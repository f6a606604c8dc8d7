"""Table model of young persons for the persons view, plus its sort/search proxy.

``PersonsModel`` holds a list of immutable ``YoungPersonRow`` view-models from the person
service and exposes them read-only, one row per person. ``PersonsProxy`` sorts (names with
Swedish order, dates as dates; done by the model itself for speed) and filters
search-as-you-type with the domain's search
rules: every word typed must occur in the name, the identity number digits, the school,
the class or the area.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QLocale,
    QObject,
    QSortFilterProxyModel,
    Qt,
)

from sspf_desk.domain.text import SearchQuery, SearchText, swedish_sort_key
from sspf_desk.ui.labels import gender_label
from sspf_desk.ui.models.base import Index, RowTableModel

if TYPE_CHECKING:
    from sspf_desk.services.person_index import YoungPersonRow


class Column(IntEnum):
    """The columns of the persons table, in display order."""

    NAME = 0
    IDENTITY = 1
    BIRTH_DATE = 2
    GENDER = 3
    SCHOOL = 4
    SCHOOL_CLASS = 5
    AREA = 6
    GUARDIANS = 7


SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role giving a sort key: ``str`` (collated), ``int`` (dates as ordinals, counts)."""
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role giving the person's id (``str``) for any column."""
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
"""Role giving the row's ``SearchText`` (the same for every column)."""


def _protected_text() -> str:
    return QCoreApplication.translate("PersonsModel", "Protected identity")


@dataclass(frozen=True, slots=True)
class _Cells:
    """Display texts and sort keys of one row, computed once per ``set_rows``."""

    display: tuple[str, ...]
    sort: tuple[str | int, ...]
    search: SearchText


def _cells(row: YoungPersonRow) -> _Cells:
    """Compute what the table shows for ``row``.

    For a protected identity the identity number and the location fields (school, class,
    area) are neither shown nor searchable.
    """
    hidden = row.protected_identity
    school, school_class, area = (
        ("", "", "") if hidden else (row.school, row.school_class, row.area)
    )
    identity = _protected_text() if hidden else row.id_display
    birth = ""
    if row.birth_date is not None:
        day = QDate(row.birth_date.year, row.birth_date.month, row.birth_date.day)
        birth = QLocale().toString(day, QLocale.FormatType.ShortFormat)
    display = (
        ", ".join(part for part in (row.last_name, row.first_name) if part),
        identity,
        birth,
        gender_label(row.gender),
        school,
        school_class,
        area,
        str(row.guardian_count),
    )
    sort: tuple[str | int, ...] = (
        f"{swedish_sort_key(row.last_name)}\t{swedish_sort_key(row.first_name)}",
        "" if hidden else row.id_display,
        row.birth_date.toordinal() if row.birth_date else 0,
        swedish_sort_key(display[Column.GENDER]),
        swedish_sort_key(school),
        swedish_sort_key(school_class),
        swedish_sort_key(area),
        row.guardian_count,
    )
    digits = "" if hidden else row.id_display.replace("-", "")
    search = SearchText.of(row.first_name, row.last_name, digits, school, school_class, area)
    return _Cells(display, sort, search)


class PersonsModel(RowTableModel["YoungPersonRow"]):
    """Read-only table over a list of ``YoungPersonRow``; replace the list with ``set_rows``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cells: list[_Cells] = []
        self._sort_column = Column.NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.generation = 0
        """Incremented whenever rows change place (reset or sort); caches compare it."""

    def _header_titles(self) -> tuple[str, ...]:
        """Translated column titles, in ``Column`` order."""
        return (
            QCoreApplication.translate("PersonsModel", "Name"),
            QCoreApplication.translate("PersonsModel", "Personal identity number"),
            QCoreApplication.translate("PersonsModel", "Birth date"),
            QCoreApplication.translate("PersonsModel", "Gender"),
            QCoreApplication.translate("PersonsModel", "School"),
            QCoreApplication.translate("PersonsModel", "Class"),
            QCoreApplication.translate("PersonsModel", "Area"),
            QCoreApplication.translate("PersonsModel", "Guardians"),
        )

    def _column_count(self) -> int:
        return len(Column)  # asked for per cell; the titles need not be translated for it

    def _row_key(self, row: YoungPersonRow) -> str:
        return row.id

    def set_rows(self, rows: Sequence[YoungPersonRow]) -> None:
        """Replace every row (a model reset), keeping the current sort order."""
        with self._resetting():
            pairs = sorted(zip(rows, map(_cells, rows), strict=True), key=self._pair_key)
            if self._sort_order == Qt.SortOrder.DescendingOrder:
                pairs.reverse()
            self._rows = [row for row, _cells_ in pairs]
            self._cells = [cells for _row, cells in pairs]
            self.generation += 1

    def _pair_key(self, pair: tuple[YoungPersonRow, _Cells]) -> tuple[str | int, str | int]:
        cells = pair[1]
        return cells.sort[self._sort_column], cells.sort[Column.NAME]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in Python by their precomputed keys (ties by name)."""
        if not 0 <= column < len(Column):
            return
        self._sort_column, self._sort_order = Column(column), order
        self.layoutAboutToBeChanged.emit()
        order_of = sorted(
            range(len(self._rows)), key=lambda i: self._pair_key((self._rows[i], self._cells[i]))
        )
        if order == Qt.SortOrder.DescendingOrder:
            order_of.reverse()
        new_row = {old: new for new, old in enumerate(order_of)}
        self._rows = [self._rows[i] for i in order_of]
        self._cells = [self._cells[i] for i in order_of]
        old = self.persistentIndexList()
        self.changePersistentIndexList(
            old, [self.index(new_row[index.row()], index.column()) for index in old]
        )
        self.generation += 1
        self.layoutChanged.emit()

    def matching_rows(self, query: SearchQuery) -> list[bool]:
        """Return, per row, whether it matches ``query`` (the proxy's filter)."""
        return [query.matches(cells.search) for cells in self._cells]

    def clear(self) -> None:
        """Drop every row (used when the program locks)."""
        self.set_rows([])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Display text, sort key, person id or search text of a cell."""
        row = self.row_for_index(index)
        if row is None:
            return None
        cells = self._cells[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cells.display[index.column()]
        if role == SORT_ROLE:
            return cells.sort[index.column()]
        if role == PERSON_ID_ROLE:
            return row.id
        if role == SEARCH_ROLE:
            return cells.search
        return None


class PersonsProxy(QSortFilterProxyModel):
    """Filters ``PersonsModel`` by the words typed in the search field.

    Sorting is passed on to the source model, which sorts its Python list by precomputed
    keys — far faster than Qt calling back into Python for every comparison; the proxy
    keeps the source order. The filter is computed once per query and row order.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = SearchQuery.parse("")
        self._accepted: list[bool] = []
        self._generation = -1

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        """Attach a ``PersonsModel`` (other models are refused)."""
        if not isinstance(model, PersonsModel):
            raise TypeError("PersonsProxy filters a PersonsModel")
        super().setSourceModel(model)

    def _model(self) -> PersonsModel:
        model = self.sourceModel()
        assert isinstance(model, PersonsModel)
        return model

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the source model (this proxy keeps its order)."""
        self._model().sort(column, order)

    def set_search_text(self, text: str) -> None:
        """Show only rows containing every word of ``text`` (rules of ``domain.text``)."""
        query = SearchQuery.parse(text)
        if query == self._query:
            return
        self.beginFilterChange()
        self._query = query
        self._generation = -1
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Accept a row when every search word occurs in its search text."""
        if not self._query.terms:
            return True
        model = self._model()
        if self._generation != model.generation:
            self._accepted = model.matching_rows(self._query)
            self._generation = model.generation
        return self._accepted[source_row]
