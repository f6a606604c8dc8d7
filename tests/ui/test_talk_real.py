"""A bekymringssamtal recorded through the form against a real vault: the service's
participants, its age rule, the list, opening, deleting, and the lock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sspf_desk.domain import (
    Agreement,
    CustodyType,
    LegalGround,
    RelatedPersonInput,
    Relationship,
    TalkRole,
)
from sspf_desk.services.workspace import Workspace
from sspf_desk.ui.main_window import TALKS_SECTION, MainWindow
from sspf_desk.ui.tasks import TaskRunner
from tests.helpers.workspace import create_workspace, young_input


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened, _recovery = create_workspace(tmp_path)
    yield opened
    opened.close(discard_unsaved=True)


@pytest.mark.qt_log_ignore("This plugin does not support")  # the completer popup offscreen
def test_a_talk_from_the_form_reaches_the_list_and_back(qtbot: QtBot, workspace: Workspace) -> None:
    asa = workspace.persons.create_young_person(young_input("Åsa", "Öberg"))
    workspace.persons.add_related_person(
        asa.id,
        RelatedPersonInput(first_name="Märta", last_name="Öberg"),
        Relationship.GUARDIAN,
        CustodyType.SOLE,
    )
    main = MainWindow(workspace, TaskRunner(synchronous=True))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.sections.setCurrentRow(TALKS_SECTION)
    assert main.talks.model.rowCount() == 0

    editor = main.talks.new_talk()
    editor.picker.suggest("åsa")
    editor.picker.choose_index(editor.picker.model.index(0))
    assert [(p.name, p.role) for p in editor.participants.rows()] == [
        ("Åsa Öberg", TalkRole.YOUNG_PERSON),
        ("Märta Öberg", TalkRole.GUARDIAN),
    ]
    editor.held_on.set_value(date.today() - timedelta(days=2))
    editor.place.setText("Polisstationen")
    editor.reason.setPlainText("Gripen för snatteri.")
    editor.agreements.add_row(Agreement("Hemma senast 21.00", "Märta Öberg"))
    next(b for b in editor.report.status.buttons() if b.objectName() == "made").setChecked(True)
    editor.legal.ground.setCurrentIndex(
        editor.legal.ground.findData(LegalGround.DUTY_TO_REPORT.value)
    )
    assert not editor.submit()  # a made report needs its details: the form says where
    assert editor.errors.message("report.agency")
    editor.report.agency.setText("Polisen")
    editor.report.reporter.setText("Kim Polis")
    editor.report.reported_on.set_value(date.today() - timedelta(days=2))
    editor.participants.remove_row(1)  # without the guardian the service refuses (a minor)
    assert not editor.submit()
    assert "Vårdnadshavare ska delta" in editor.errors.message("participants")
    editor.add_suggested()
    assert editor.submit(), editor.errors.general.text()
    talk_id = editor.talk_id
    assert talk_id is not None

    assert main.talks.selected_id() == talk_id
    row = main.talks.model.row_at(0)
    assert (row.young_person_name, row.place) == ("Åsa Öberg", "Polisstationen")
    again = main.talks.open_talk(talk_id)
    assert again.picker.person_text() == "Åsa Öberg"
    assert again.agreements.rows() == (Agreement("Hemma senast 21.00", "Märta Öberg"),)
    again.close()

    main.talks.ask_delete()
    box = next(w for w in main.findChildren(QMessageBox) if w.isVisible())
    box.button(QMessageBox.StandardButton.Yes).click()
    assert main.talks.model.rowCount() == 0
    assert workspace.concern_talks.list_talks() == []
    main.shutdown()
    assert main.talks.model.rowCount() == 0
