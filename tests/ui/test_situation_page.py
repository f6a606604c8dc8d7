"""The Lägesbild page: query controls, key figures, table choice, chart, exports, errors, lock."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sspf_desk.domain.statistics import Granularity, StatsQuery
from sspf_desk.errors import ValidationError
from sspf_desk.ui.i18n import install_translator
from sspf_desk.ui.pages.situation import SituationPage
from sspf_desk.ui.tasks import TaskRunner
from tests.ui.fakes_situation import AREAS, SECTORS, FakeStatistics
from tests.ui.test_accessibility import unnamed_controls


@pytest.fixture
def statistics() -> FakeStatistics:
    return FakeStatistics()


@pytest.fixture
def page(qtbot: QtBot, statistics: FakeStatistics) -> SituationPage:
    widget = SituationPage(statistics, TaskRunner(synchronous=True))
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    return widget


def visible_boxes(page: SituationPage) -> list[QMessageBox]:
    return [w for w in page.window().findChildren(QMessageBox) if w.isVisible()]


def test_first_show_reads_areas_and_the_default_picture_once(
    qtbot: QtBot, page: SituationPage, statistics: FakeStatistics
) -> None:
    today = date.today()
    assert statistics.queries == [] and page.picture is None
    assert not page.pdf_button.isEnabled() and not page.csv_button.isEnabled()
    page.show()
    qtbot.waitExposed(page)
    assert statistics.queries == [StatsQuery(date(today.year, 1, 1), today, Granularity.MONTH)]
    assert [page.area.itemText(n) for n in range(page.area.count())] == [
        "Whole municipality",
        "Centrum",
        "Östermalm",
    ]
    page.hide()
    page.show()
    assert len(statistics.queries) == 1  # not live: read again only when asked
    assert page.pdf_button.isEnabled() and page.csv_button.isEnabled()


def test_show_asks_for_the_chosen_query(page: SituationPage, statistics: FakeStatistics) -> None:
    page.start.set_value(date(2025, 1, 1))
    page.end.set_value(date(2025, 12, 31))
    page.granularity.setCurrentIndex(page.granularity.findData("quarter"))
    page.area.addItem("Östermalm", "Östermalm")
    page.area.setCurrentIndex(1)
    assert page.show_picture()
    query = StatsQuery(date(2025, 1, 1), date(2025, 12, 31), Granularity.QUARTER, "Östermalm")
    assert statistics.queries == [query]
    assert page.summary.text() == (
        "Östermalm, 2025-01-01 – 2025-12-31, by quarter. Made 2026-05-20."
    )
    assert page.model.columnCount() == 1 + 4 + 1


def test_wrong_dates_are_shown_and_not_asked(
    page: SituationPage, statistics: FakeStatistics
) -> None:
    page.start.edit.setText("2025-13-01")
    assert not page.show_picture()
    assert page.problem.text() == "Write both dates as YYYY-MM-DD."
    page.start.set_value(date(2025, 6, 1))
    page.end.set_value(date(2025, 5, 1))
    assert not page.show_picture()
    assert page.problem.text() == "The end of the period cannot be before its start."
    page.end.set_value(date(2036, 6, 1))
    assert not page.show_picture()
    assert "tio år" in page.problem.text()
    assert statistics.queries == []
    page.end.set_value(date(2025, 7, 1))
    assert page.show_picture()
    assert page.problem.isHidden()


def test_key_figures_tables_and_the_chosen_table(
    qtbot: QtBot, page: SituationPage, qtmodeltester: ModelTester
) -> None:
    page.start.set_value(date(2026, 1, 1))
    page.end.set_value(date(2026, 12, 31))
    page.show_picture()
    boxes = page.figures.boxes()
    assert [(b.value.text(), b.label.text()) for b in boxes] == [
        ("128", "Nya orosignaler"),
        ("12", "Median antal dagar till första möte"),
        ("..", "Öppna ärenden vid periodens slut"),
    ]
    assert boxes[1].toolTip() == "Räknat på ärenden som haft ett möte."
    assert page.current_table_key() == "concerns_by_sector"
    assert page.table_title.text() == "Nya orosignaler per sektor"
    assert page.model.index(0, 0).data() == SECTORS[0]
    assert [label for label, _h in page.chart.drawn()] == list(SECTORS)
    assert page.note.text() == "Räknat efter sektor."
    page.select_table("concerns_by_area")
    assert page.model.rowCount() == len(AREAS) + 1
    assert [label for label, _h in page.chart.drawn()] == ["Total"]
    page.show_picture()  # the same table stays chosen
    assert page.current_table_key() == "concerns_by_area"
    assert len(page.figures.boxes()) == 3
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.tables)


def test_errors_are_shown_and_the_page_can_ask_again(
    page: SituationPage, statistics: FakeStatistics
) -> None:
    statistics.error = ValidationError({"end": "Perioden får vara högst tio år."})
    page.show_picture()
    (box,) = visible_boxes(page)
    assert "tio år" in box.text()
    assert page.show_button.isEnabled() and page.picture is None
    box.close()
    statistics.error = None
    page.show_picture()
    assert page.picture is not None and page.csv_button.isEnabled()


def test_exports_write_the_picture_shown(
    page: SituationPage, statistics: FakeStatistics, tmp_path: Path
) -> None:
    assert page.save_pdf() is None
    page.start.set_value(date(2026, 1, 1))
    page.end.set_value(date(2026, 3, 31))
    page.show_picture()
    shown = statistics.queries[-1]
    page.end.set_value(date(2026, 6, 30))  # changed but not shown: the file follows the screen
    dialog = page.save_pdf()
    assert dialog is not None
    assert dialog.selectedFiles()[0].endswith("lagesbild-2026-01-01--2026-03-31.pdf")
    dialog.fileSelected.emit(str(tmp_path / "l.pdf"))
    assert (tmp_path / "l.pdf").read_bytes().startswith(b"%PDF")
    assert statistics.pdf_queries == [shown]
    for box in visible_boxes(page):
        box.close()
    dialog = page.save_csv()
    assert dialog is not None
    assert dialog.selectedFiles()[0].endswith("lagesbild-2026-01-01--2026-03-31.csv")
    dialog.fileSelected.emit(str(tmp_path / "l.csv"))
    data = (tmp_path / "l.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfkey;title") and b"Skola" in data
    assert (tmp_path / "l.csv").stat().st_mode & 0o077 == 0
    assert statistics.csv_queries == [shown]


def test_clear_forgets_everything_and_reads_nothing_more(
    qtbot: QtBot, page: SituationPage, statistics: FakeStatistics
) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.clear()
    assert page.picture is None and page.model.rowCount() == 0
    assert page.tables.rowCount() == 0 and page.figures.boxes() == []
    assert page.chart.drawn() == [] and page.area.count() == 1
    assert not page.pdf_button.isEnabled() and not page.show_button.isEnabled()
    assert not page.show_picture()
    assert len(statistics.queries) == 1


def test_a_late_answer_after_a_lock_is_dropped(qtbot: QtBot, statistics: FakeStatistics) -> None:
    runner = TaskRunner()
    page = SituationPage(statistics, runner)
    qtbot.addWidget(page)
    page.show_picture()
    page.clear()
    runner.wait(5000)
    qtbot.wait(20)
    assert page.picture is None and page.tables.rowCount() == 0


def test_swedish_and_every_control_named(qtbot: QtBot, statistics: FakeStatistics) -> None:
    install_translator("sv")
    page = SituationPage(statistics, TaskRunner(synchronous=True))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert unnamed_controls(page) == []
    assert page.area.itemText(0) == "Hela kommunen"
    assert page.show_button.text() == "&Visa"
    assert page.granularity.currentText() == "Månad"
    assert page.summary.text().endswith("per månad. Sammanställd 2026-05-20.")
    last = page.model.columnCount() - 1
    assert page.model.headerData(last, Qt.Orientation.Horizontal) == "Totalt"
    assert page.pdf_button.text() == "Spara som &PDF…"


def test_the_table_gets_the_height_of_its_rows_and_the_chart_the_rest(
    qtbot: QtBot, page: SituationPage
) -> None:
    page.show()
    qtbot.waitExposed(page)
    table_height, chart_height = page.split.sizes()
    rows = page.model.rowCount() * page.table.verticalHeader().defaultSectionSize()
    assert rows < table_height < chart_height
    page.select_table("concerns_by_area")  # eight rows: still at most half
    table_height, chart_height = page.split.sizes()
    assert table_height <= chart_height + page.split.handleWidth()
    assert table_height > 5 * page.table.verticalHeader().defaultSectionSize()
