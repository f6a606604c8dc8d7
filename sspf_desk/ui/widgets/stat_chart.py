"""A bar chart (Qt Charts) of one published lägesbild table, with a note on hidden figures.

One bar set per category over the time buckets when the table has few categories and few
of their non-zero cells are hidden; else one set of the column totals (bars of a few scattered
published cells among many hidden ones would read as "almost nothing happened"). Only
published figures are drawn: a hidden entry (``..``) is never drawn as a value — its bar
has no height, and a note under the chart says that hidden figures are not drawn. The
value axis counts in whole numbers.
"""

from __future__ import annotations

import math

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from sspf_desk.domain.statistics import SituationTable
from sspf_desk.domain.suppression import PublishedCount

# Up to this many categories get a bar set each; more are drawn as their column totals.
MAX_SETS = 6
# Categories are drawn only while at most one non-zero cell in this many is hidden.
HIDDEN_ONE_IN = 3
# From this many buckets on the bucket labels are turned upright.
TURN_LABELS_FROM = 9
_TICKS = 5


def drawn_value(count: PublishedCount) -> float:
    """The bar height of a published figure: the count, or 0 for a hidden one."""
    if count.is_suppressed or not isinstance(count.shown, int):
        return 0.0
    return float(count.shown)


def axis_top(largest: float) -> tuple[int, int]:
    """A round top of the value axis and its tick count, with whole-number steps."""
    if largest <= 0:
        return 1, 2
    rough = largest / (_TICKS - 1)
    magnitude = 10 ** math.floor(math.log10(rough)) if rough >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= rough)
    top = math.ceil(largest / step) * step
    return int(top), int(top // step) + 1


class StatChart(QWidget):
    """Chart view plus the "hidden figures are not drawn" note; ``show_table`` fills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = QChart()
        self.chart.setTheme(QChart.ChartTheme.ChartThemeLight)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setAccessibleName(self.tr("Chart"))
        self.view.setMinimumHeight(200)
        # Nothing to do in the chart: keyboard and screen reader read the table beside it.
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.note = QLabel(self.tr("Hidden figures (..) are not drawn."))
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        self._hidden = False

    @property
    def has_hidden(self) -> bool:
        """Whether a drawn entry is hidden (its bar has no height)."""
        return self._hidden

    def show_table(self, table: SituationTable | None) -> None:
        """Draw ``table`` (or nothing)."""
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self._hidden = False
        if table is None or not table.column_labels:
            self.note.setVisible(False)
            self.view.setAccessibleName(self.tr("Chart"))
            return
        series = QBarSeries()
        series.setBarWidth(0.8)
        lines = self._lines(table)
        for label, counts in lines:
            bar_set = QBarSet(label)
            bar_set.append([drawn_value(c) for c in counts])
            series.append(bar_set)
            self._hidden = self._hidden or any(c.is_suppressed for c in counts)
        self.chart.addSeries(series)
        self._add_axes(series, table, lines)
        self.chart.legend().setVisible(bool(lines))  # also "Totalt" alone: says what is drawn
        self.note.setVisible(self._hidden)
        self.view.setAccessibleName(self.tr("Chart: %1").replace("%1", table.title))

    def _lines(self, table: SituationTable) -> list[tuple[str, tuple[PublishedCount, ...]]]:
        published = table.published
        # Cells with something in them: published zeros would hide how much is missing.
        filled = [c for row in published.cells for c in row if c.is_suppressed or c.shown != 0]
        hidden = sum(c.is_suppressed for c in filled)
        if len(table.row_labels) <= MAX_SETS and HIDDEN_ONE_IN * hidden <= len(filled):
            return list(zip(table.row_labels, published.cells, strict=True))
        return [(self.tr("Total"), published.column_totals)]

    def _add_axes(
        self,
        series: QBarSeries,
        table: SituationTable,
        lines: list[tuple[str, tuple[PublishedCount, ...]]],
    ) -> None:
        buckets = QBarCategoryAxis()
        buckets.append(list(table.column_labels))
        if len(table.column_labels) >= TURN_LABELS_FROM:
            buckets.setLabelsAngle(-90)
        self.chart.addAxis(buckets, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(buckets)
        values = QValueAxis()
        largest = max((drawn_value(c) for _label, counts in lines for c in counts), default=0.0)
        top, ticks = axis_top(largest)
        values.setRange(0, top)
        values.setTickCount(ticks)
        values.setLabelFormat("%d")
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)

    def drawn(self) -> list[tuple[str, list[float]]]:
        """The bar sets as drawn: label and heights (for tests and the accessible summary)."""
        found: list[tuple[str, list[float]]] = []
        for series in self.chart.series():
            if isinstance(series, QBarSeries):
                for bar_set in series.barSets():
                    found.append((bar_set.label(), [bar_set.at(i) for i in range(bar_set.count())]))
        return found
