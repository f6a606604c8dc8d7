"""The Bekymringssamtal page: list newest first, search, new/open/delete, reload, lock."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sspf_desk.domain import (
    Agreement,
    ConcernTalkInput,
    LegalGround,
    ReportCheckpoint,
    ReportStatus,
    TalkParticipant,
    TalkRole,
)
from sspf_desk.services.changes import ChangeSet
from sspf_desk.ui.dialogs.concern_talk_editor import ConcernTalkEditor
from sspf_desk.ui.i18n import install_translator
from sspf_desk.ui.models.talks_model import TALK_ID_ROLE, TalkColumn
from sspf_desk.ui.pages.talks import TalksPage
from sspf_desk.ui.tasks import TaskRunner
from tests.ui.fakes_concerns import FakePersonSearch
from tests.ui.fakes_talks import FakeTalks
from tests.ui.test_accessibility import unnamed_controls


def talk_input(person_id: str, held_on: date, place: str, **extra: object) -> ConcernTalkInput:
    values: dict[str, object] = {
        "young_person_id": person_id,
        "held_on": held_on,
        "place": place,
        "called_by": "Kommunpolis",
        "participants": (
            TalkParticipant("Ung", TalkRole.YOUNG_PERSON),
            TalkParticipant("Förälder", TalkRole.GUARDIAN),
        ),
        "reason": "Snatteri",
        "risk_factors": "",
        "protective_factors": "",
        "information_given": "",
        "agreements": (Agreement("Hemma 21.00", "Förälder"),),
        "follow_up_on": None,
        "report": ReportCheckpoint(status=ReportStatus.NOT_NEEDED),
        "legal_ground": LegalGround.DUTY_TO_REPORT,
    }
    values.update(extra)
    return ConcernTalkInput(**values)  # type: ignore[arg-type]


@pytest.fixture
def persons() -> FakePersonSearch:
    people = FakePersonSearch()
    people.add("Åsa", "Öberg", birth_date=date(2011, 5, 4))
    people.add("Bo", "Ek", birth_date=date(2010, 2, 3))
    return people


@pytest.fixture
def talks(persons: FakePersonSearch) -> FakeTalks:
    service = FakeTalks(persons)
    asa, bo = persons.people
    service.create_talk(talk_input(asa, date(2025, 3, 3), "Polisstationen"))
    service.create_talk(
        talk_input(
            bo,
            date(2025, 4, 1),
            "Skolan",
            follow_up_on=date(2025, 5, 1),
            report=ReportCheckpoint(status=ReportStatus.MADE_BY_OTHER, agency="Skolan"),
        )
    )
    service.create_talk(talk_input(asa, date(2024, 11, 20), "Fritidsgården"))
    return service


@pytest.fixture
def page(qtbot: QtBot, talks: FakeTalks, persons: FakePersonSearch) -> TalksPage:
    widget = TalksPage(talks, persons, TaskRunner(synchronous=True))
    qtbot.addWidget(widget)
    widget.reload()
    return widget


def cells(page: TalksPage, row: int) -> list[str]:
    return [page.proxy.index(row, column).data() or "" for column in TalkColumn]


def test_lists_the_talks_newest_first_with_their_state(page: TalksPage) -> None:
    assert page.proxy.rowCount() == 3
    assert page.count.text() == "Number of talks: 3"
    assert cells(page, 0) == [
        "2025-04-01",
        "Bo Ek",
        "Skolan",
        "Report made by someone else",
        "2025-05-01",
    ]
    assert [cells(page, row)[0] for row in range(3)] == ["2025-04-01", "2025-03-03", "2024-11-20"]
    page.table.sortByColumn(TalkColumn.PERSON, Qt.SortOrder.AscendingOrder)
    assert [cells(page, row)[1] for row in range(3)] == ["Bo Ek", "Åsa Öberg", "Åsa Öberg"]


def test_search_narrows_by_name_or_place(page: TalksPage) -> None:
    page.search.setText("öberg")
    assert page.proxy.rowCount() == 2
    assert page.count.text() == "2 of 3 shown"
    page.search.setText("fritid")
    assert cells(page, 0)[2] == "Fritidsgården"
    page.search.clear()
    assert page.proxy.rowCount() == 3


def test_new_talk_is_saved_and_selected(
    qtbot: QtBot, page: TalksPage, talks: FakeTalks, persons: FakePersonSearch
) -> None:
    assert not page.open_button.isEnabled() and not page.delete_button.isEnabled()
    editor = page.new_talk()  # parented to the page's window, deletes itself on close
    assert isinstance(editor, ConcernTalkEditor) and editor.talk_id is None
    bo = next(iter(talks.list_talks())).young_person_id
    editor.picker.set_person(bo, "Bo Ek")
    editor.held_on.set_value(date(2025, 6, 2))
    editor.place.setText("Biblioteket")
    editor.reason.setPlainText("Oro från skolan")
    editor.participants.add_row(TalkParticipant("Mamma Ek", TalkRole.GUARDIAN))
    next(b for b in editor.report.status.buttons() if b.objectName() == "not_needed").setChecked(
        True
    )
    editor.legal.ground.setCurrentIndex(
        editor.legal.ground.findData(LegalGround.DUTY_TO_INFORM.value)
    )
    assert editor.submit(), editor.errors.general.text()
    assert page.proxy.rowCount() == 4
    assert page.selected_id() == editor.talk_id
    assert cells(page, 0)[2] == "Biblioteket"
    assert page.open_button.isEnabled()


def test_open_reads_the_talk_and_shows_the_person(
    qtbot: QtBot, page: TalksPage, talks: FakeTalks
) -> None:
    talk_id = page.proxy.index(1, 0).data(TALK_ID_ROLE)
    page.select(talk_id)
    editor = page.open_selected()
    assert editor is not None
    assert talks.viewed == [talk_id]
    assert editor.picker.person_text() == "Åsa Öberg"
    assert editor.place.text() == "Polisstationen"
    assert "Öberg" not in editor.windowTitle()


def test_open_person_asks_for_the_record(page: TalksPage, qtbot: QtBot) -> None:
    page.select(page.proxy.index(0, 0).data(TALK_ID_ROLE))
    with qtbot.waitSignal(page.open_person_requested) as signal:
        page.person_button.click()
    bo = page.model.row_at(page.model.row_of(page.selected_id() or "") or 0).young_person_id
    assert signal.args == [bo]


def test_delete_asks_first(page: TalksPage, talks: FakeTalks) -> None:
    talk_id = page.proxy.index(0, 0).data(TALK_ID_ROLE)
    page.select(talk_id)
    page.ask_delete()
    box = next(w for w in page.window().findChildren(QMessageBox) if w.isVisible())
    assert "Bo Ek" in box.text() and "2025-04-01" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert talks.deleted == []
    page.ask_delete()
    box = next(w for w in page.window().findChildren(QMessageBox) if w.isVisible())
    box.button(QMessageBox.StandardButton.Yes).click()
    assert talks.deleted == [talk_id]
    page.on_changes(ChangeSet(frozenset({"concern_talk"})))
    assert page.proxy.rowCount() == 2


def test_changes_reload_now_or_when_shown(
    qtbot: QtBot, page: TalksPage, talks: FakeTalks, persons: FakePersonSearch
) -> None:
    asa = next(iter(persons.people))
    talks.create_talk(talk_input(asa, date(2025, 1, 9), "Hemma"))
    page.on_changes(ChangeSet(frozenset({"consent"})))  # not about talks
    assert page.proxy.rowCount() == 3
    page.on_changes(ChangeSet(frozenset({"concern_talk"})))  # hidden: read when shown
    assert page.proxy.rowCount() == 3
    page.show()
    qtbot.waitExposed(page)
    assert page.proxy.rowCount() == 4
    talks.create_talk(talk_input(asa, date(2025, 1, 10), "Skolan"))
    page.on_changes(ChangeSet(frozenset({"young_person"})))
    assert page.proxy.rowCount() == 5


def test_clear_forgets_everything_and_reads_nothing_more(page: TalksPage, talks: FakeTalks) -> None:
    page.search.setText("bo")
    page.clear()
    assert page.model.rowCount() == 0 and page.search.text() == ""
    assert page.count.text() == "Number of talks: 0"
    page.on_changes(ChangeSet(frozenset({"concern_talk"})))
    page.show()
    assert page.model.rowCount() == 0


def test_swedish_names_and_model_tester(
    qtbot: QtBot, talks: FakeTalks, persons: FakePersonSearch, qtmodeltester: ModelTester
) -> None:
    install_translator("sv")
    page = TalksPage(talks, persons, TaskRunner(synchronous=True))
    qtbot.addWidget(page)
    page.show()
    assert unnamed_controls(page) == []
    assert page.model.headerData(TalkColumn.REPORT, Qt.Orientation.Horizontal) == "Orosanmälan"
    assert page.count.text() == "Antal samtal: 3"
    assert cells(page, 0)[3] == "Orosanmälan gjord av annan"
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
