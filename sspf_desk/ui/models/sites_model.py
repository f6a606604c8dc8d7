"""Table model of the places and groups for the Platser och grupper page, with its proxy.

``SitesModel`` shows the service's site rows read-only: the name, place or group, the area,
the number of observations and the day of the newest, the open measures and the next
follow-up (in red once it has passed). ``SitesProxy`` sorts by ``SORT_ROLE`` (numbers and
dates as numbers, texts with å, ä, ö after z), hides inactive sites unless asked, and keeps
the rows in which every word of the search occurs in the name or the area.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QPalette

from sspf_desk.domain.group_level import SITE_KIND_LABELS, SITE_KIND_LABELS_EN, SiteKind
from sspf_desk.domain.text import SearchQuery, SearchText, swedish_sort_key
from sspf_desk.services.group_level_rows import SiteRow
from sspf_desk.ui.i18n import current_language
from sspf_desk.ui.models.base import Index, RowTableModel
from sspf_desk.ui.models.measures_model import LATE_FOREGROUND
from sspf_desk.ui.pages.texts import day_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role giving a sort key: ``int`` for counts and dates (no date last), ``str`` otherwise."""
SITE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role giving the site's id (``str``) for any column."""
_NO_DATE = 10**7  # sorts after every real date


class SiteColumn(IntEnum):
    """The columns of the sites table, in display order."""

    NAME = 0
    KIND = 1
    AREA = 2
    OBSERVATIONS = 3
    LAST_OBSERVED = 4
    OPEN_MEASURES = 5
    NEXT_FOLLOW_UP = 6


_NUMBERS = (SiteColumn.OBSERVATIONS, SiteColumn.OPEN_MEASURES)


def site_kind_text(kind: SiteKind) -> str:
    """ "Plats" or "Grupp" in the UI's language."""
    labels = SITE_KIND_LABELS_EN if current_language() == "en" else SITE_KIND_LABELS
    return labels[kind]


class SitesModel(RowTableModel[SiteRow]):
    """Read-only table of places and groups."""

    def __init__(self, parent: QObject | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._today = today

    def is_late(self, row: SiteRow) -> bool:
        """Whether the site's next follow-up date has passed."""
        return row.next_follow_up is not None and row.next_follow_up < (self._today or date.today())

    def _header_titles(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("SitesModel", "Place or group"),
            QCoreApplication.translate("SitesModel", "Kind"),
            QCoreApplication.translate("SitesModel", "Area"),
            QCoreApplication.translate("SitesModel", "Observations"),
            QCoreApplication.translate("SitesModel", "Last observed"),
            QCoreApplication.translate("SitesModel", "Open measures"),
            QCoreApplication.translate("SitesModel", "Next follow-up"),
        )

    def _row_key(self, row: SiteRow) -> str:
        return row.id

    def set_rows(self, rows: Sequence[SiteRow]) -> None:
        """Replace every row."""
        self._reset_rows(rows)

    def clear(self) -> None:
        """Drop every row."""
        self._reset_rows(())

    @staticmethod
    def _text(row: SiteRow, column: int) -> str:
        texts = (
            row.name,
            site_kind_text(row.kind),
            row.area,
            str(row.observations),
            day_text(row.last_observed_on),
            str(row.open_measures),
            day_text(row.next_follow_up),
        )
        return texts[column]

    @staticmethod
    def _sort_key(row: SiteRow, column: int) -> int | str:
        if column == SiteColumn.OBSERVATIONS:
            return row.observations
        if column == SiteColumn.OPEN_MEASURES:
            return row.open_measures
        if column in (SiteColumn.LAST_OBSERVED, SiteColumn.NEXT_FOLLOW_UP):
            day = row.last_observed_on if column == SiteColumn.LAST_OBSERVED else row.next_follow_up
            return day.toordinal() if day is not None else _NO_DATE
        return swedish_sort_key(SitesModel._text(row, column))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell texts, sort keys, the site's id; inactive sites greyed and marked."""
        row = self.row_for_index(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column) or None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        return self._extra(row, column).get(role)

    def _tooltip(self, row: SiteRow, column: int) -> str | None:
        if not row.active:
            return QCoreApplication.translate("SitesModel", "No longer followed (inactive)")
        if column == SiteColumn.NEXT_FOLLOW_UP and self.is_late(row):
            return QCoreApplication.translate("SitesModel", "The follow-up is due")
        return self._text(row, column) or None

    def _extra(self, row: SiteRow, column: int) -> dict[int, object]:
        """The id, right-aligned counts, grey text for inactive sites, a late follow-up red."""
        values: dict[int, object] = {SITE_ID_ROLE: row.id}
        if column in _NUMBERS:
            values[Qt.ItemDataRole.TextAlignmentRole] = int(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        if not row.active:
            values[Qt.ItemDataRole.ForegroundRole] = QPalette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        elif column == SiteColumn.NEXT_FOLLOW_UP and self.is_late(row):
            values[Qt.ItemDataRole.ForegroundRole] = QBrush(LATE_FOREGROUND)
        return values


class SitesProxy(QSortFilterProxyModel):
    """Sorts ``SitesModel`` by its sort keys; filters by activity and search words."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = SearchQuery.parse("")
        self._show_inactive = False
        self.setSortRole(SORT_ROLE)

    def set_search_text(self, text: str) -> None:
        """Keep only the sites whose name or area contains every word of ``text``."""
        self.beginFilterChange()
        self._query = SearchQuery.parse(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_inactive(self, show: bool) -> None:
        """Show the sites no longer followed too (hidden by default)."""
        self.beginFilterChange()
        self._show_inactive = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Whether the row is active (or inactive ones are shown) and matches the search."""
        model = self.sourceModel()
        if not isinstance(model, SitesModel):
            return True
        row = model.row_at(source_row)
        if not row.active and not self._show_inactive:
            return False
        return not self._query.terms or self._query.matches(SearchText.of(row.name, row.area))
