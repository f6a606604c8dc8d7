"""Table model of one site's measures for the site dialog's "Åtgärder" tab.

Rows are ``Measure`` objects as the service lists them (open ones first, then newest): the
kind, the description, the responsible sector and organisation, the planned and done
days, the status, the hours and the follow-up date. A follow-up date that has passed while
the measure is still open is shown in red.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from sspf_desk.domain.enums import ActionStatus
from sspf_desk.domain.group_level import (
    MEASURE_KIND_LABELS,
    MEASURE_KIND_LABELS_EN,
    Measure,
    MeasureKind,
)
from sspf_desk.ui.i18n import current_language
from sspf_desk.ui.models.base import Index, RowTableModel
from sspf_desk.ui.models.observations_model import first_line
from sspf_desk.ui.pages.texts import day_text, enum_text

MEASURE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role giving the measure's id (``str``) for any column."""
OPEN_STATUSES = frozenset({ActionStatus.PLANNED, ActionStatus.ONGOING})
LATE_FOREGROUND = QColor("#b00020")


class MeasureColumn(IntEnum):
    """The columns of the measures table."""

    KIND = 0
    DESCRIPTION = 1
    SECTOR = 2
    RESPONSIBLE = 3
    PLANNED_ON = 4
    DONE_ON = 5
    STATUS = 6
    HOURS = 7
    FOLLOW_UP_ON = 8


def measure_kind_text(kind: MeasureKind) -> str:
    """The kind of measure in the UI's language."""
    labels = MEASURE_KIND_LABELS_EN if current_language() == "en" else MEASURE_KIND_LABELS
    return labels[kind]


def hours_text(hours: float | None) -> str:
    """Hours with at most two decimals in the UI's locale ("2,5"); empty when not recorded."""
    if hours is None:
        return ""
    return QLocale().toString(hours, "f", 2).rstrip("0").rstrip(QLocale().decimalPoint())


class MeasuresModel(RowTableModel[Measure]):
    """Read-only table of a site's measures."""

    def __init__(self, parent: QObject | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._today = today

    def _header_titles(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("MeasuresModel", "Measure"),
            QCoreApplication.translate("MeasuresModel", "Description"),
            QCoreApplication.translate("MeasuresModel", "Sector"),
            QCoreApplication.translate("MeasuresModel", "Responsible"),
            QCoreApplication.translate("MeasuresModel", "Planned"),
            QCoreApplication.translate("MeasuresModel", "Done"),
            QCoreApplication.translate("MeasuresModel", "Status"),
            QCoreApplication.translate("MeasuresModel", "Hours"),
            QCoreApplication.translate("MeasuresModel", "Follow-up"),
        )

    def _row_key(self, row: Measure) -> str:
        return row.id

    def set_rows(self, rows: Sequence[Measure]) -> None:
        """Replace every row."""
        self._reset_rows(rows)

    def clear(self) -> None:
        """Drop every row."""
        self._reset_rows(())

    @staticmethod
    def _text(row: Measure, column: int) -> str:
        data = row.data
        texts = (
            measure_kind_text(data.kind),
            first_line(data.description),
            enum_text(data.sector),
            data.responsible,
            day_text(data.planned_on),
            day_text(data.done_on),
            enum_text(data.status),
            hours_text(data.hours),
            day_text(data.follow_up_on),
        )
        return texts[column]

    def is_late(self, row: Measure) -> bool:
        """Whether an open measure's follow-up date has passed."""
        follow_up = row.data.follow_up_on
        today = self._today or date.today()
        return row.data.status in OPEN_STATUSES and follow_up is not None and follow_up < today

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell texts, tooltips, the measure's id; late follow-ups in red."""
        row = self.row_for_index(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return self._extra(row, column).get(role)

    def _tooltip(self, row: Measure, column: int) -> str:
        if column == MeasureColumn.DESCRIPTION:
            return row.data.description
        if column == MeasureColumn.FOLLOW_UP_ON and self.is_late(row):
            return QCoreApplication.translate("MeasuresModel", "The follow-up is due")
        return self._text(row, column)

    def _extra(self, row: Measure, column: int) -> dict[int, object]:
        """The id, right-aligned hours and a late follow-up in red."""
        values: dict[int, object] = {MEASURE_ID_ROLE: row.id}
        if column == MeasureColumn.HOURS:
            values[Qt.ItemDataRole.TextAlignmentRole] = int(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        if column == MeasureColumn.FOLLOW_UP_ON and self.is_late(row):
            values[Qt.ItemDataRole.ForegroundRole] = QBrush(LATE_FOREGROUND)
        return values
