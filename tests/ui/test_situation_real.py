"""The Lägesbild page on a real store through the statistics service: the figures shown are
the published ones (no count from 1 to 4 on screen), the areas, the key figures and both
reports."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sspf_desk.domain import Sector
from sspf_desk.domain.statistics import Granularity
from sspf_desk.domain.suppression import HIDDEN_LABEL, LEGEND
from sspf_desk.services.statistics import StatisticsService
from sspf_desk.ui.models.situation_model import HIDDEN_ROLE
from sspf_desk.ui.pages.situation import SituationPage
from sspf_desk.ui.tasks import TaskRunner
from tests.helpers.casework import Services, concern_input, services

TODAY = date(2025, 6, 1)


@pytest.fixture(scope="module")
def vault() -> Services:
    """Seven young persons in Centrum, two in Norr: 7 school concerns in February, 2 police
    concerns in February and 6 leisure concerns in March 2025."""
    svc = services(today=TODAY)
    people = [
        svc.young(f"Ung{n}", "Test", birth_date=date(2010, 1, 1 + n), area="Centrum")
        for n in range(7)
    ] + [svc.young(f"Norr{n}", "Test", birth_date=date(2009, 1, 1), area="Norr") for n in (1, 2)]
    for person in people[:7]:
        svc.concerns.create_concern(concern_input(person, received_on=date(2025, 2, 10)))
    for person in people[7:]:
        svc.concerns.create_concern(
            concern_input(person, source_sector=Sector.POLICE, received_on=date(2025, 2, 12))
        )
    for person in people[:6]:
        svc.concerns.create_concern(
            concern_input(person, source_sector=Sector.LEISURE, received_on=date(2025, 3, 3))
        )
    return svc


@pytest.fixture
def page(qtbot: QtBot, vault: Services) -> SituationPage:
    statistics = StatisticsService(vault.store, today=lambda: TODAY)
    widget = SituationPage(statistics, TaskRunner(synchronous=True))
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)  # the first show reads the areas and this year's picture
    widget.start.set_value(date(2025, 1, 1))
    widget.end.set_value(date(2025, 3, 31))
    widget.granularity.setCurrentIndex(widget.granularity.findData(Granularity.MONTH.value))
    assert widget.show_picture()
    return widget


def shown_texts(page: SituationPage) -> list[list[str]]:
    model = page.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_page_shows_only_published_figures(page: SituationPage) -> None:
    assert [page.area.itemText(n) for n in range(page.area.count())] == [
        "Whole municipality",
        "Centrum",
        "Norr",
    ]
    assert page.figures.boxes()[0].value.text() == "15"
    assert page.current_table_key() == "concerns_by_sector"
    texts = shown_texts(page)
    rows = {row[0]: row[1:] for row in texts}
    # January: nothing, published as 0 — except in rows whose total is hidden (every entry
    # of such a row is hidden, lest its zeros tell in which month its few concerns came).
    assert texts[-1][1] == "0"
    assert {row[0] for row in rows.values()} == {"0", HIDDEN_LABEL}
    assert rows["Polis"][1] == HIDDEN_LABEL  # two concerns: never shown
    for row in texts:
        for label in row[1:]:
            assert not (label.isdigit() and 1 <= int(label) <= 4)
    hidden = [
        page.model.index(r, c)
        for r in range(page.model.rowCount())
        for c in range(1, page.model.columnCount())
        if page.model.index(r, c).data(HIDDEN_ROLE)
    ]
    assert len(hidden) >= 2
    assert {index.data(Qt.ItemDataRole.ToolTipRole) for index in hidden} == {LEGEND}
    heights = dict(page.chart.drawn())
    assert all(height != 2.0 for values in heights.values() for height in values)


def test_an_area_narrows_the_picture(page: SituationPage) -> None:
    page.area.setCurrentIndex(page.area.findData("Norr"))
    page.show_picture()
    assert page.summary.text().startswith("Norr, 2025-01-01 – 2025-03-31")
    assert page.figures.boxes()[0].value.text() == HIDDEN_LABEL  # two concerns


def test_both_reports_are_written(page: SituationPage, tmp_path: Path) -> None:
    dialog = page.save_csv()
    assert dialog is not None
    dialog.fileSelected.emit(str(tmp_path / "l.csv"))
    text = (tmp_path / "l.csv").read_bytes().decode("utf-8-sig")
    assert "concerns_by_sector" in text and "Fritid" in text
    for box in page.window().findChildren(QMessageBox):
        box.close()
    dialog = page.save_pdf()
    assert dialog is not None
    dialog.fileSelected.emit(str(tmp_path / "l.pdf"))
    assert (tmp_path / "l.pdf").read_bytes().startswith(b"%PDF")
