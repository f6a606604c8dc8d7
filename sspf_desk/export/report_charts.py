"""Charts for the printed reports (lägesbild, medborgarlöfte), drawn with reportlab.graphics.

Every text is set in the embedded DejaVu sans, axis titles are Swedish, and the colours are
plain DeviceRGB without transparency (the PDFs are PDF/A). Two charts:

* :func:`totals_chart`: one bar per time bucket (the published column totals of a table).
  A hidden value (``None``) is never drawn as a bar: its slot gets a grey hatched band over
  the whole plot height marked ``..``, so it cannot be read as 0 or as a small value. Long
  bucket lists (36 months) get rotated labels.
* :func:`trend_chart`: an activity's cumulative result per quarter (bars) against the part of
  its yearly target due by the end of each quarter (a dashed line).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Final

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Group, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from sspf_desk.domain.promises import QUARTERS, format_amount
from sspf_desk.domain.suppression import HIDDEN_LABEL
from sspf_desk.export.fonts import SANS, SANS_BOLD

#: What a hidden value is marked with (the published tables' label for a hidden entry).
HIDDEN_MARK: Final = HIDDEN_LABEL
BAR = colors.HexColor("#3f6e9a")
HIDDEN_FILL = colors.HexColor("#e4e4e4")
HIDDEN_HATCH = colors.HexColor("#9a9a9a")
DUE_LINE = colors.HexColor("#b5452c")
AXIS = colors.HexColor("#5a5a5a")
GRID = colors.HexColor("#d9dde3")
TEXT = colors.HexColor("#222222")
LABEL_SIZE = 7.0
SMALL_LABEL_SIZE = 6.5
TITLE_SIZE = 7.5
#: Above this many buckets the bars carry no value labels (the table has the figures).
MAX_VALUE_LABELS = 12
_HATCH_STEP = 4.0
#: The widest bar (a chart of three quarters would otherwise be mostly bar).
MAX_BAR_WIDTH = 30.0


def nice_scale(largest: float, smallest: float = 0.0) -> tuple[float, float, float]:
    """A value axis (minimum, maximum, step) with about five steps of 1, 2 or 5 × 10^k.

    The axis always includes 0 and reaches at least 5 (an all-zero chart still has a scale).
    """
    low = min(0.0, smallest)
    high = max(largest, 0.0)
    span = max(high - low, 5.0)
    raw = span / 5
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(step, 1.0)
    bottom = math.floor(low / step) * step
    top = max(math.ceil(high / step) * step, math.ceil((low + span) / step) * step)
    return bottom, top, step


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose renderer starts in the embedded sans (not Helvetica, which PDF/A
    would reject as an unembedded font)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = SANS
    drawing.initialFontSize = LABEL_SIZE
    return drawing


def _hatched_band(x: float, y: float, width: float, height: float) -> list[Rect | Line]:
    """A grey band with diagonal hatching, clipped to its rectangle."""
    shapes: list[Rect | Line] = [
        Rect(x, y, width, height, fillColor=HIDDEN_FILL, strokeColor=None, strokeWidth=0)
    ]
    start = y - width
    while start < y + height:
        t0 = max(0.0, y - start)
        t1 = min(width, y + height - start)
        if t1 > t0:
            shapes.append(
                Line(
                    x + t0,
                    start + t0,
                    x + t1,
                    start + t1,
                    strokeColor=HIDDEN_HATCH,
                    strokeWidth=0.5,
                )
            )
        start += _HATCH_STEP
    return shapes


def _vertical_title(x: float, y: float, text: str, size: float) -> Group:
    """An axis title read bottom to top, centred on (x, y)."""
    group = Group(
        String(0, 0, text, fontName=SANS, fontSize=size, fillColor=TEXT, textAnchor="middle")
    )
    group.translate(x, y)
    group.rotate(90)
    return group


def _label_layout(labels: Sequence[str], slot: float) -> tuple[float, float, float]:
    """Angle, font size and the height the category labels need below the axis."""
    size = LABEL_SIZE if len(labels) <= MAX_VALUE_LABELS else SMALL_LABEL_SIZE
    widest = max((stringWidth(label, SANS, size) for label in labels), default=0.0)
    if widest + 4 <= slot:
        return 0.0, size, size + 6
    if len(labels) <= MAX_VALUE_LABELS and widest * 0.8 + 4 <= slot * 2.5:
        return 30.0, size, widest * 0.5 + size + 6
    return 90.0, size, widest + 5


def _bar_chart(
    box: tuple[float, float, float, float],
    categories: list[str],
    scale: tuple[float, float, float],
    size: float,
) -> VerticalBarChart:
    """A bar chart at ``box`` (x, y, width, height) in the report's fonts and colours."""
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = box
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.strokeColor = AXIS
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = size
    chart.categoryAxis.labels.fillColor = TEXT
    chart.categoryAxis.labels.dy = -3
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = scale
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.labels.fillColor = TEXT
    chart.valueAxis.labelTextFormat = lambda v: format_amount(float(v))
    chart.valueAxis.strokeColor = AXIS
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    return chart


def totals_chart(
    labels: Sequence[str],
    values: Sequence[int | None],
    *,
    width: float,
    plot_height: float = 105.0,
    axis_title: str = "",
    value_title: str = "Antal",
) -> Drawing:
    """A bar chart of one value per category; ``None`` marks a hidden value (``..``).

    Args:
        labels: The category (bucket) labels, in order.
        values: One published value per label, or None when it is hidden.
        width: The drawing's width in points.
        plot_height: The height of the plotting area in points.
        axis_title: The category axis title ("Månad").
        value_title: The value axis title.

    Raises:
        ValueError: ``labels`` and ``values`` differ in length, or are empty.
    """
    if len(labels) != len(values) or not labels:
        raise ValueError("a chart needs one value per label, at least one")
    left = 34.0
    plot_width = width - left - 6
    slot = plot_width / len(labels)
    angle, size, label_room = _label_layout(labels, slot)
    bottom = label_room + (TITLE_SIZE + 6 if axis_title else 0)
    top_room = 10.0
    drawing = _drawing(width, bottom + plot_height + top_room)
    shown = [v for v in values if v is not None]
    low, high, step = nice_scale(max(shown, default=0), min(shown, default=0))

    for slot_no, value in enumerate(values):
        if value is None:
            band = min(slot * 0.8, MAX_BAR_WIDTH)
            band_x = left + (slot_no + 0.5) * slot - band / 2
            for shape in _hatched_band(band_x, bottom, band, plot_height):
                drawing.add(shape)
            drawing.add(
                String(
                    left + (slot_no + 0.5) * slot,
                    bottom + plot_height + 2,
                    HIDDEN_MARK,
                    fontName=SANS_BOLD,
                    fontSize=LABEL_SIZE,
                    fillColor=TEXT,
                    textAnchor="middle",
                )
            )

    chart = _bar_chart(
        (left, bottom, plot_width, plot_height),
        list(labels),
        (low, high, step),
        size,
    )
    chart.data = [list(values)]
    chart.categoryAxis.labels.angle = angle
    chart.categoryAxis.labels.boxAnchor = "n" if angle == 0 else "ne" if angle < 90 else "e"
    chart.categoryAxis.labels.dy = -3 if angle == 0 else -2
    chart.categoryAxis.labels.dx = 0 if angle == 0 else 2 if angle < 90 else 0
    bar = min(slot * 0.7, MAX_BAR_WIDTH)
    chart.barWidth = 10
    chart.groupSpacing = 10 * (slot / bar - 1)
    if len(labels) <= MAX_VALUE_LABELS:
        chart.barLabelFormat = lambda v: format_amount(float(v))
        chart.barLabels.fontName = SANS
        chart.barLabels.fontSize = LABEL_SIZE
        chart.barLabels.fillColor = TEXT
        chart.barLabels.nudge = 6
    drawing.add(chart)

    drawing.add(_vertical_title(9, bottom + plot_height / 2, value_title, TITLE_SIZE))
    if axis_title:
        drawing.add(
            String(
                left + plot_width / 2,
                3,
                axis_title,
                fontName=SANS,
                fontSize=TITLE_SIZE,
                fillColor=TEXT,
                textAnchor="middle",
            )
        )
    return drawing


def trend_chart(
    by_quarter: Sequence[float],
    target: float,
    *,
    unit: str,
    width: float = 230.0,
    plot_height: float = 70.0,
) -> Drawing:
    """An activity's cumulative result per quarter against the target's due share.

    Args:
        by_quarter: The cumulative result at the end of quarters 1..n (n ≤ 4).
        target: The yearly target; the line shows target × q / 4 for q = 1..4.
        unit: What is counted ("timmar"): the value axis title.
        width: The drawing's width in points.
        plot_height: The height of the plotting area in points.
    """
    left = 40.0
    legend_room = 14.0
    plot_width = width - left - 6
    bottom = LABEL_SIZE + 8
    drawing = _drawing(width, bottom + plot_height + 8 + legend_room)
    due = [target * q / QUARTERS for q in range(1, QUARTERS + 1)]
    low, high, step = nice_scale(max([*by_quarter, *due], default=0), min(by_quarter, default=0))

    chart = _bar_chart(
        (left, bottom, plot_width, plot_height),
        [f"kv {q}" for q in range(1, QUARTERS + 1)],
        (low, high, step),
        LABEL_SIZE,
    )
    chart.valueAxis.labels.fontSize = SMALL_LABEL_SIZE
    padded: list[float | None] = [*by_quarter, *([None] * (QUARTERS - len(by_quarter)))]
    chart.data = [padded[:QUARTERS]]
    chart.groupSpacing = 14
    drawing.add(chart)

    slot = plot_width / QUARTERS

    def y_of(value: float) -> float:
        return bottom + (value - low) / (high - low) * plot_height

    points: list[float] = []
    for q, value in enumerate(due):
        points += [left + (q + 0.5) * slot, y_of(value)]
    drawing.add(PolyLine(points, strokeColor=DUE_LINE, strokeWidth=1.2, strokeDashArray=[3, 2]))
    for q in range(QUARTERS):
        x, y = points[2 * q], points[2 * q + 1]
        drawing.add(Rect(x - 1.6, y - 1.6, 3.2, 3.2, fillColor=DUE_LINE, strokeColor=None))

    drawing.add(_vertical_title(8, bottom + plot_height / 2, unit, SMALL_LABEL_SIZE))
    legend_y = bottom + plot_height + 9
    drawing.add(Rect(left, legend_y, 8, 6, fillColor=BAR, strokeColor=None))
    drawing.add(String(left + 11, legend_y + 0.5, "Resultat hittills", fontName=SANS, fontSize=6.5))
    line_x = left + 16 + stringWidth("Resultat hittills", SANS, 6.5)
    drawing.add(
        Line(
            line_x,
            legend_y + 3,
            line_x + 12,
            legend_y + 3,
            strokeColor=DUE_LINE,
            strokeWidth=1.2,
            strokeDashArray=[3, 2],
        )
    )
    drawing.add(String(line_x + 15, legend_y + 0.5, "Andel av målet", fontName=SANS, fontSize=6.5))
    return drawing


__all__ = ["HIDDEN_MARK", "nice_scale", "totals_chart", "trend_chart"]
