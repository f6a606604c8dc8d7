"""The unlock → main window → lock cycle, with a fake workspace (no vault, no KDF)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from sspf_desk.domain import YoungPersonInput
from sspf_desk.ui.messages import show_info
from sspf_desk.ui.session import Session
from sspf_desk.ui.settings import RECENT_FILES, Settings
from sspf_desk.ui.tasks import TaskRunner
from sspf_desk.ui.unlock_window import VaultAccess
from sspf_desk.vault.errors import SaveFailedError, WrongPassphraseError
from tests.ui.fakes import FakeAccess, FakeWorkspace

SECRET = "rätt lösenfras"


@pytest.fixture
def vault_file(tmp_path: Path) -> Path:
    path = tmp_path / "kommun.sspf"
    path.write_bytes(b"not really a vault")
    return path


@pytest.fixture
def access() -> FakeAccess:
    return FakeAccess(SECRET, WrongPassphraseError())


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "config")


def make_session(
    access: FakeAccess, settings: Settings, path: Path | None, idle_ms: int = 60_000
) -> tuple[Session, list[str]]:
    quits: list[str] = []
    session = Session(
        VaultAccess(open=access.open, create=access.create),  # type: ignore[arg-type]
        settings,
        TaskRunner(synchronous=True),
        idle_ms=idle_ms,
        initial_path=path,
        quit_app=lambda: quits.append("quit"),
    )
    session.start()
    return session, quits


def close_everything() -> None:
    for widget in QApplication.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    QApplication.processEvents()


@pytest.fixture
def session(
    qtbot: QtBot, access: FakeAccess, settings: Settings, vault_file: Path
) -> Iterator[Session]:
    made, _quits = make_session(access, settings, vault_file)
    yield made
    made.lock_manager.lock()
    close_everything()


def unlock(session: Session, secret: str = SECRET) -> FakeWorkspace | None:
    window = session.unlock_window
    assert window is not None
    window.open_form.secret.setText(secret)
    window.open_form.submit()
    return session.workspace  # type: ignore[return-value]


def test_start_preselects_the_vault(session: Session, vault_file: Path) -> None:
    window = session.unlock_window
    assert window is not None and window.isVisible()
    assert window.windowTitle() == "SSPF Desk"
    assert window.open_form.path.text() == str(vault_file)


def test_wrong_passphrase_keeps_the_form(session: Session) -> None:
    assert unlock(session, "fel") is None
    window = session.unlock_window
    assert window is not None and window.isVisible()
    message = window.open_form.errors.message("secret")
    assert message == "Wrong passphrase or recovery key."
    assert window.open_form.secret.text() == ""
    assert window.tabs.isEnabled()


def test_unlock_opens_main_window_and_remembers_the_file(
    session: Session, settings: Settings, vault_file: Path
) -> None:
    workspace = unlock(session)
    assert workspace is not None
    main = session.main_window
    assert main is not None and main.isVisible()
    assert main.windowTitle() == "SSPF Desk"
    assert session.unlock_window is None
    assert settings.get(RECENT_FILES) == (str(vault_file),)
    assert session.lock_manager.engaged


def test_ctrl_l_in_an_open_dialog_locks_everything(qtbot: QtBot, session: Session) -> None:
    workspace = unlock(session)
    assert workspace is not None
    main = session.main_window
    assert main is not None
    workspace.persons.create_young_person(
        YoungPersonInput(first_name="Kim", last_name="Berg", birth_date=date(2010, 1, 1))
    )
    model = main.persons.model
    assert model.rowCount() == 1
    editor = main.persons.new_person()
    editor.edit("first_name").setText("Åsa")  # a draft without a last name: invalid
    box = show_info("Meddelande", main)
    qtbot.keyClick(editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: workspace.closed)
    assert model.rowCount() == 0
    assert not main.isVisible()
    for dialog in (box, editor):  # closed, and deleted once the event loop gets to it
        assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    window = session.unlock_window
    assert window is not None and window.isVisible()
    assert window.windowTitle() == "SSPF Desk – Locked"
    assert "not saved" in window.notes.text()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [window]


def test_lock_saves_a_valid_open_form(session: Session) -> None:
    workspace = unlock(session)
    assert workspace is not None and session.main_window is not None
    editor = session.main_window.persons.new_person()
    editor.edit("first_name").setText("Åsa")
    editor.edit("last_name").setText("Öberg")
    editor.edit("birth_date").setText("2011-04-05")
    session.lock()
    assert workspace.closed
    assert [row.last_name for row in workspace.persons.list_young_persons()] == ["Öberg"]
    assert session.unlock_window is not None
    assert not session.unlock_window.notes.isVisible()


def test_lock_closes_a_file_dialog(session: Session) -> None:
    unlock(session)
    assert session.main_window is not None
    dialog = QFileDialog(session.main_window)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.open()
    session.lock()
    assert not dialog.isVisible()


def test_auto_lock_after_idle_time(
    qtbot: QtBot, access: FakeAccess, settings: Settings, vault_file: Path
) -> None:
    session, _quits = make_session(access, settings, vault_file, idle_ms=50)
    try:
        workspace = unlock(session)
        assert workspace is not None
        qtbot.waitUntil(lambda: workspace.closed, timeout=3000)
        assert session.unlock_window is not None and session.unlock_window.isVisible()
    finally:
        close_everything()


def test_lock_reports_a_failed_save_but_still_closes(session: Session) -> None:
    workspace = unlock(session)
    assert workspace is not None
    workspace.close_error = SaveFailedError()
    session.lock()
    assert workspace.closed
    assert session.unlock_window is not None
    assert SaveFailedError().message("en") in session.unlock_window.notes.text()


def test_unlock_again_after_lock(session: Session) -> None:
    first = unlock(session)
    session.lock()
    second = unlock(session)
    assert second is not None and second is not first
    assert session.main_window is not None and session.main_window.isVisible()


def test_quit_closes_the_workspace(
    access: FakeAccess, settings: Settings, vault_file: Path
) -> None:
    session, quits = make_session(access, settings, vault_file)
    try:
        workspace = unlock(session)
        assert workspace is not None and session.main_window is not None
        session.main_window.close()  # asks the session, which saves and locks first
        assert workspace.closed
        assert quits == ["quit"]
    finally:
        close_everything()


def test_create_shows_the_recovery_key_first(
    qtbot: QtBot, access: FakeAccess, settings: Settings, tmp_path: Path
) -> None:
    session, _quits = make_session(access, settings, None)
    try:
        window = session.unlock_window
        assert window is not None
        assert window.tabs.currentWidget() is window.create_form
        form = window.create_form
        form.path.setText(str(tmp_path / "nytt.sspf"))
        form.user_name.setText("Kim Samordnare")
        form.passphrase.setText("en lång och säker lösenfras")
        form.repeat.setText("en lång och säker lösenfras")
        form.submit()
        dialog = window.recovery_dialog
        assert dialog.isVisible()
        assert session.main_window is None
        dialog.reject()  # Escape does nothing before the confirmation
        assert dialog.isVisible()
        dialog.confirm.setChecked(True)
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: session.main_window is not None)
    finally:
        session.lock()
        close_everything()


def test_create_form_checks_its_fields(session: Session, vault_file: Path) -> None:
    window = session.unlock_window
    assert window is not None
    form = window.create_form
    form.path.setText(str(vault_file))
    form.passphrase.setText("kort")
    form.submit()
    assert "finns redan" in form.errors.message("path") or "exists" in form.errors.message("path")
    assert form.errors.message("user_name")
    assert "12" in form.errors.message("passphrase")


def test_quit_after_a_failed_save_asks_first(
    access: FakeAccess, settings: Settings, vault_file: Path
) -> None:
    session, quits = make_session(access, settings, vault_file)
    try:
        workspace = unlock(session)
        assert workspace is not None and session.main_window is not None
        workspace.close_error = SaveFailedError()
        session.quit()
        assert quits == [] and not workspace.closed
        box = session.main_window.findChild(QMessageBox)
        assert box is not None and SaveFailedError().message("en") in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()
        assert workspace.closed
        assert quits == ["quit"]
    finally:
        close_everything()
