"""The unlock screen: open an existing vault or create a new one.

Opening and creating run the key derivation, which takes about a second on purpose, so
they run on a worker thread (``TaskRunner``) while a busy bar shows and the forms are
disabled. Failures are shown as one clear sentence: a wrong passphrase under the
passphrase field (which is cleared), anything about the file under the form.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.errors import KnownError
from sspf_desk.ui.dialogs.recovery_key import RecoveryKeyDialog
from sspf_desk.ui.i18n import LANGUAGE_NAMES, LANGUAGES, current_language
from sspf_desk.ui.messages import error_text
from sspf_desk.ui.tasks import TaskRunner
from sspf_desk.ui.widgets.vault_forms import (
    CreateRequest,
    CreateVaultForm,
    OpenRequest,
    OpenVaultForm,
)

if TYPE_CHECKING:
    from sspf_desk.ui.ports import WorkspacePort

EXIT_WRONG_SECRET = 3
EXIT_MALFORMED = 2
EXIT_DAMAGED = 4


@dataclass(frozen=True)
class VaultAccess:
    """How the unlock screen opens and creates vaults (the seam for tests).

    Attributes:
        open: ``open(path, passphrase, recovery_key)`` → an open workspace; exactly one
            of the two secrets is given.
        create: ``create(path, user_name, passphrase)`` → the open workspace and the
            recovery key's text.
        newest_backup: ``newest_backup(path)`` → the newest encrypted backup of that
            vault, if one exists (offered when the file turns out to be damaged).
    """

    open: Callable[[Path, str | None, str | None], WorkspacePort]
    create: Callable[[Path, str, str], tuple[WorkspacePort, str]]
    newest_backup: Callable[[Path], Path | None] = lambda _path: None


class UnlockWindow(QWidget):
    """First window of the program and the lock screen; emits ``unlocked(workspace)``."""

    unlocked = Signal(object)
    language_chosen = Signal(str)

    def __init__(
        self,
        access: VaultAccess,
        runner: TaskRunner,
        *,
        recent: list[str],
        path: Path | None = None,
        locked: bool = False,
        notes: list[str] | None = None,
    ) -> None:
        super().__init__()
        self._access = access
        self._runner = runner
        self._busy = False
        self._path: Path | None = None
        self._created_workspace: WorkspacePort | None = None
        self.setWindowTitle(self.tr("SSPF Desk – Locked") if locked else "SSPF Desk")
        self.setObjectName("unlockWindow")
        self.open_form = OpenVaultForm(recent)
        self.open_form.submitted.connect(self._open)
        self.create_form = CreateVaultForm()
        self.create_form.submitted.connect(self._create)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.open_form, self.tr("&Open vault"))
        self.tabs.addTab(self.create_form, self.tr("Create &new vault"))
        self.tabs.setAccessibleName(self.tr("Open or create a vault"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.setVisible(False)
        self.progress_label = QLabel()
        self.notes = QLabel("\n".join(notes or []))
        self.notes.setWordWrap(True)
        self.notes.setVisible(bool(notes))
        self.notes.setAccessibleName(self.tr("Notice"))
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.currentIndexChanged.connect(self._language_changed)
        self._build_layout(locked)
        runner.progress_started.connect(self._show_busy)
        runner.progress_finished.connect(self._hide_busy)
        self.resize(640, 500)
        if path is not None:
            self.open_form.set_path(path)
        elif recent:
            self.open_form.set_path(Path(recent[0]))
        if not recent and path is None:
            self.tabs.setCurrentWidget(self.create_form)

    def _build_layout(self, locked: bool) -> None:
        title = QLabel("SSPF Desk")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(
            self.tr("The program is locked. Unlock to continue.")
            if locked
            else self.tr("School, social services, police and leisure – working together.")
        )
        subtitle.setWordWrap(True)
        language_label = QLabel(self.tr("&Language"))
        language_label.setBuddy(self.language)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(language_label)
        header.addWidget(self.language)
        busy = QHBoxLayout()
        busy.addWidget(self.progress_label)
        busy.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(subtitle)
        layout.addWidget(self.notes)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(busy)

    # -- work ----------------------------------------------------------------------------

    def _open(self, request: object) -> None:
        assert isinstance(request, OpenRequest)
        self._path = request.path
        passphrase = None if request.use_recovery_key else request.secret
        recovery = request.secret if request.use_recovery_key else None
        open_vault = self._access.open
        self._runner.run(lambda: open_vault(request.path, passphrase, recovery)).on_success(
            self._opened
        ).on_error(self._open_failed).with_progress(self.tr("Unlocking…")).start()

    def _create(self, request: object) -> None:
        assert isinstance(request, CreateRequest)
        create = self._access.create
        self._runner.run(
            lambda: create(request.path, request.user_name, request.passphrase)
        ).on_success(self._created).on_error(self._create_failed).with_progress(
            self.tr("Creating the vault…")
        ).start()

    def _opened(self, workspace: WorkspacePort) -> None:
        self.open_form.secret.clear()
        self.unlocked.emit(workspace)

    def _created(self, result: tuple[WorkspacePort, str]) -> None:
        workspace, key_text = result
        self.create_form.passphrase.clear()
        self.create_form.repeat.clear()
        dialog = RecoveryKeyDialog(key_text, self)
        self._created_workspace = workspace
        dialog.finished.connect(self._recovery_key_confirmed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.recovery_dialog = dialog

    def _recovery_key_confirmed(self) -> None:
        workspace, self._created_workspace = self._created_workspace, None
        if workspace is not None:
            self.unlocked.emit(workspace)

    def _open_failed(self, exc: Exception) -> None:
        form = self.open_form
        if isinstance(exc, KnownError) and exc.exit_code in (EXIT_WRONG_SECRET, EXIT_MALFORMED):
            form.errors.show({"secret": error_text(exc)})
            form.secret.clear()
            form.secret.setFocus()
            return
        text = error_text(exc)
        if isinstance(exc, KnownError) and exc.exit_code == EXIT_DAMAGED:
            backup = self._access.newest_backup(self._path) if self._path else None
            if backup is not None:
                text += "\n" + self.tr("Newest backup: %1").replace("%1", str(backup))
        form.errors.show_general(text)

    def _create_failed(self, exc: Exception) -> None:
        self.create_form.errors.show_general(error_text(exc))

    # -- state ---------------------------------------------------------------------------

    def _show_busy(self, label: str) -> None:
        self._busy = True
        self.progress_label.setText(label)
        self.progress.setVisible(True)
        self.tabs.setEnabled(False)
        self.language.setEnabled(False)

    def _hide_busy(self) -> None:
        self._busy = False
        self.progress_label.clear()
        self.progress.setVisible(False)
        self.tabs.setEnabled(True)
        self.language.setEnabled(True)

    @property
    def busy(self) -> bool:
        """True while a vault is being opened or created."""
        return self._busy

    def _language_changed(self) -> None:
        code = self.language.currentData()
        if isinstance(code, str) and code != current_language():
            self.language_chosen.emit(code)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Do not close while a vault is being opened (the result would be orphaned)."""
        if self._busy:
            event.ignore()
        else:
            super().closeEvent(event)
