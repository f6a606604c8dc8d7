"""Shows a new vault's recovery key once; the user must confirm it is stored safely.

The dialog cannot be dismissed (Escape, the window's close button) before the checkbox
is ticked. "Copy" puts the key on the clipboard; the clipboard is cleared again when the
dialog closes, if it still holds the key.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_GROUPS_PER_LINE = 4


def format_key(text: str) -> str:
    """Break the dash-grouped key into lines of four groups, as on the printed sheet."""
    groups = text.split("-")
    lines = ["-".join(groups[i : i + _GROUPS_PER_LINE]) for i in range(0, len(groups), 4)]
    return "\n".join(lines)


class RecoveryKeyDialog(QDialog):
    """Displays ``key_text`` and only closes once the user confirms they saved it."""

    def __init__(self, key_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = key_text
        self.setWindowTitle(self.tr("Recovery key"))
        self.setModal(True)
        intro = QLabel(
            self.tr(
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
        layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._key)

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
