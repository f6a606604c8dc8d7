"""The Medborgarlöften page: promises, activities at a quarter, progress, delete, print, lock."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sspf_desk.domain.promises import Fulfilment, ProgressInput
from sspf_desk.services.changes import ChangeSet
from sspf_desk.ui.dialogs.promise_activity_editor import ActivityEditor
from sspf_desk.ui.dialogs.promise_editor import PromiseEditor
from sspf_desk.ui.dialogs.promise_progress_editor import ProgressEditor
from sspf_desk.ui.i18n import install_translator
from sspf_desk.ui.models.promise_activities_model import FULFILMENT_ROLE, ActivityColumn
from sspf_desk.ui.models.promises_model import PromiseColumn
from sspf_desk.ui.pages.promises import PromisesPage
from sspf_desk.ui.tasks import TaskRunner
from tests.ui.fakes_promises import FakePromises
from tests.ui.promise_world import TODAY, build_promises
from tests.ui.test_accessibility import tab_chain, unnamed_controls


@pytest.fixture
def world() -> tuple[FakePromises, str, list[str]]:
    return build_promises()


@pytest.fixture
def fake(world: tuple[FakePromises, str, list[str]]) -> FakePromises:
    return world[0]


@pytest.fixture
def page(qtbot: QtBot, fake: FakePromises) -> PromisesPage:
    widget = PromisesPage(fake, TaskRunner(synchronous=True))
    widget.today = widget.panel.today = TODAY
    qtbot.addWidget(widget)
    widget.reload()
    return widget


def column(page: PromisesPage, number: int) -> list[str]:
    model = page.panel.model
    return [model.index(row, number).data() for row in range(model.rowCount())]


def visible_box(page: PromisesPage) -> QMessageBox:
    return next(w for w in page.window().findChildren(QMessageBox) if w.isVisible())


def test_lists_promises_newest_first_and_opens_this_years(page: PromisesPage) -> None:
    model = page.model
    assert [model.index(r, PromiseColumn.YEAR).data() for r in range(2)] == ["2026", "2025"]
    assert model.index(0, PromiseColumn.ACTIVITIES).data() == "4"
    assert model.index(0, PromiseColumn.POLICE_AREA).data() == "LPO Åby"
    assert page.count.text() == "Number of promises: 2"
    assert page.selected_id() == model.row_at(0).id
    assert page.panel.heading.text() == "Medborgarlöfte 2026 – Tryggare centrum"
    assert page.panel.details.text() == "2026 · Åby kommun · LPO Åby"
    assert page.panel.chosen_quarter() == 3  # the current quarter of this year's promise
    assert page.panel.selected_activity_id() == page.panel.model.row_at(0).activity.id
    assert page.panel.progress.summary.text() == (
        "Result by the end of quarter 3: 2\u00a0700 timmar, of which 2\u00a0700 timmar counted "
        "in SSPF Desk and 0 timmar recorded here."
    )


def test_activities_show_result_and_fulfilment_at_the_quarter(page: PromisesPage) -> None:
    panel = page.panel
    assert column(page, ActivityColumn.TITLE)[0] == "Polisnärvaro i centrum"
    assert column(page, ActivityColumn.COUNTING) == [
        "Hours: Police presence, Centrum",
        "Recorded here",
        "Meetings held: Operational group",
        "Measures done: Safety walk",
    ]
    assert column(page, ActivityColumn.TARGET)[0] == "4\u00a0000 timmar"
    assert column(page, ActivityColumn.DUE)[0] == "3\u00a0000 timmar"
    assert column(page, ActivityColumn.RESULT) == [
        "2\u00a0700 timmar",
        "1 tillfälle",
        "15 möten",
        "0 tillfällen",
    ]
    assert column(page, ActivityColumn.FULFILMENT) == ["Partly", "Partly", "Yes", "No"]
    header = panel.model.headerData(ActivityColumn.FULFILMENT, Qt.Orientation.Horizontal)
    assert header == "Q3 fulfilled"
    tip = panel.model.index(0, ActivityColumn.RESULT).data(Qt.ItemDataRole.ToolTipRole)
    assert "Counted in SSPF Desk: 2\u00a0700 timmar" in tip
    assert "By the end of Q1: 900 timmar" in tip


def test_another_quarter_follows_up_again(page: PromisesPage, fake: FakePromises) -> None:
    panel = page.panel
    panel.quarter.setCurrentIndex(0)
    assert fake.calls[-1] == ("follow_up", page.selected_id(), 1)
    assert (
        panel.model.headerData(ActivityColumn.RESULT, Qt.Orientation.Horizontal) == "Result by Q1"
    )
    fulfilments = [
        panel.model.index(r, 0).data(FULFILMENT_ROLE) for r in range(panel.model.rowCount())
    ]
    assert fulfilments == [Fulfilment.PARTLY, Fulfilment.YES, Fulfilment.YES, Fulfilment.NO]
    page.table.selectRow(1)  # the 2025 promise: a past year opens at its last quarter
    assert panel.heading.text() == "Medborgarlöfte 2025 – Centrum"
    assert panel.chosen_quarter() == 4 and panel.model.rowCount() == 0
    assert not panel.edit_button.isEnabled() and panel.new_button.isEnabled()


def test_progress_of_the_chosen_activity_is_listed_and_recorded(
    page: PromisesPage, fake: FakePromises, world: tuple[FakePromises, str, list[str]]
) -> None:
    panel = page.panel
    watch = world[2][1]
    assert panel.select_activity(watch)
    section = panel.progress
    assert section.model.rowCount() == 1
    assert section.model.index(0, 1).data() == "1 tillfälle"
    assert section.model.index(0, 2).data() == "Norra området"
    assert (
        section.summary.text() == "Result by the end of quarter 3: 1 tillfälle, all recorded here."
    )
    editor = section.new_entry()
    assert isinstance(editor, ProgressEditor)
    assert editor.on.value() == TODAY
    editor.amount.setText("1")
    editor.note.setPlainText("Södra området")
    assert editor.submit(), editor.errors.general.text()
    assert [c[0] for c in fake.calls].count("add_progress") == 2  # one in the world
    assert panel.selected_activity_id() == watch  # still chosen after the follow-up is read
    assert column(page, ActivityColumn.FULFILMENT)[1] == "Yes"
    assert section.model.rowCount() == 2 and section.selected_id() is not None
    changed = section.edit_entry()
    assert isinstance(changed, ProgressEditor) and changed.amount.text() == "1"


def test_deleting_a_result_asks_first(
    page: PromisesPage, fake: FakePromises, world: tuple[FakePromises, str, list[str]]
) -> None:
    page.panel.select_activity(world[2][1])
    section = page.panel.progress
    section.table.selectRow(0)
    section.ask_delete()
    box = visible_box(page)
    assert "1 tillfälle" in box.text() and "2026-03-10" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert section.model.rowCount() == 1
    section.ask_delete()
    visible_box(page).button(QMessageBox.StandardButton.Yes).click()
    assert section.model.rowCount() == 0
    assert column(page, ActivityColumn.FULFILMENT)[1] == "No"


def test_activities_are_added_edited_moved_and_deleted(
    page: PromisesPage, fake: FakePromises, world: tuple[FakePromises, str, list[str]]
) -> None:
    panel = page.panel
    editor = panel.new_activity()
    assert isinstance(editor, ActivityEditor)
    editor.title.setText("Fritidsaktiviteter på lovet")
    editor.owner.setText("Fritid")
    editor.target.setText("10")
    editor.unit.setText("aktiviteter")
    assert editor.submit(), editor.errors.general.text()
    assert column(page, ActivityColumn.TITLE)[-1] == "Fritidsaktiviteter på lovet"
    assert panel.selected_activity_id() == editor.activity_id
    assert page.model.index(0, PromiseColumn.ACTIVITIES).data() == "5"
    panel.up_button.click()
    assert column(page, ActivityColumn.TITLE)[3] == "Fritidsaktiviteter på lovet"
    assert panel.selected_activity_id() == editor.activity_id
    assert ("move_activity", editor.activity_id, -1) in fake.calls
    opened = panel.edit_activity()
    assert (
        isinstance(opened, ActivityEditor) and opened.title.text() == "Fritidsaktiviteter på lovet"
    )
    opened.reject()
    panel.ask_delete_activity()
    box = visible_box(page)
    assert "Fritidsaktiviteter på lovet" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert panel.model.rowCount() == 5
    panel.ask_delete_activity()
    visible_box(page).button(QMessageBox.StandardButton.Yes).click()
    assert panel.model.rowCount() == 4
    assert page.model.index(0, PromiseColumn.ACTIVITIES).data() == "4"


def test_new_promise_starts_from_the_newest_and_is_selected(
    page: PromisesPage, fake: FakePromises
) -> None:
    editor = page.new_promise()
    assert isinstance(editor, PromiseEditor)
    assert editor.year.value() == 2027  # this year's promise exists
    assert editor.municipality.text() == "Åby kommun"
    assert editor.title.text() == "" and editor.problem.toPlainText() == ""
    assert [s.name for s in editor.signatories.rows()] == ["Eva Ek", "Per Berg"]
    editor.title.setText("Medborgarlöfte 2027 – Trygga skolvägar")
    assert editor.submit(), editor.errors.general.text()
    assert page.model.rowCount() == 3
    assert page.selected_id() == editor.promise_id
    assert page.panel.heading.text() == "Medborgarlöfte 2027 – Trygga skolvägar"
    assert page.panel.chosen_quarter() == 1


def test_open_shows_the_promise_fields(page: PromisesPage, fake: FakePromises) -> None:
    editor = page.open_selected()
    assert isinstance(editor, PromiseEditor)
    assert editor.windowTitle() == "Medborgarlöfte 2026"
    editor.police_area.setText("LPO Åby norra")
    assert editor.submit()
    assert page.model.index(0, PromiseColumn.POLICE_AREA).data() == "LPO Åby norra"
    assert page.panel.details.text() == "2026 · Åby kommun · LPO Åby norra"


def test_delete_asks_first(page: PromisesPage, fake: FakePromises) -> None:
    promise_id = page.selected_id()
    page.ask_delete()
    box = visible_box(page)
    assert "Tryggare centrum" in box.text() and "4 activities" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert ("delete_promise", promise_id) not in fake.calls
    page.ask_delete()
    visible_box(page).button(QMessageBox.StandardButton.Yes).click()
    assert ("delete_promise", promise_id) in fake.calls
    assert page.model.rowCount() == 1
    assert page.panel.heading.text() == "Medborgarlöfte 2025 – Centrum"


def test_print_writes_the_pdf_of_the_chosen_quarter(
    page: PromisesPage, fake: FakePromises, tmp_path: Path
) -> None:
    page.panel.quarter.setCurrentIndex(1)
    dialog = page.panel.print_report()
    assert dialog is not None
    assert dialog.selectedFiles()[0].endswith("medborgarlofte-2026-kv2.pdf")
    out = tmp_path / "uppfoljning.pdf"
    dialog.fileSelected.emit(str(out))
    assert out.read_bytes() == fake.pdf
    assert out.stat().st_mode & 0o777 == 0o600
    assert fake.calls[-1] == ("report_pdf", page.selected_id(), 2)


def test_changes_reload_now_or_when_shown(
    qtbot: QtBot, page: PromisesPage, fake: FakePromises, world: tuple[FakePromises, str, list[str]]
) -> None:
    fake.counted[world[2][3]] = (1.0, 2.0, 3.0, 4.0)  # safety walks done meanwhile
    page.on_changes(ChangeSet(frozenset({"consent"})))
    assert column(page, ActivityColumn.FULFILMENT)[3] == "No"
    page.on_changes(ChangeSet(frozenset({"group_measure"})))  # hidden: read when shown
    assert column(page, ActivityColumn.FULFILMENT)[3] == "No"
    page.show()
    qtbot.waitExposed(page)
    assert column(page, ActivityColumn.FULFILMENT)[3] == "Yes"
    fake.add_progress(ProgressInput(world[2][0], date(2026, 8, 1), 400))
    page.on_changes(ChangeSet(frozenset({"promise_progress"})))
    assert column(page, ActivityColumn.FULFILMENT)[0] == "Yes"


def test_a_promise_deleted_elsewhere_empties_the_panel(
    page: PromisesPage, fake: FakePromises
) -> None:
    fake.delete_promise(page.selected_id() or "")
    page.panel.reload()
    assert page.panel.promise is None and page.panel.model.rowCount() == 0
    assert not page.panel.print_button.isEnabled()


def test_clear_forgets_everything_and_reads_nothing_more(
    page: PromisesPage, fake: FakePromises
) -> None:
    page.clear()
    assert page.model.rowCount() == 0 and page.panel.model.rowCount() == 0
    assert page.panel.progress.model.rowCount() == 0
    calls = len(fake.calls)
    page.on_changes(ChangeSet(frozenset({"citizen_promise"})))
    page.show()
    assert len(fake.calls) == calls
    assert not page.open_button.isEnabled() and not page.new_button.isEnabled()


def test_every_control_is_named_reachable_and_swedish(qtbot: QtBot, fake: FakePromises) -> None:
    install_translator("sv")
    page = PromisesPage(fake, TaskRunner(synchronous=True))
    page.today = page.panel.today = TODAY
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    assert unnamed_controls(page) == []
    panel = page.panel
    assert panel.print_button.text() == "&Skriv ut uppföljning…"
    assert panel.quarter.currentText() == "Kvartal 3"
    assert panel.model.index(0, ActivityColumn.FULFILMENT).data() == "Delvis"
    assert page.count.text() == "Antal medborgarlöften: 2"
    page.table.setFocus()
    chain = tab_chain(page.table, 14)
    for widget in (panel.quarter, panel.print_button, panel.table, panel.progress.table):
        assert widget in chain
    assert chain.index(panel.table) < chain.index(panel.progress.table)
