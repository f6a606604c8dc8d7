"""Shows a new recovery key once; the user must confirm it is stored safely.

The dialog cannot be dismissed (Escape, the window's close button) before the checkbox
is ticked. "Copy" puts the key on the clipboard; the clipboard is cleared again when the
dialog closes, if it still holds the key. "Print as PDF" (offered when the caller passes a
writer) saves the printable recovery sheet, readable by the owner only, to a chosen file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.export.recovery_sheet import RecoverySheet, write_recovery_sheet
from sspf_desk.ui.dialogs.files import file_dialog
from sspf_desk.ui.messages import show_info, show_warning

_GROUPS_PER_LINE = 4

PdfWriter = Callable[[Path], None]


def recovery_pdf_writer(key_text: str, file_id: bytes) -> PdfWriter:
    """Return a function that writes the recovery sheet of ``key_text`` to a file (mode 0600)."""
    sheet = RecoverySheet(key_text, file_id.hex()[:8], date.today())

    def write(out: Path) -> None:
        os.close(os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        os.chmod(out, 0o600)  # an existing file keeps its mode on O_TRUNC
        write_recovery_sheet(sheet, out)

    return write


def format_key(text: str) -> str:
    """Break the dash-grouped key into lines of four groups, as on the printed sheet."""
    groups = text.split("-")
    lines = ["-".join(groups[i : i + _GROUPS_PER_LINE]) for i in range(0, len(groups), 4)]
    return "\n".join(lines)


class RecoveryKeyDialog(QDialog):
    """Displays ``key_text`` and only closes once the user confirms they saved it."""

    def __init__(
        self,
        key_text: str,
        parent: QWidget | None = None,
        *,
        pdf_writer: PdfWriter | None = None,
        replaced: bool = False,
    ) -> None:
        super().__init__(parent)
        self._key = key_text
        self._pdf_writer = pdf_writer
        self._replaced = replaced
        self.setWindowTitle(self.tr("New recovery key") if replaced else self.tr("Recovery key"))
        self.setModal(True)
        intro = QLabel(
            self.tr(
                "This is the vault's new recovery key. The previous recovery key no longer "
                "works. With the new key the vault can be opened if the passphrase is "
                "forgotten. It is shown only now."
            )
            if replaced
            else self.tr(
                "This is the vault's recovery key. With it the vault can be opened if the "
                "passphrase is forgotten. It is shown only now."
            )
        )
        intro.setWordWrap(True)
        advice = QLabel(
            self.tr(
                "Write it down or print it and keep it locked away, apart from the computer. "
                "Do not save it in a file or take a photo of it."
            )
        )
        advice.setWordWrap(True)
        self.key_label = QLabel(format_key(key_text))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key_label.setFrameShape(QLabel.Shape.Box)
        self.key_label.setMargin(12)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the recovery key"))
        self.copy_button.clicked.connect(self._copy)
        self.pdf_button = QPushButton(self.tr("Print as &PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the recovery key as a printable PDF"))
        self.pdf_button.clicked.connect(self._choose_pdf)
        self.pdf_button.setVisible(pdf_writer is not None)
        self.confirm = QCheckBox(self.tr("I have &written down or printed the recovery key"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("C&ontinue"))
        self.ok_button.setEnabled(False)
        self.confirm.toggled.connect(self.ok_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(advice)
        layout.addWidget(self.key_label)
        actions = QHBoxLayout()
        actions.addWidget(self.copy_button)
        actions.addWidget(self.pdf_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._key)

    def _choose_pdf(self) -> None:
        dialog = file_dialog(
            self, self.tr("Save the recovery key as PDF"), ["PDF (*.pdf)"], save=True, suffix="pdf"
        )
        dialog.fileSelected.connect(self.write_pdf)
        dialog.open()

    def write_pdf(self, name: str) -> bool:
        """Write the printable recovery sheet to ``name``; tell the user what to do next."""
        if self._pdf_writer is None or not name:
            return False
        try:
            self._pdf_writer(Path(name))
        except OSError:
            show_warning(self.tr("The PDF could not be written. Choose another folder."), self)
            return False
        show_info(
            self.tr(
                "The recovery key was saved as a PDF in %1. Print it, keep the printout "
                "locked away, and then delete the file."
            ).replace("%1", name),
            self,
        )
        return True

    def lock_note(self) -> str | None:
        """What the unlock screen says when a lock closes a new key before it was confirmed."""
        if not self._replaced or self.confirm.isChecked():
            return None
        return self.tr(
            "The program locked before the new recovery key was confirmed. If it was not "
            "written down, create a new recovery key after unlocking."
        )

    def reject(self) -> None:
        """Ignore Escape until the user has confirmed."""
        if self.confirm.isChecked():
            self.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Refuse to close until the user has confirmed."""
        if self.confirm.isChecked():
            super().closeEvent(event)
        else:
            event.ignore()

    def done(self, result: int) -> None:
        """Close, and clear the clipboard if it still holds the key."""
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == self._key:
            clipboard.clear()
        super().done(result)
