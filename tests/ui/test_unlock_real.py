"""Unlock, edit, save and lock against a real vault (cheap test KDF, real worker thread)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sspf_desk.app import vault_access
from sspf_desk.paths import AppPaths, app_paths
from sspf_desk.services.workspace import Workspace
from sspf_desk.ui.i18n import install_translator
from sspf_desk.ui.session import Session
from sspf_desk.ui.settings import Settings
from sspf_desk.ui.tasks import TaskRunner
from sspf_desk.ui.unlock_window import VaultAccess
from sspf_desk.vault import WrongPassphraseError
from sspf_desk.vault.kdf import insecure_test_params

PASSPHRASE = "sommarlov på Gotland 2026"


@pytest.fixture
def paths() -> AppPaths:
    return app_paths().ensure()


@pytest.fixture
def vault(tmp_path: Path, paths: AppPaths) -> tuple[Path, str]:
    """A fresh vault file and its recovery key text."""
    path = tmp_path / "samverkan.sspf"
    workspace, recovery = Workspace.create(
        path,
        user_name="Kim Samordnare",
        passphrase=PASSPHRASE,
        paths=paths,
        kdf=insecure_test_params(),
        allow_weak_kdf=True,
    )
    workspace.close()
    return path, recovery.text


@pytest.fixture
def access(paths: AppPaths) -> VaultAccess:
    real = vault_access(paths)

    def create(path: Path, user_name: str, passphrase: str) -> tuple[Workspace, str]:
        workspace, recovery = Workspace.create(
            path,
            user_name=user_name,
            passphrase=passphrase,
            paths=paths,
            kdf=insecure_test_params(),
            allow_weak_kdf=True,
        )
        return workspace, recovery.text

    def open_vault(path: Path, passphrase: str | None, recovery_key: str | None) -> Workspace:
        return Workspace.open(
            path,
            paths=paths,
            passphrase=passphrase,
            recovery_key=recovery_key,
            kdf=insecure_test_params(),
            allow_weak_kdf=True,
        )

    return VaultAccess(open=open_vault, create=create, newest_backup=real.newest_backup)


@pytest.fixture
def session(
    qtbot: QtBot, access: VaultAccess, vault: tuple[Path, str], paths: AppPaths
) -> Iterator[Session]:
    install_translator("sv")  # the program's default language
    runner = TaskRunner()
    made = Session(
        access,
        Settings(paths.config),
        runner,
        idle_ms=60_000,
        initial_path=vault[0],
        quit_app=lambda: None,
    )
    made.start()
    yield made
    made.lock()
    runner.wait()
    for widget in QApplication.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    QApplication.processEvents()


def submit(qtbot: QtBot, session: Session, secret: str, *, recovery: bool = False) -> None:
    window = session.unlock_window
    assert window is not None
    form = window.open_form
    if recovery:
        form.with_recovery.setChecked(True)
    form.secret.setText(secret)
    with qtbot.waitSignal(session._runner.progress_finished, timeout=10_000):
        form.submit()
        assert window.progress.isVisible()
        assert not window.tabs.isEnabled()


def test_wrong_passphrase_shows_swedish_message(qtbot: QtBot, session: Session) -> None:
    submit(qtbot, session, "fel lösenfras")
    window = session.unlock_window
    assert window is not None and window.isVisible()
    assert window.open_form.errors.message("secret") == "Fel lösenfras eller återställningsnyckel."
    assert window.tabs.isEnabled()
    assert not window.progress.isVisible()
    assert session.main_window is None


def test_unlock_edit_save_and_lock(
    qtbot: QtBot, session: Session, vault: tuple[Path, str], paths: AppPaths
) -> None:
    submit(qtbot, session, PASSPHRASE)
    main = session.main_window
    assert main is not None and main.isVisible()
    assert main.windowTitle() == "SSPF Desk"
    editor = main.persons.new_person()
    editor.edit("first_name").setText("Åsa")
    editor.edit("last_name").setText("Öberg")
    editor.edit("birth_date").setText("2011-04-05")
    assert editor.submit()
    assert main.persons.model.rowCount() == 1
    indicator = main.save_indicator
    qtbot.waitUntil(lambda: indicator.text().startswith("Sparat "), timeout=10_000)
    assert re.fullmatch(r"Sparat \d\d:\d\d:\d\d", indicator.text())
    qtbot.keyClick(main.persons.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.main_window is None)
    window = session.unlock_window
    assert window is not None and window.windowTitle() == "SSPF Desk – Låst"
    # the vault lock is released and the change is on disk
    with Workspace.open(vault[0], paths=paths, passphrase=PASSPHRASE) as again:
        assert [row.last_name for row in again.persons.list_young_persons()] == ["Öberg"]


def test_unlock_with_recovery_key_then_set_a_new_passphrase(
    qtbot: QtBot, session: Session, vault: tuple[Path, str], paths: AppPaths
) -> None:
    submit(qtbot, session, vault[1].lower(), recovery=True)
    main = session.main_window
    assert main is not None
    assert session.workspace is not None and session.workspace.opened_with_recovery_key
    dialog = main.keys.passphrase_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Ny lösenfras"
    dialog.fields.passphrase.setText("höstlov i Åre 2027")
    dialog.fields.repeat.setText("höstlov i Åre 2027")
    dialog.submit()
    assert dialog.busy
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=9000)
    assert main.recovery_note.text() == (
        "Upplåst med återställningsnyckeln. En ny lösenfras är satt."
    )
    session.lock()
    qtbot.waitUntil(lambda: session.main_window is None)
    with pytest.raises(WrongPassphraseError):
        Workspace.open(vault[0], paths=paths, passphrase=PASSPHRASE)
    with Workspace.open(vault[0], paths=paths, passphrase="höstlov i Åre 2027") as again:
        assert again.current_user.name == "Kim Samordnare"


def test_vault_open_elsewhere_is_reported(
    qtbot: QtBot, session: Session, vault: tuple[Path, str], paths: AppPaths
) -> None:
    with Workspace.open(vault[0], paths=paths, passphrase=PASSPHRASE):
        submit(qtbot, session, PASSPHRASE)
    window = session.unlock_window
    assert window is not None
    assert "redan öppet" in window.open_form.errors.general.text()
    assert session.main_window is None


def test_not_a_vault_is_reported(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sspf"
    junk.write_bytes(b"hello, this is not a vault" * 10)
    window = session.unlock_window
    assert window is not None
    window.open_form.set_path(junk)
    submit(qtbot, session, PASSPHRASE)
    assert "inte ett SSPF-valv" in window.open_form.errors.general.text()
