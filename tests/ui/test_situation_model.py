"""The Lägesbild models and chart: published labels, hidden entries, totals, bar sets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sspf_desk.domain.statistics import Granularity, StatsQuery
from sspf_desk.domain.suppression import LEGEND
from sspf_desk.ui.i18n import install_translator
from sspf_desk.ui.models.situation_model import (
    HIDDEN_ROLE,
    TABLE_KEY_ROLE,
    SituationTableModel,
    SituationTablesModel,
)
from sspf_desk.ui.widgets.stat_chart import MAX_SETS, StatChart, axis_top
from tests.ui.fakes_situation import AREAS, SECTORS, hand_table, make_picture, table_of

YEAR_BY_MONTH = StatsQuery(date(2026, 1, 1), date(2026, 12, 31), Granularity.MONTH)
EIGHT_MONTHS = StatsQuery(date(2026, 1, 1), date(2026, 8, 31), Granularity.MONTH)


def texts(model: SituationTableModel) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_table_model_shows_published_labels_and_totals(qtmodeltester: ModelTester) -> None:
    model = SituationTableModel()
    assert model.rowCount() == 0 and model.columnCount() == 0
    model.set_table(hand_table())
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Sektor", "jan 2026", "feb 2026", "mar 2026", "Total"]
    rows = texts(model)
    assert rows[0] == ["Skola", "12", "..", "..", "16"]
    assert rows[1][0:2] == ["Socialtjänst", "0"]
    assert rows[2] == ["Total", "12", "5", "6", "23"]


def test_hidden_entries_carry_the_legend_and_figures_align_right() -> None:
    model = SituationTableModel()
    model.set_table(hand_table())
    hidden, known = model.index(0, 2), model.index(0, 1)
    assert hidden.data(HIDDEN_ROLE) is True and known.data(HIDDEN_ROLE) is False
    assert hidden.data(Qt.ItemDataRole.ToolTipRole) == LEGEND
    assert LEGEND.startswith(".. = uppgiften visas inte")
    assert known.data(Qt.ItemDataRole.ToolTipRole) is None
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert known.data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    total_row, total_column = model.index(2, 1), model.index(0, 4)
    for index in (total_row, total_column):
        font = index.data(Qt.ItemDataRole.FontRole)
        assert isinstance(font, QFont) and font.bold()
    assert known.data(Qt.ItemDataRole.FontRole) is None
    model.clear()
    assert model.rowCount() == 0 and model.table is None


def test_swedish_total_heading(qtmodeltester: ModelTester) -> None:
    install_translator("sv")
    model = SituationTableModel()
    model.set_table(make_picture(YEAR_BY_MONTH).table("concerns_by_area"))
    qtmodeltester.check(model)
    assert model.columnCount() == 14
    assert model.headerData(13, Qt.Orientation.Horizontal) == "Totalt"
    assert model.index(len(AREAS), 0).data() == "Totalt"


def test_tables_model_lists_titles_and_keys(qtmodeltester: ModelTester) -> None:
    model = SituationTablesModel()
    picture = make_picture(YEAR_BY_MONTH)
    model.set_tables(picture.tables)
    qtmodeltester.check(model)
    assert [model.index(r).data() for r in range(2)] == [
        "Nya orosignaler per sektor",
        "Nya orosignaler per område",
    ]
    assert model.index(1).data(TABLE_KEY_ROLE) == "concerns_by_area"
    assert model.row_of("concerns_by_area") == 1 and model.row_of("nope") is None
    model.clear()
    assert model.rowCount() == 0


@pytest.mark.parametrize(
    ("largest", "top", "ticks"),
    [(0, 1, 2), (3, 3, 4), (7, 8, 5), (23, 30, 4), (1234, 1500, 4), (5000, 6000, 4)],
)
def test_value_axis_has_whole_steps(largest: float, top: int, ticks: int) -> None:
    assert axis_top(largest) == (top, ticks)
    assert top % (ticks - 1) == 0 or largest == 0


def test_chart_draws_one_set_per_category_and_hidden_entries_as_nothing(qtbot: QtBot) -> None:
    chart = StatChart()
    qtbot.addWidget(chart)
    chart.show()
    counts = [
        [12, 9, 15, 8, 10, 11, 14, 9],
        [3, 10, 7, 11, 9, 6, 8, 12],
        [7, 8, 9, 10, 11, 12, 13, 14],
    ]
    table = table_of(
        "concerns_by_sector", "Per sektor", "Sektor", SECTORS[:3], counts, EIGHT_MONTHS
    )
    assert [row[:-1] for row in table.published.labels()[:3]] == [
        ("12", "..", "15", "..", "10", "..", "14", "9"),  # one cell in three hidden
        ("..", "10", "7", "11", "9", "..", "8", "12"),
        ("..", "..", "9", "..", "11", "12", "13", "14"),
    ]
    chart.show_table(table)
    assert chart.drawn() == [
        ("Skola", [12.0, 0.0, 15.0, 0.0, 10.0, 0.0, 14.0, 9.0]),
        ("Socialtjänst", [0.0, 10.0, 7.0, 11.0, 9.0, 0.0, 8.0, 12.0]),
        ("Polis", [0.0, 0.0, 9.0, 0.0, 11.0, 12.0, 13.0, 14.0]),
    ]
    assert chart.has_hidden and chart.note.isVisible()
    assert chart.chart.legend().isVisible()
    assert chart.view.accessibleName() == "Chart: Per sektor"
    chart.show_table(None)
    assert chart.drawn() == [] and not chart.note.isVisible()
    assert chart.chart.axes() == []


def test_chart_draws_column_totals_when_most_cells_are_hidden(qtbot: QtBot) -> None:
    chart = StatChart()
    qtbot.addWidget(chart)
    chart.show()
    chart.show_table(hand_table())  # four cells of six hidden: the bars would mislead
    assert chart.drawn() == [("Total", [12.0, 5.0, 6.0])]
    assert not chart.has_hidden and not chart.note.isVisible()


def test_chart_draws_column_totals_when_there_are_many_categories(qtbot: QtBot) -> None:
    chart = StatChart()
    qtbot.addWidget(chart)
    chart.show()
    table = make_picture(YEAR_BY_MONTH).table("concerns_by_area")
    assert len(table.row_labels) > MAX_SETS
    chart.show_table(table)
    ((label, heights),) = chart.drawn()
    assert label == "Total"
    totals = table.published.column_totals
    expected = [0.0 if c.is_suppressed else float(c.label) for c in totals]
    assert heights == expected and len(heights) == 12
    assert chart.chart.legend().isVisible()  # "Total": the bars are the column totals
    assert chart.note.isVisible() == any(c.is_suppressed for c in totals)


def test_published_zeros_do_not_count_toward_the_share_of_hidden_cells(qtbot: QtBot) -> None:
    counts = [[9, 2, 7, 0, 0, 0], [8, 6, 3, 0, 0, 0], [0, 0, 0, 0, 0, 0]]
    query = StatsQuery(date(2026, 1, 1), date(2026, 6, 30), Granularity.MONTH)
    table = table_of("concerns_by_sector", "Per sektor", "Sektor", SECTORS[:3], counts, query)
    assert table.published.labels()[0] == ("9", "..", "..", "0", "0", "0", "18")
    chart = StatChart()
    qtbot.addWidget(chart)
    chart.show()
    chart.show_table(table)  # 4 of 18 cells hidden, but 4 of the 6 with something in them
    assert chart.drawn() == [("Total", [17.0, 8.0, 10.0, 0.0, 0.0, 0.0])]
    assert not chart.note.isVisible()


def test_an_empty_period_draws_flat_bars_without_a_note(qtbot: QtBot) -> None:
    query = StatsQuery(date(2026, 1, 1), date(2026, 3, 31), Granularity.QUARTER)
    zeros = table_of("cases", "Ärenden", "Ärenden", ("Öppnade", "Avslutade"), [[0], [0]], query)
    chart = StatChart()
    qtbot.addWidget(chart)
    chart.show()
    chart.show_table(zeros)
    assert chart.drawn() == [("Öppnade", [0.0]), ("Avslutade", [0.0])]
    assert not chart.has_hidden and not chart.note.isVisible()
    model = SituationTableModel()
    model.set_table(zeros)
    assert texts(model) == [["Öppnade", "0", "0"], ["Avslutade", "0", "0"], ["Total", "0", "0"]]
