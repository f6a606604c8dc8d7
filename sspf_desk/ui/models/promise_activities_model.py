"""Table model of a promise's activities with their follow-up at the chosen quarter.

``PromiseActivitiesModel`` shows the ``ActivityResult`` rows of a ``PromiseReport`` in the
promise's order: the activity, who is responsible, how it is counted, the yearly target,
the part due by the end of the quarter, the result up to then and Ja / Delvis / Nej (as
text, with a light background of its own so the state does not rest on colour alone).
The helpers name the counting kinds and measure kinds in the UI's language for the forms.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from sspf_desk.domain.group_level import MEASURE_KIND_LABELS, MEASURE_KIND_LABELS_EN, MeasureKind
from sspf_desk.domain.promises import (
    FULFILMENT_LABELS,
    FULFILMENT_LABELS_EN,
    ActivityCounting,
    ActivityInput,
    ActivityResult,
    Fulfilment,
    PromiseReport,
    amount_with_unit,
    due_share,
)
from sspf_desk.ui.i18n import current_language
from sspf_desk.ui.models.base import Index, RowTableModel
from sspf_desk.ui.pages.texts import enum_text

ACTIVITY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role giving the activity's id (``str``) for any column."""
FULFILMENT_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role giving the row's ``Fulfilment`` for any column."""

FULFILMENT_BACKGROUND: dict[Fulfilment, QColor] = {
    Fulfilment.YES: QColor("#d9f2dc"),
    Fulfilment.PARTLY: QColor("#fdf0c4"),
    Fulfilment.NO: QColor("#fde2e1"),
}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)


class ActivityColumn(IntEnum):
    """The columns of the activities table, in display order (the answer next to the title)."""

    TITLE = 0
    FULFILMENT = 1
    RESULT = 2
    DUE = 3
    TARGET = 4
    COUNTING = 5
    OWNER = 6


def fulfilment_text(value: Fulfilment) -> str:
    """Ja / Delvis / Nej in the UI's language."""
    labels = FULFILMENT_LABELS_EN if current_language() == "en" else FULFILMENT_LABELS
    return labels[value]


def measure_kind_text(kind: MeasureKind) -> str:
    """The label of a measure kind in the UI's language."""
    labels = MEASURE_KIND_LABELS_EN if current_language() == "en" else MEASURE_KIND_LABELS
    return labels[kind]


def counting_label(counting: ActivityCounting) -> str:
    """How an activity is counted, as offered in the activity form."""
    labels = {
        ActivityCounting.MANUAL: QCoreApplication.translate(
            "PromiseActivitiesModel", "Only the results recorded here"
        ),
        ActivityCounting.MEETINGS: QCoreApplication.translate(
            "PromiseActivitiesModel", "Meetings held of a type"
        ),
        ActivityCounting.MEASURES: QCoreApplication.translate(
            "PromiseActivitiesModel", "Number of group-level measures done"
        ),
        ActivityCounting.MEASURE_HOURS: QCoreApplication.translate(
            "PromiseActivitiesModel", "Hours of group-level measures done"
        ),
    }
    return labels[counting]


def counting_text(data: ActivityInput) -> str:
    """A short description of what is counted ("Hållna möten: Operativ grupp")."""
    if data.counting is ActivityCounting.MEETINGS and data.meeting_type is not None:
        return QCoreApplication.translate("PromiseActivitiesModel", "Meetings held: %1").replace(
            "%1", enum_text(data.meeting_type)
        )
    if data.measure_kind is not None and data.counting in (
        ActivityCounting.MEASURES,
        ActivityCounting.MEASURE_HOURS,
    ):
        text = (
            QCoreApplication.translate("PromiseActivitiesModel", "Measures done: %1")
            if data.counting is ActivityCounting.MEASURES
            else QCoreApplication.translate("PromiseActivitiesModel", "Hours: %1")
        ).replace("%1", measure_kind_text(data.measure_kind))
        return f"{text}, {data.area}" if data.area else text
    return QCoreApplication.translate("PromiseActivitiesModel", "Recorded here")


def amount_text(value: float, unit: str) -> str:
    """An amount with its unit: ``4 000 timmar``, ``1 möte``."""
    return amount_with_unit(value, unit)


class PromiseActivitiesModel(RowTableModel[ActivityResult]):
    """Read-only table of a promise's activities followed up at one quarter."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quarter = 1

    @property
    def quarter(self) -> int:
        """The quarter the rows are followed up at."""
        return self._quarter

    def _header_titles(self) -> tuple[str, ...]:
        quarter = str(self._quarter)
        titles = {
            ActivityColumn.TITLE: QCoreApplication.translate("PromiseActivitiesModel", "Activity"),
            ActivityColumn.FULFILMENT: QCoreApplication.translate(
                "PromiseActivitiesModel", "Q%1 fulfilled"
            ),
            ActivityColumn.RESULT: QCoreApplication.translate(
                "PromiseActivitiesModel", "Result by Q%1"
            ),
            ActivityColumn.DUE: QCoreApplication.translate("PromiseActivitiesModel", "Due by Q%1"),
            ActivityColumn.TARGET: QCoreApplication.translate(
                "PromiseActivitiesModel", "Yearly target"
            ),
            ActivityColumn.COUNTING: QCoreApplication.translate(
                "PromiseActivitiesModel", "Counted"
            ),
            ActivityColumn.OWNER: QCoreApplication.translate(
                "PromiseActivitiesModel", "Responsible"
            ),
        }
        return tuple(titles[column].replace("%1", quarter) for column in ActivityColumn)

    def _column_count(self) -> int:
        return len(ActivityColumn)

    def _row_key(self, row: ActivityResult) -> str:
        return row.activity.id

    def set_report(self, report: PromiseReport) -> None:
        """Show the activities of ``report`` at its quarter (a model reset)."""
        with self._resetting():
            self._quarter = report.quarter
            self._rows = list(report.activities)

    def clear(self) -> None:
        """Drop every row."""
        self._reset_rows(())

    def _text(self, row: ActivityResult, column: int) -> str:
        data = row.activity.data
        texts = {
            ActivityColumn.TITLE: data.title,
            ActivityColumn.FULFILMENT: fulfilment_text(row.fulfilment),
            ActivityColumn.RESULT: amount_text(row.result, data.unit),
            ActivityColumn.DUE: amount_text(due_share(data.target, self._quarter), data.unit),
            ActivityColumn.TARGET: amount_text(data.target, data.unit),
            ActivityColumn.COUNTING: counting_text(data),
            ActivityColumn.OWNER: data.owner,
        }
        return texts[ActivityColumn(column)]

    def _tooltip(self, row: ActivityResult, column: int) -> str:
        data = row.activity.data
        if column == ActivityColumn.RESULT:
            lines = [
                QCoreApplication.translate("PromiseActivitiesModel", "Recorded here: %1").replace(
                    "%1", amount_text(row.manual, data.unit)
                ),
            ]
            if data.counting is not ActivityCounting.MANUAL:
                lines.append(
                    QCoreApplication.translate(
                        "PromiseActivitiesModel", "Counted in SSPF Desk: %1"
                    ).replace("%1", amount_text(row.counted, data.unit))
                )
            for number, value in enumerate(row.by_quarter, start=1):
                line = QCoreApplication.translate(
                    "PromiseActivitiesModel", "By the end of Q%1: %2"
                ).replace("%1", str(number))
                lines.append(line.replace("%2", amount_text(value, data.unit)))
            return "\n".join(lines)
        if column == ActivityColumn.FULFILMENT:
            return QCoreApplication.translate(
                "PromiseActivitiesModel",
                "Yes: the result reaches the part of the target due by the end of the quarter "
                "(a quarter of the yearly target per quarter). Partly: some result, but less. "
                "No: no result yet.",
            )
        return self._text(row, column)

    def _alignment(self, column: int) -> int | None:
        if column in (ActivityColumn.TARGET, ActivityColumn.DUE, ActivityColumn.RESULT):
            return _RIGHT
        return _CENTRE if column == ActivityColumn.FULFILMENT else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell texts, explanations as tooltips, the activity's id and its fulfilment."""
        row = self.row_for_index(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column) or None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column) or None
        if role == Qt.ItemDataRole.BackgroundRole and column == ActivityColumn.FULFILMENT:
            return QBrush(FULFILMENT_BACKGROUND[row.fulfilment])
        values: dict[int, object] = {
            ACTIVITY_ID_ROLE: row.activity.id,
            FULFILMENT_ROLE: row.fulfilment,
            Qt.ItemDataRole.TextAlignmentRole: self._alignment(column),
        }
        return values.get(role)
