"""Deleting a young person from the list; the settings dialog (idle minutes, language)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from sspf_desk.domain import CustodyType, RelatedPersonInput, Relationship, YoungPersonInput
from sspf_desk.errors import NotFoundError
from sspf_desk.ui.i18n import current_language, install_translator
from sspf_desk.ui.session import Session
from sspf_desk.ui.settings import IDLE_MINUTES, LANGUAGE, Settings
from sspf_desk.ui.tasks import TaskRunner
from sspf_desk.ui.unlock_window import VaultAccess
from sspf_desk.ui.widgets.persons_view import PersonsView
from tests.ui.fakes import FakeAccess, FakeWorkspace

SECRET = "rätt lösenfras"


@pytest.fixture
def view(qtbot: QtBot, tmp_path: Path) -> tuple[PersonsView, FakeWorkspace]:
    workspace = FakeWorkspace(tmp_path / "v.sspf")
    made = PersonsView(workspace.persons)  # type: ignore[arg-type]
    qtbot.addWidget(made)
    workspace.add_change_listener(lambda _changes: made.reload())
    made.show()
    persons = workspace.persons
    for first, last in (("Åsa", "Öberg"), ("Kim", "Berg")):
        persons.create_young_person(
            YoungPersonInput(first_name=first, last_name=last, birth_date=date(2011, 1, 1))
        )
    return made, workspace


def select(view: PersonsView, last_name: str) -> str:
    person_id = next(r.id for r in view._persons.list_young_persons() if r.last_name == last_name)
    view.select(person_id)
    return person_id


def test_delete_asks_in_plain_words_then_deletes(
    view: tuple[PersonsView, FakeWorkspace],
) -> None:
    persons_view, workspace = view
    assert not persons_view.delete_button.isEnabled()
    person_id = select(persons_view, "Öberg")
    assert persons_view.delete_button.isEnabled()
    guardian = workspace.persons.add_related_person(
        person_id,
        RelatedPersonInput(first_name="Eva", last_name="Öberg"),
        Relationship.GUARDIAN,
        CustodyType.JOINT,
    )
    box = persons_view.delete_selected()
    assert box is not None and box.isVisible()
    assert box.testOption(QMessageBox.Option.DontUseNativeDialog)
    assert box.windowTitle() == "Delete young person"  # no name in a window title
    assert box.text().startswith("Delete Åsa Öberg?")
    assert "links to their guardians" in box.text()
    assert "recorded in the vault's log" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.No).click()
    assert persons_view.model.rowCount() == 2
    persons_view.select(person_id)
    persons_view.delete_selected().button(QMessageBox.StandardButton.Yes).click()  # type: ignore[union-attr]
    assert [row.last_name for row in persons_view._persons.list_young_persons()] == ["Berg"]
    assert persons_view.model.rowCount() == 1
    assert guardian.id not in workspace.persons._related  # left without a link: removed


def test_delete_key_in_the_table_asks_too(
    qtbot: QtBot, view: tuple[PersonsView, FakeWorkspace]
) -> None:
    persons_view, _workspace = view
    select(persons_view, "Berg")
    persons_view.table.setFocus()
    qtbot.keyClick(persons_view.table, Qt.Key.Key_Delete)
    boxes = [b for b in persons_view.window().findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and boxes[0].text().startswith("Delete Kim Berg?")
    boxes[0].button(QMessageBox.StandardButton.No).click()


def test_delete_confirmation_in_swedish(view: tuple[PersonsView, FakeWorkspace]) -> None:
    persons_view, _workspace = view
    install_translator("sv")
    select(persons_view, "Öberg")
    box = persons_view.delete_selected()
    assert box is not None
    assert box.windowTitle() == "Ta bort ungdom"
    assert box.text().startswith("Ta bort Åsa Öberg?")
    assert "kopplingarna till vårdnadshavare" in box.text()
    assert "loggas" in box.text()
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Ta bort"
    box.button(QMessageBox.StandardButton.No).click()


def test_a_failed_delete_is_shown(
    view: tuple[PersonsView, FakeWorkspace], monkeypatch: pytest.MonkeyPatch
) -> None:
    persons_view, workspace = view

    def gone(_person_id: str) -> None:
        raise NotFoundError()

    monkeypatch.setattr(workspace.persons, "delete_young_person", gone)
    select(persons_view, "Berg")
    persons_view.delete_selected().button(QMessageBox.StandardButton.Yes).click()  # type: ignore[union-attr]
    texts = [b.text() for b in persons_view.window().findChildren(QMessageBox) if b.isVisible()]
    assert NotFoundError().message("en") in texts


@pytest.fixture
def session(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[Session, Settings]]:
    vault = tmp_path / "kommun.sspf"
    vault.write_bytes(b"not really a vault")
    settings = Settings(tmp_path / "config")
    settings.set(LANGUAGE, "en")
    access = FakeAccess(SECRET)
    made = Session(
        VaultAccess(open=access.open, create=access.create),  # type: ignore[arg-type]
        settings,
        TaskRunner(synchronous=True),
        idle_ms=60_000,
        initial_path=vault,
        quit_app=lambda: None,
    )
    made.start()
    window = made.unlock_window
    assert window is not None
    window.open_form.secret.setText(SECRET)
    window.open_form.submit()
    assert made.main_window is not None
    yield made, settings
    made.lock()
    for widget in QApplication.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    QApplication.processEvents()


def test_settings_change_idle_time_now_and_language_at_the_next_lock(
    session: tuple[Session, Settings],
) -> None:
    made, settings = session
    main = made.main_window
    assert main is not None
    main.settings_action.trigger()
    dialog = made.settings_dialog
    assert dialog is not None and dialog.isVisible()
    assert (dialog.idle.minimum(), dialog.idle.maximum()) == (1, 60)
    assert dialog.idle.value() == 5
    assert dialog.chosen_language() == "en"
    dialog.idle.setValue(100)
    assert dialog.idle.value() == 60
    dialog.idle.setValue(15)
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert settings.get(IDLE_MINUTES) == 15
    assert settings.get(LANGUAGE) == "sv"
    assert made.lock_manager.idle_ms == 15 * 60_000  # at once
    assert current_language() == "en"  # the open windows stay as they are
    made.lock()
    assert current_language() == "sv"
    assert made.unlock_window is not None
    assert made.unlock_window.windowTitle() == "SSPF Desk – Låst"


def test_cancelled_settings_are_not_stored(session: tuple[Session, Settings]) -> None:
    made, settings = session
    dialog = made.open_settings()
    dialog.idle.setValue(30)
    dialog.reject()
    assert settings.get(IDLE_MINUTES) == 5
    assert made.lock_manager.idle_ms == 60_000


def test_a_shorter_idle_time_locks_sooner(qtbot: QtBot, session: tuple[Session, Settings]) -> None:
    made, _settings = session
    workspace = made.workspace
    assert isinstance(workspace, FakeWorkspace)
    made.lock_manager.set_idle_ms(50)
    qtbot.waitUntil(lambda: workspace.closed, timeout=3000)
