"""New passphrase after a recovery-key unlock, own passphrase change, new recovery key."""

from __future__ import annotations

import stat
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from sspf_desk.errors import ValidationError
from sspf_desk.ui.dialogs.recovery_key import RecoveryKeyDialog
from sspf_desk.ui.dialogs.set_passphrase import SetPassphraseDialog
from sspf_desk.ui.main_window import ChangeRelay, MainWindow
from sspf_desk.ui.session import Session
from sspf_desk.ui.settings import Settings
from sspf_desk.ui.tasks import TaskRunner
from sspf_desk.ui.unlock_window import VaultAccess
from sspf_desk.vault.errors import SaveFailedError, WrongPassphraseError
from tests.ui.fakes import FakeAccess, FakeWorkspace

SECRET = "ABCD-EFGH-IJKL-MNOP"
NEW = "en helt ny lösenfras"


@pytest.fixture
def session(qtbot: QtBot, tmp_path: Path) -> Iterator[Session]:
    vault = tmp_path / "kommun.sspf"
    vault.write_bytes(b"not really a vault")
    access = FakeAccess(SECRET, WrongPassphraseError())
    made = Session(
        VaultAccess(open=access.open, create=access.create),  # type: ignore[arg-type]
        Settings(tmp_path / "config"),
        TaskRunner(synchronous=True),
        idle_ms=60_000,
        initial_path=vault,
        quit_app=lambda: None,
    )
    made.start()
    yield made
    made.lock()
    for widget in QApplication.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    QApplication.processEvents()


def unlock(session: Session, *, recovery: bool) -> tuple[FakeWorkspace, MainWindow]:
    window = session.unlock_window
    assert window is not None
    window.open_form.with_recovery.setChecked(recovery)
    window.open_form.secret.setText(SECRET)
    window.open_form.submit()
    assert isinstance(session.workspace, FakeWorkspace) and session.main_window is not None
    return session.workspace, session.main_window


def fill(dialog: SetPassphraseDialog, passphrase: str, repeat: str | None = None) -> None:
    dialog.fields.passphrase.setText(passphrase)
    dialog.fields.repeat.setText(passphrase if repeat is None else repeat)


def message_boxes(parent: MainWindow) -> list[str]:
    return [box.text() for box in parent.findChildren(QMessageBox) if box.isVisible()]


def test_recovery_unlock_leads_to_a_new_passphrase(session: Session) -> None:
    workspace, main = unlock(session, recovery=True)
    dialog = main.keys.passphrase_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowModality() != 0  # modal over the main window
    assert [dialog.user.itemText(i) for i in range(dialog.user.count())] == [
        "Kim Samordnare",
        "Sam Skola",
    ]  # active users only
    assert dialog.user.isVisibleTo(dialog)
    assert main.recovery_note.text() == "Unlocked with the recovery key."
    dialog.user.setCurrentIndex(1)
    fill(dialog, NEW)
    dialog.submit()
    assert workspace.users.passphrases == {"u2": NEW}
    assert not dialog.isVisible()
    assert dialog.fields.passphrase.text() == ""  # not kept in a widget
    assert any("new passphrase is set" in text for text in message_boxes(main))
    assert main.recovery_note.text() == "Unlocked with the recovery key. A new passphrase is set."
    assert "b00020" not in main.recovery_note.styleSheet()


def test_cancel_leaves_the_red_note(session: Session) -> None:
    workspace, main = unlock(session, recovery=True)
    dialog = main.keys.passphrase_dialog
    assert dialog is not None
    fill(dialog, NEW)
    dialog.reject()
    assert not dialog.isVisible()
    assert workspace.users.passphrases == {}
    assert main.recovery_note.text() == "Unlocked with the recovery key."
    assert "b00020" in main.recovery_note.styleSheet()
    assert not main.recovery_note.isHidden()
    again = main.keys.ask_for_new_passphrase()  # the menu offers it again
    assert again is not None and again.isVisible()


def test_messages_appear_next_to_the_fields(session: Session) -> None:
    workspace, main = unlock(session, recovery=True)
    dialog = main.keys.passphrase_dialog
    assert dialog is not None
    fill(dialog, "för kort")
    dialog.submit()
    assert dialog.errors.message("passphrase") == (
        "The passphrase must have at least 12 characters."
    )
    fill(dialog, NEW, NEW + "!")
    dialog.submit()
    assert dialog.errors.message("passphrase") == ""
    assert dialog.errors.message("repeat") == "The passphrases are not the same."
    workspace.users.error = ValidationError({"passphrase": "Tjänsten säger nej."})
    fill(dialog, NEW)
    dialog.submit()
    assert dialog.errors.message("passphrase") == "Tjänsten säger nej."
    workspace.users.error = SaveFailedError()
    dialog.submit()
    assert dialog.errors.general.text() == SaveFailedError().message("en")
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    assert workspace.users.passphrases == {}


def test_normal_unlock_offers_only_the_own_passphrase(session: Session) -> None:
    workspace, main = unlock(session, recovery=False)
    assert main.keys.passphrase_dialog is None  # nothing opens by itself
    assert main.recovery_note.isHidden()
    file_menu = main.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions()]
    assert "New &passphrase…" in texts and "New &recovery key…" in texts
    main.keys.passphrase_action.trigger()
    dialog = main.keys.passphrase_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.user.isVisibleTo(dialog)
    names = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Kim Samordnare" in names
    fill(dialog, NEW)
    dialog.submit()
    assert workspace.users.passphrases == {"u1": NEW}


def test_new_recovery_key_is_shown_once_with_a_pdf(session: Session, tmp_path: Path) -> None:
    workspace, main = unlock(session, recovery=False)
    box = main.keys.replace_recovery_key()
    assert workspace.recovery_keys == []  # nothing before the answer
    box.button(QMessageBox.StandardButton.Yes).click()
    assert len(workspace.recovery_keys) == 1
    dialog = main.keys.recovery_dialog
    assert isinstance(dialog, RecoveryKeyDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "New recovery key"
    assert dialog.key_label.text().replace("\n", "-") == workspace.recovery_keys[0]
    assert dialog.pdf_button.isVisible()
    out = tmp_path / "nyckel.pdf"
    assert dialog.write_pdf(str(out))
    assert out.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert dialog.lock_note() is not None  # not confirmed yet
    dialog.confirm.setChecked(True)
    assert dialog.lock_note() is None


def test_lock_before_the_new_key_is_confirmed_is_reported(session: Session) -> None:
    _workspace, main = unlock(session, recovery=False)
    main.keys.replace_recovery_key().button(QMessageBox.StandardButton.Yes).click()
    session.lock()
    window = session.unlock_window
    assert window is not None
    assert "before the new recovery key was confirmed" in window.notes.text()


def test_failed_replacement_is_shown(session: Session) -> None:
    workspace, main = unlock(session, recovery=False)
    workspace.close_error = SaveFailedError()
    main.keys.replace_recovery_key().button(QMessageBox.StandardButton.Yes).click()
    assert main.keys.recovery_dialog is None
    assert SaveFailedError().message("en") in message_boxes(main)
    workspace.close_error = None


def test_lock_waits_for_a_passphrase_being_set(qtbot: QtBot, tmp_path: Path) -> None:
    workspace = FakeWorkspace(tmp_path / "v.sspf", recovery=True)
    closed_during_work: list[bool] = []

    def slow_set(user_id: str, passphrase: str) -> None:
        time.sleep(0.3)
        closed_during_work.append(workspace.closed)

    workspace.users.set_passphrase = slow_set  # type: ignore[method-assign]
    runner = TaskRunner()
    access = FakeAccess(SECRET)
    session = Session(
        VaultAccess(open=lambda *_args: workspace, create=access.create),  # type: ignore[arg-type]
        Settings(tmp_path / "config"),
        runner,
        idle_ms=60_000,
        initial_path=workspace.path,
        quit_app=lambda: None,
    )
    session.start()
    try:
        session._on_unlocked(workspace)  # type: ignore[arg-type]
        main = session.main_window
        assert main is not None
        dialog = main.keys.passphrase_dialog
        assert dialog is not None
        fill(dialog, NEW)
        dialog.submit()
        assert dialog.busy and not dialog.ok_button.isEnabled()
        dialog.reject()  # cannot be cancelled while the key is derived
        assert dialog.isVisible()
        session.lock()
        assert closed_during_work == [False]
        assert workspace.closed
    finally:
        runner.wait()
        QApplication.processEvents()
        for widget in QApplication.topLevelWidgets():
            widget.hide()
            widget.deleteLater()
        QApplication.processEvents()


def test_changes_from_a_worker_thread_reach_the_gui_thread(qtbot: QtBot) -> None:
    relay = ChangeRelay()
    received: list[int] = []
    relay.changed.connect(lambda _changes: received.append(threading.get_ident()))
    worker = threading.Thread(target=relay.listener, args=(object(),))
    with qtbot.waitSignal(relay.changed):
        worker.start()
        worker.join()
    assert received == [threading.get_ident()]
