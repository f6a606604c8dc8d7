"""The life of the GUI: unlock screen → main window → (lock) → unlock screen → … → quit.

``Session`` owns the current workspace and the windows showing it, engages the
``LockManager`` while a vault is open, and closes the workspace on lock and on quit.
It is built by ``sspf_desk.app`` (the composition root) and by tests with fakes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from sspf_desk.errors import KnownError
from sspf_desk.ui.dialogs.settings_dialog import SettingsDialog
from sspf_desk.ui.i18n import current_language, install_translator, normalize_language
from sspf_desk.ui.lock import LockManager, LockReport
from sspf_desk.ui.main_window import MainWindow
from sspf_desk.ui.messages import ask, error_text
from sspf_desk.ui.settings import LANGUAGE, RECENT_FILES, Settings, idle_milliseconds
from sspf_desk.ui.tasks import TaskRunner
from sspf_desk.ui.unlock_window import UnlockWindow, VaultAccess

if TYPE_CHECKING:
    from sspf_desk.ui.ports import WorkspacePort

log = logging.getLogger(__name__)


class Session(QObject):
    """Switches between the unlock screen and the main window for one program run."""

    def __init__(
        self,
        access: VaultAccess,
        settings: Settings,
        runner: TaskRunner,
        *,
        idle_ms: int,
        initial_path: Path | None = None,
        quit_app: Callable[[], None] = QApplication.quit,
    ) -> None:
        super().__init__()
        self._access = access
        self._settings = settings
        self._runner = runner
        self._quit_app = quit_app
        self._path = initial_path
        self._quitting = False
        self._unlock_state: tuple[bool, list[str]] = (False, [])
        self._language_on_lock: str | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.workspace: WorkspacePort | None = None
        self.main_window: MainWindow | None = None
        self.unlock_window: UnlockWindow | None = None
        self.lock_manager = LockManager(idle_ms, self)
        self.lock_manager.locked.connect(self._on_locked)

    def start(self) -> None:
        """Show the unlock screen (with ``initial_path`` preselected)."""
        self._show_unlock(locked=False, notes=[])

    def _show_unlock(self, *, locked: bool, notes: list[str]) -> None:
        old = self.unlock_window
        window = UnlockWindow(
            self._access,
            self._runner,
            recent=[p for p in self._settings.get(RECENT_FILES) if Path(p).is_file()],
            path=self._path,
            locked=locked,
            notes=notes,
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.unlocked.connect(self._on_unlocked)
        self._unlock_state = (locked, notes)
        window.language_chosen.connect(self._change_language)
        self.unlock_window = window
        window.show()
        if old is not None:
            old.hide()
            old.deleteLater()

    def _change_language(self, code: str) -> None:
        self._settings.set(LANGUAGE, code)
        install_translator(code)
        locked, notes = self._unlock_state
        self._show_unlock(locked=locked, notes=notes)

    def _on_unlocked(self, workspace: WorkspacePort) -> None:
        self.workspace = workspace
        self._path = workspace.path
        self._settings.add_recent_file(workspace.path)
        main = MainWindow(workspace, self._runner)
        main.lock_requested.connect(self.lock_manager.lock)
        main.quit_requested.connect(self.quit)
        main.settings_requested.connect(self.open_settings)
        self.main_window = main
        main.show()
        if self.unlock_window is not None:
            self.unlock_window.hide()
            self.unlock_window.deleteLater()
            self.unlock_window = None
        self.lock_manager.engage(self._close_workspace, main)
        log.info("Vault unlocked")
        if workspace.opened_with_recovery_key:
            main.keys.ask_for_new_passphrase()

    def _close_workspace(self) -> None:
        """Lock step 3: clear the windows, close the workspace, drop the main window.

        Locking always drops the keys: if the newest changes cannot be saved, the error
        is re-raised for the lock report after the workspace is closed regardless. Work
        still running on a worker thread (e.g. setting a passphrase) is waited for first:
        the workspace is never closed under it.
        """
        self._runner.wait()
        main, workspace = self.main_window, self.workspace
        self.main_window, self.workspace = None, None
        if main is not None:
            main.shutdown()
            main.hide()
            main.deleteLater()
        if workspace is None:
            return
        try:
            workspace.close()
        except KnownError:
            workspace.close(discard_unsaved=True)
            raise

    def open_settings(self) -> SettingsDialog:
        """Open the settings dialog over the main window."""
        dialog = SettingsDialog(self._settings, self.main_window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self._settings_applied)
        dialog.open()
        self.settings_dialog = dialog
        return dialog

    def _settings_applied(self) -> None:
        """A new idle time applies now; a new language at the next lock (or start)."""
        self.lock_manager.set_idle_ms(idle_milliseconds(self._settings))
        language = normalize_language(self._settings.get(LANGUAGE))
        self._language_on_lock = language if language != current_language() else None

    def _on_locked(self, report: object) -> None:
        assert isinstance(report, LockReport)
        if self._quitting:
            self._quit_app()
            return
        if self._language_on_lock is not None:
            install_translator(self._language_on_lock)
            self._language_on_lock = None
        self._show_unlock(locked=True, notes=report.notes())

    def lock(self) -> None:
        """Lock now (the same as Ctrl+L)."""
        self.lock_manager.lock()

    def quit(self) -> None:
        """Quit: save what is pending (asking if that fails), close the vault, end the app."""
        if self.workspace is None:
            self._quit_app()
            return
        try:
            self.workspace.flush()
        except KnownError as exc:
            self._ask_quit_anyway(exc)
            return
        self._quit_now()

    def _quit_now(self) -> None:
        self._quitting = True
        self.lock_manager.lock()

    def _ask_quit_anyway(self, exc: KnownError) -> None:
        text = "\n\n".join(
            (
                self.tr("The latest changes could not be saved."),
                error_text(exc),
                self.tr("Quit anyway? The changes that were not saved will be lost."),
            )
        )
        box = ask(
            self.main_window,
            self.tr("Not saved"),
            text,
            self.tr("&Quit anyway"),
            self.tr("&Cancel"),
        )
        box.setIcon(QMessageBox.Icon.Warning)
        box.accepted.connect(self._quit_now)
