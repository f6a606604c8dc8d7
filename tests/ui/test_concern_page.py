"""The Orosignaler page: list, filters, reload on changes, opening and saving concerns."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sspf_desk.domain import (
    ConcernLevel,
    ConcernOutcome,
    ReportCheckpoint,
    ReportStatus,
    Urgency,
)
from sspf_desk.services.changes import ChangeSet
from sspf_desk.ui.dialogs.concern_editor import ConcernEditor
from sspf_desk.ui.models.concern_model import CONCERN_ID_ROLE
from sspf_desk.ui.pages.concerns import ConcernsPage
from sspf_desk.ui.tasks import TaskRunner
from tests.ui.fakes_concerns import FakeConcerns, FakePersonSearch
from tests.ui.test_accessibility import unnamed_controls


@pytest.fixture
def persons() -> FakePersonSearch:
    people = FakePersonSearch()
    people.add("Ada", "Berg", birth_date=date(2011, 5, 4))
    people.add("Bo", "Ek", birth_date=date(2010, 2, 3))
    return people


@pytest.fixture
def concerns(persons: FakePersonSearch) -> FakeConcerns:
    service = FakeConcerns(persons)
    ada, bo = persons.people.values()
    service.add(young_person_id=ada.id, urgency=Urgency.ACUTE, received_on=date(2025, 3, 3))
    service.add(
        young_person_id=bo.id,
        report=ReportCheckpoint(status=ReportStatus.NOT_NEEDED),
        outcome=ConcernOutcome.REFERRED,
        outcome_on=date(2025, 3, 5),
        outcome_reason="BUP",
        received_on=date(2025, 3, 1),
    )
    service.add(
        level=ConcernLevel.SELECTIVE,
        area="Centrumtorget",
        report=ReportCheckpoint(status=ReportStatus.NOT_NEEDED),
        received_on=date(2025, 2, 1),
    )
    return service


@pytest.fixture
def page(qtbot: QtBot, concerns: FakeConcerns, persons: FakePersonSearch) -> ConcernsPage:
    widget = ConcernsPage(concerns, persons, TaskRunner(synchronous=True))
    qtbot.addWidget(widget)
    widget.reload()
    return widget


def shown(page: ConcernsPage) -> int:
    return page.proxy.rowCount()


def test_lists_every_concern_newest_first(page: ConcernsPage) -> None:
    assert shown(page) == 3
    assert page.count.text() == "Number of concerns: 3"
    first = page.proxy.index(0, 2).data()
    assert first == "Ada Berg"


def test_filter_controls_narrow_the_list(page: ConcernsPage) -> None:
    page.outcome_filter.setCurrentIndex(page.outcome_filter.findData("pending"))
    assert shown(page) == 2
    assert page.count.text() == "2 of 3 shown"
    page.level_filter.setCurrentIndex(page.level_filter.findData("selective"))
    assert shown(page) == 1
    page.level_filter.setCurrentIndex(0)
    page.outcome_filter.setCurrentIndex(0)
    page.unanswered.setChecked(True)
    assert shown(page) == 1
    page.unanswered.setChecked(False)
    page.search.setText("torget")
    assert shown(page) == 1
    page.search.clear()
    assert shown(page) == 3


def test_changes_reload_at_once_when_shown_and_later_when_hidden(
    qtbot: QtBot, page: ConcernsPage, concerns: FakeConcerns
) -> None:
    concerns.add(level=ConcernLevel.SELECTIVE, area="Parken")
    page.on_changes(ChangeSet(frozenset({"audit_entry"})))
    assert shown(page) == 3
    page.on_changes(ChangeSet(frozenset({"concern"})))  # hidden: only marked
    assert shown(page) == 3
    page.show()
    qtbot.waitExposed(page)
    assert shown(page) == 4
    concerns.add(level=ConcernLevel.SELECTIVE, area="Stranden")
    page.on_changes(ChangeSet(frozenset({"concern"})))  # shown: at once
    assert shown(page) == 5


def test_opening_a_row_opens_the_form_with_the_person(
    page: ConcernsPage, concerns: FakeConcerns
) -> None:
    index = page.proxy.index(0, 0)
    page.table.activated.emit(index)
    [editor] = page.findChildren(ConcernEditor)
    assert editor.concern_id == index.data(CONCERN_ID_ROLE)
    assert editor.picker.person_text() == "Ada Berg"
    assert concerns.calls.viewed == [index.data(CONCERN_ID_ROLE)]


def test_open_young_person_asks_for_the_record(
    qtbot: QtBot, page: ConcernsPage, persons: FakePersonSearch
) -> None:
    assert not page.person_button.isEnabled()
    ada = next(p for p in persons.people.values() if p.first_name == "Ada")
    page.select(page.proxy.index(0, 0).data(CONCERN_ID_ROLE))  # Ada's, the newest
    assert page.person_button.isEnabled()
    with qtbot.waitSignal(page.open_person_requested) as blocker:
        page.person_button.click()
    assert blocker.args == [ada.id]
    page.select(page.proxy.index(2, 0).data(CONCERN_ID_ROLE))  # area level: no person
    assert not page.person_button.isEnabled()


def test_saving_as_a_case_tells_the_user_and_selects_the_concern(
    page: ConcernsPage, concerns: FakeConcerns, persons: FakePersonSearch
) -> None:
    editor = page.new_concern()
    bo = next(p for p in persons.people.values() if p.first_name == "Bo")
    editor.picker.set_person(bo.id, "Bo Ek")  # the dialog is shown: no completer popup here
    editor.observation.setPlainText("Bråk på rasten, hot mot en kamrat.")
    next(b for b in editor.outcome.outcome.buttons() if b.objectName() == "sspf_case").setChecked(
        True
    )
    editor.outcome.decided_on.set_value(date.today())
    assert editor.submit()
    boxes = [b for b in page.window().findChildren(QMessageBox) if b.isVisible()]
    assert any("SSPF case" in box.text() for box in boxes)
    for box in boxes:
        box.close()
    assert page.selected_id() == editor.concern_id
    assert shown(page) == 4
    assert concerns.concerns[editor.concern_id or ""].case_id == "case-1"


def test_clear_on_lock_forgets_rows_and_ignores_later_changes(
    page: ConcernsPage, concerns: FakeConcerns
) -> None:
    page.search.setText("ada")
    page.clear()
    assert page.model.rowCount() == 0 and page.search.text() == ""
    page.on_changes(ChangeSet(frozenset({"concern"})))
    page.reload()  # a late result is dropped
    assert page.model.rowCount() == 0


def test_every_control_has_a_name(page: ConcernsPage) -> None:
    assert unnamed_controls(page) == []


def test_reading_on_a_worker_thread_selects_the_saved_concern(
    qtbot: QtBot, concerns: FakeConcerns, persons: FakePersonSearch
) -> None:
    runner = TaskRunner()
    page = ConcernsPage(concerns, persons, runner)
    qtbot.addWidget(page)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    editor = page.new_concern()
    bo = next(p for p in persons.people.values() if p.first_name == "Bo")
    editor.picker.set_person(bo.id, "Bo Ek")
    editor.observation.setPlainText("Ny iakttagelse.")
    assert editor.submit()
    concern_id = editor.concern_id  # the dialog deletes itself once closed
    qtbot.waitUntil(lambda: page.selected_id() == concern_id)
    assert page.model.rowCount() == 4
    runner.wait()
