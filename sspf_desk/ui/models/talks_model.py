"""Table model of bekymringssamtal for the Bekymringssamtal page, with its sort/filter proxy.

``TalksModel`` shows ``ConcernTalkRow`` view-models read-only, one row per talk: the date,
the young person, the place, the orosanmälan answer and the follow-up date. ``TalksProxy``
sorts by ``SORT_ROLE`` (dates as ordinals, texts with å, ä, ö after z) and keeps the rows in
which every word of the search occurs in the young person's name or the place.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt

from sspf_desk.domain.text import SearchQuery, SearchText, swedish_sort_key
from sspf_desk.services.concern_talk_rows import ConcernTalkRow
from sspf_desk.ui.models.base import Index, RowTableModel
from sspf_desk.ui.pages.texts import day_text, enum_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role giving a sort key: ``int`` for dates (empty last), ``str`` otherwise."""
TALK_ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role giving the talk's id (``str``) for any column."""
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 3
"""Role giving the young person's id (``str``) for any column."""
_NO_DATE = 10**7  # sorts after every real date


class TalkColumn(IntEnum):
    """The columns of the talks table, in display order."""

    HELD_ON = 0
    PERSON = 1
    PLACE = 2
    REPORT = 3
    FOLLOW_UP = 4


class TalksModel(RowTableModel[ConcernTalkRow]):
    """Read-only table of talks (the service lists them newest first)."""

    def _header_titles(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("TalksModel", "Date"),
            QCoreApplication.translate("TalksModel", "Young person"),
            QCoreApplication.translate("TalksModel", "Place"),
            QCoreApplication.translate("TalksModel", "Mandatory report"),
            QCoreApplication.translate("TalksModel", "Follow-up"),
        )

    def _row_key(self, row: ConcernTalkRow) -> str:
        return row.id

    def set_rows(self, rows: Sequence[ConcernTalkRow]) -> None:
        """Replace every row."""
        self._reset_rows(rows)

    def clear(self) -> None:
        """Drop every row."""
        self._reset_rows(())

    @staticmethod
    def _text(row: ConcernTalkRow, column: int) -> str:
        texts = (
            day_text(row.held_on),
            row.young_person_name,
            row.place,
            enum_text(row.report_status),
            day_text(row.follow_up_on),
        )
        return texts[column]

    @staticmethod
    def _sort_key(row: ConcernTalkRow, column: int) -> int | str:
        if column == TalkColumn.HELD_ON:
            return row.held_on.toordinal()
        if column == TalkColumn.FOLLOW_UP:
            return row.follow_up_on.toordinal() if row.follow_up_on else _NO_DATE
        return swedish_sort_key(TalksModel._text(row, column))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell texts, sort keys and the ids of the talk and its young person."""
        row = self.row_for_index(index)
        if row is None:
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self._text(row, index.column()) or None
        values: dict[int, object] = {TALK_ID_ROLE: row.id, PERSON_ID_ROLE: row.young_person_id}
        if role == SORT_ROLE:
            return self._sort_key(row, index.column())
        return values.get(role)


class TalksProxy(QSortFilterProxyModel):
    """Sorts ``TalksModel`` by its sort keys and filters by search words."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = SearchQuery.parse("")
        self.setSortRole(SORT_ROLE)

    def set_search_text(self, text: str) -> None:
        """Keep only the talks whose person or place contains every word of ``text``."""
        self.beginFilterChange()
        self._query = SearchQuery.parse(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Whether every search word occurs in the row's person or place."""
        model = self.sourceModel()
        if not isinstance(model, TalksModel) or not self._query.terms:
            return True
        row = model.row_at(source_row)
        return self._query.matches(SearchText.of(row.young_person_name, row.place))
