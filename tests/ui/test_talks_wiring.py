"""The main window's Möten and Bekymringssamtal sections, the overview's planning entry,
the standing agendas in the File menu, and what a lock leaves behind."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from sspf_desk.domain import MeetingType, YoungPersonInput
from sspf_desk.services.changes import ChangeSet
from sspf_desk.ui.dialogs.agenda_templates import AgendaTemplatesDialog
from sspf_desk.ui.dialogs.concern_talk_editor import ConcernTalkEditor
from sspf_desk.ui.dialogs.meeting_new import NewMeetingDialog
from sspf_desk.ui.i18n import install_translator
from sspf_desk.ui.main_window import MEETINGS_SECTION, TALKS_SECTION, MainWindow
from sspf_desk.ui.pages.meetings import MeetingsPage
from sspf_desk.ui.pages.talks import TalksPage
from sspf_desk.ui.tasks import TaskRunner
from tests.ui.fakes import FakeWorkspace
from tests.ui.test_talks_page import talk_input


@pytest.fixture
def workspace(tmp_path: Path) -> FakeWorkspace:
    return FakeWorkspace(tmp_path / "v.sspf")


@pytest.fixture
def main(qtbot: QtBot, workspace: FakeWorkspace) -> MainWindow:
    window = MainWindow(workspace, TaskRunner(synchronous=True))  # type: ignore[arg-type]
    qtbot.addWidget(window)
    return window


def test_the_sections_are_the_real_pages(main: MainWindow) -> None:
    assert main.pages.widget(MEETINGS_SECTION) is main.meetings
    assert isinstance(main.meetings, MeetingsPage)
    assert main.pages.widget(TALKS_SECTION) is main.talks
    assert isinstance(main.talks, TalksPage)
    assert main.sections.item(MEETINGS_SECTION).text() == "Meetings"
    assert main.sections.item(TALKS_SECTION).text() == "Concern conversations"


def test_the_overview_plans_an_operational_group_meeting(main: MainWindow) -> None:
    main.overview.plan_button.click()
    assert main.sections.currentRow() == MEETINGS_SECTION
    [dialog] = [d for d in main.findChildren(NewMeetingDialog) if d.isVisible()]
    assert dialog.details.chosen_type() is MeetingType.OPERATIONAL_GROUP


def test_talks_are_listed_opened_and_lead_to_the_record(
    qtbot: QtBot, main: MainWindow, workspace: FakeWorkspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = workspace.persons.create_young_person(
        YoungPersonInput(first_name="Åsa", last_name="Öberg", birth_date=date(2011, 5, 4))
    )
    workspace.concern_talks.create_talk(talk_input(person.id, date(2025, 3, 3), "Skolan"))
    main.show()
    qtbot.waitExposed(main)
    assert main.talks.model.rowCount() == 0  # read when first shown
    main.sections.setCurrentRow(TALKS_SECTION)
    assert main.talks.model.rowCount() == 1
    main.talks.select(main.talks.model.row_at(0).id)
    editor = main.talks.open_selected()
    assert isinstance(editor, ConcernTalkEditor)
    assert editor.picker.person_text() == "Åsa Öberg"
    editor.close()
    opened: list[str] = []
    monkeypatch.setattr(main.casework, "open_person", opened.append)
    main.talks.person_button.click()
    assert opened == [person.id]


def test_the_file_menu_opens_the_standing_agendas(main: MainWindow) -> None:
    main.agendas_action.trigger()
    [dialog] = main.findChildren(AgendaTemplatesDialog)
    assert dialog.isVisible()
    assert dialog.models[MeetingType.OPERATIONAL_GROUP].rowCount() > 0


def test_a_lock_clears_both_pages(main: MainWindow, workspace: FakeWorkspace) -> None:
    person = workspace.persons.create_young_person(
        YoungPersonInput(first_name="Bo", last_name="Ek", birth_date=date(2010, 2, 3))
    )
    workspace.concern_talks.create_talk(talk_input(person.id, date(2025, 3, 3), "Skolan"))
    main.talks.reload()
    assert main.talks.model.rowCount() == 1
    main.shutdown()
    assert main.talks.model.rowCount() == 0
    assert main.meetings.model.rowCount() == 0
    main.change_relay.listener(ChangeSet(frozenset({"concern_talk", "meeting"})))
    assert main.talks.model.rowCount() == 0


def test_swedish_section_names(qtbot: QtBot, workspace: FakeWorkspace) -> None:
    install_translator("sv")
    window = MainWindow(workspace, TaskRunner(synchronous=True))  # type: ignore[arg-type]
    qtbot.addWidget(window)
    assert window.sections.item(MEETINGS_SECTION).text() == "Möten"
    assert window.sections.item(TALKS_SECTION).text() == "Bekymringssamtal"
    assert window.agendas_action.text().replace("&", "") == "Stående dagordningar…"
    assert window.overview.plan_button.text().replace("&", "") == "Planera operativ grupp…"
    assert not [d for d in window.findChildren(QDialog) if d.isVisible()]
