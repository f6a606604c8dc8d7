"""The keys of the open vault, as menu actions: a new passphrase, a new recovery key.

After unlocking with the recovery key the user is led to set a new passphrase for one of
the active users; otherwise a user can change their own. The key derivation runs on the
worker thread.

Replacing the recovery key asks first (the old key stops working), then shows the new
key once, with a printable PDF. The replacement and its save run on the GUI thread (a
wait cursor, typically well under a second), so nothing — not even a lock — can come
between the old key ceasing to work and the new key being on screen. If the program
locks before the new key is confirmed, the unlock screen says so.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from sspf_desk.domain import User
from sspf_desk.errors import KnownError
from sspf_desk.logsetup import log_unexpected
from sspf_desk.ui.dialogs.recovery_key import RecoveryKeyDialog, recovery_pdf_writer
from sspf_desk.ui.dialogs.set_passphrase import SetPassphraseDialog
from sspf_desk.ui.messages import ask, show_error, show_info
from sspf_desk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from sspf_desk.ui.ports import RecoveryKeyView, WorkspacePort

log = logging.getLogger(__name__)


class KeyActions(QObject):
    """Owns the "New passphrase…" and "New recovery key…" actions of the main window."""

    passphrase_changed = Signal()

    def __init__(self, window: QMainWindow, workspace: WorkspacePort, runner: TaskRunner) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self._runner = runner
        self.passphrase_dialog: SetPassphraseDialog | None = None
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self.passphrase_action = QAction(self.tr("New &passphrase…"), self)
        self.passphrase_action.triggered.connect(self._passphrase_requested)
        self.recovery_action = QAction(self.tr("New &recovery key…"), self)
        self.recovery_action.triggered.connect(self.replace_recovery_key)

    def _candidates(self) -> list[User]:
        """The users whose passphrase may be set here: all active ones after a recovery."""
        current = self._workspace.current_user
        if not current.is_recovery:
            return [current]
        return [user for user in self._workspace.users.list_users() if user.active]

    def _passphrase_requested(self) -> None:
        self.ask_for_new_passphrase()

    def ask_for_new_passphrase(self) -> SetPassphraseDialog | None:
        """Open the dialog to set a new passphrase (None when there is no user to set it for)."""
        users = self._candidates()
        if not users:
            show_info(
                self.tr("The vault has no active user to set a passphrase for."), self._window
            )
            return None
        dialog = SetPassphraseDialog(
            self._workspace.users,
            users,
            self._runner,
            self._window,
            after_recovery=self._workspace.opened_with_recovery_key,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.passphrase_set.connect(self._passphrase_set)
        dialog.open()
        self.passphrase_dialog = dialog
        return dialog

    def _passphrase_set(self, _user: object) -> None:
        log.info("New passphrase set from the GUI")
        self.passphrase_changed.emit()
        show_info(
            self.tr(
                "The new passphrase is set. Use it the next time you unlock the vault. "
                "The recovery key still works as before."
            ),
            self._window,
        )

    def replace_recovery_key(self) -> QMessageBox:
        """Ask, then replace the recovery key and show the new one once."""
        box = ask(
            self._window,
            self.tr("New recovery key"),
            self.tr(
                "Create a new recovery key? The current recovery key stops working at once. "
                "The new key is shown only once: have paper or a printer ready."
            ),
            self.tr("&Create new key"),
            self.tr("Cancel"),
        )
        box.accepted.connect(self._replace_confirmed)
        return box

    def _replace_confirmed(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            key = self._workspace.replace_recovery_key()
        except Exception as exc:  # shown to the user; a bug also goes to the log
            QApplication.restoreOverrideCursor()
            if not isinstance(exc, KnownError):
                log_unexpected(log, exc)
            show_error(exc, self._window)
            return
        QApplication.restoreOverrideCursor()
        self.show_new_key(key)

    def show_new_key(self, key: RecoveryKeyView) -> RecoveryKeyDialog:
        """Show the new recovery key once (with "Print as PDF")."""
        log.info("Recovery key replaced from the GUI")
        dialog = RecoveryKeyDialog(
            key.text,
            self._window,
            pdf_writer=recovery_pdf_writer(key.text, self._workspace.file_id),
            replaced=True,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.recovery_dialog = dialog
        return dialog
