"""The two forms of the unlock screen: open an existing vault, and create a new one.

The forms only collect and check input; they emit a request object and the unlock window
does the (slow) work. Messages appear under the field they concern.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.ui.dialogs.files import file_dialog
from sspf_desk.ui.widgets.field_errors import ErrorLabel, FieldErrors, with_error_label
from sspf_desk.ui.widgets.passphrase_fields import NewPassphraseFields

VAULT_SUFFIX = "sspf"


@dataclass(frozen=True)
class OpenRequest:
    """Open ``path`` with a passphrase or (when ``use_recovery_key``) the recovery key."""

    path: Path
    secret: str
    use_recovery_key: bool


@dataclass(frozen=True)
class CreateRequest:
    """Create a new vault at ``path`` for ``user_name`` protected by ``passphrase``."""

    path: Path
    user_name: str
    passphrase: str


def _line_edit(name: str, *, secret: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _file_row(edit: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return row


def _file_dialog(parent: QWidget, title: str, *, save: bool) -> QFileDialog:
    """A file dialog for vault files (non-native, so the lock can close it)."""
    filters = [
        QCoreApplication.translate("VaultForms", "SSPF vaults (*.%1)").replace("%1", VAULT_SUFFIX),
        QCoreApplication.translate("VaultForms", "All files (*)"),
    ]
    return file_dialog(parent, title, filters, save=save, suffix=VAULT_SUFFIX)


class OpenVaultForm(QWidget):
    """Pick a vault (recent list or file dialog) and type the passphrase or recovery key."""

    submitted = Signal(object)

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recent_model = QStringListModel(recent, self)
        self.recent = QListView()
        self.recent.setModel(self.recent_model)
        self.recent.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent.setAccessibleName(self.tr("Recent vaults"))
        self.recent.setMaximumHeight(110)
        self.recent.clicked.connect(self._pick_recent)
        self.recent.activated.connect(self._pick_recent)
        self.path = _line_edit(self.tr("Vault file"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Browse for a vault file"))
        self.browse.clicked.connect(self._browse)
        self.with_passphrase = QRadioButton(self.tr("&Passphrase"))
        self.with_recovery = QRadioButton(self.tr("&Recovery key"))
        self.with_passphrase.setChecked(True)
        self._mode = QButtonGroup(self)
        for button in (self.with_passphrase, self.with_recovery):
            self._mode.addButton(button)
            button.toggled.connect(self._mode_changed)
        self.secret = _line_edit(self.tr("Passphrase"), secret=True)
        self.secret.returnPressed.connect(self.submit)
        self.secret_label = QLabel(self.tr("Pa&ssphrase"))
        self.secret_label.setBuddy(self.secret)
        self.button = QPushButton(self.tr("&Unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.errors = FieldErrors(ErrorLabel(self.button, self))
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        path_box, path_error = with_error_label(_file_row(self.path, self.browse))
        self.errors.add("path", path_error)
        recent_label = QLabel(self.tr("Re&cent vaults"))
        recent_label.setBuddy(self.recent)
        form.addRow(recent_label, self.recent)
        file_label = QLabel(self.tr("&Vault file"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, path_box)
        modes = QWidget()
        modes_layout = QHBoxLayout(modes)
        modes_layout.setContentsMargins(0, 0, 0, 0)
        modes_layout.addWidget(self.with_passphrase)
        modes_layout.addWidget(self.with_recovery)
        modes_layout.addStretch(1)
        form.addRow(self.tr("Unlock with"), modes)
        secret_box, secret_error = with_error_label(self.secret)
        self.errors.add("secret", secret_error)
        form.addRow(self.secret_label, secret_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)

    def set_path(self, path: Path | None) -> None:
        """Preselect ``path`` and put the cursor in the secret field."""
        if path is not None:
            self.path.setText(str(path))
            self.secret.setFocus()

    def _pick_recent(self, index: QModelIndex) -> None:
        self.set_path(Path(str(index.data())))

    def _browse(self) -> None:
        dialog = _file_dialog(self, self.tr("Open vault"), save=False)
        dialog.fileSelected.connect(self._file_chosen)
        dialog.open()

    def _file_chosen(self, name: str) -> None:
        self.set_path(Path(name))

    def _mode_changed(self) -> None:
        recovery = self.with_recovery.isChecked()
        self.secret_label.setText(self.tr("Recovery &key") if recovery else self.tr("Pa&ssphrase"))
        self.secret.setAccessibleName(
            self.tr("Recovery key") if recovery else self.tr("Passphrase")
        )
        self.secret.setPlaceholderText("XXXX-XXXX-…" if recovery else "")
        self.secret.clear()

    def submit(self) -> None:
        """Check the input and emit ``submitted(OpenRequest)``."""
        problems: dict[str, str] = {}
        text = self.path.text().strip()
        if not text:
            problems["path"] = self.tr("Choose a vault file.")
        elif not Path(text).is_file():
            problems["path"] = self.tr("The file does not exist.")
        if not self.secret.text():
            recovery = self.with_recovery.isChecked()
            problems["secret"] = (
                self.tr("Type the recovery key.") if recovery else self.tr("Type the passphrase.")
            )
        self.errors.show(problems)
        if problems:
            return
        request = OpenRequest(Path(text), self.secret.text(), self.with_recovery.isChecked())
        self.submitted.emit(request)


class CreateVaultForm(QWidget):
    """Choose where the new vault goes, who uses it and its passphrase (typed twice)."""

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = _line_edit(self.tr("New vault file"))
        self.choose = QPushButton(self.tr("C&hoose…"))
        self.choose.setAccessibleName(self.tr("Choose where to save the new vault"))
        self.choose.clicked.connect(self._choose)
        self.user_name = _line_edit(self.tr("Your name"))
        self.new_passphrase = NewPassphraseFields(self)
        self.passphrase = self.new_passphrase.passphrase
        self.repeat = self.new_passphrase.repeat
        self.repeat.returnPressed.connect(self.submit)
        self.button = QPushButton(self.tr("&Create vault"))
        self.button.clicked.connect(self.submit)
        self.errors = FieldErrors(ErrorLabel(self.button, self))
        form = QFormLayout()
        rows = (
            ("path", self.tr("&File"), _file_row(self.path, self.choose), self.path),
            ("user_name", self.tr("Your na&me"), self.user_name, self.user_name),
        )
        for name, text, field, buddy in rows:
            box, error = with_error_label(field)
            self.errors.add(name, error)
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, box)
        self.new_passphrase.add_rows(form, self.errors)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)

    def _choose(self) -> None:
        dialog = _file_dialog(self, self.tr("Save new vault as"), save=True)
        dialog.fileSelected.connect(self.path.setText)
        dialog.open()

    def submit(self) -> None:
        """Check the input and emit ``submitted(CreateRequest)``."""
        problems: dict[str, str] = {}
        text = self.path.text().strip()
        if not text:
            problems["path"] = self.tr("Choose where to save the vault.")
        elif Path(text).exists():
            problems["path"] = self.tr("The file already exists. Choose a new name.")
        elif not Path(text).parent.is_dir():
            problems["path"] = self.tr("The folder does not exist.")
        if not self.user_name.text().strip():
            problems["user_name"] = self.tr("Type your name.")
        problems.update(self.new_passphrase.problems())
        self.errors.show(problems)
        if problems:
            return
        request = CreateRequest(Path(text), self.user_name.text().strip(), self.passphrase.text())
        self.submitted.emit(request)
