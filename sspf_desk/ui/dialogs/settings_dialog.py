"""Preferences of this computer (File → Settings…): auto-lock idle time and language.

The values are stored in the typed settings registry (``ui.settings``), never in the
vault. A new idle time applies at once; a new language applies the next time the
program is locked or started (the open windows are not rebuilt under the user's hands).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.ui.i18n import LANGUAGE_NAMES, LANGUAGES, normalize_language
from sspf_desk.ui.settings import (
    IDLE_MINUTES,
    LANGUAGE,
    MAX_IDLE_MINUTES,
    MIN_IDLE_MINUTES,
    Settings,
    idle_minutes,
)


class SettingsDialog(QDialog):
    """Edits the idle minutes (1–60) and the language; emits ``applied`` after saving."""

    applied = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setModal(True)
        self.idle = QSpinBox()
        self.idle.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(idle_minutes(settings))
        self.idle.setAccessibleName(self.tr("Lock after this many idle minutes"))
        editor = self.idle.findChild(QLineEdit)
        if editor is not None:  # the spin box's own text field is what takes the focus
            editor.setAccessibleName(self.idle.accessibleName())
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        current = normalize_language(settings.get(LANGUAGE))
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        self.language.setAccessibleName(self.tr("Language"))
        idle_label = QLabel(self.tr("&Lock after"))
        idle_label.setBuddy(self.idle)
        idle_note = QLabel(
            self.tr("Without keyboard or mouse activity for this long, the program locks.")
        )
        idle_note.setWordWrap(True)
        language_label = QLabel(self.tr("Lan&guage"))
        language_label.setBuddy(self.language)
        language_note = QLabel(
            self.tr("A new language is used the next time the program is locked or started.")
        )
        language_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(idle_label, self.idle)
        form.addRow("", idle_note)
        form.addRow(language_label, self.language)
        form.addRow("", language_note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Sa&ve"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def chosen_language(self) -> str:
        """Return the language code chosen in the form."""
        return normalize_language(self.language.currentData())

    def save(self) -> None:
        """Store the values, tell the owner, close."""
        self._settings.set(IDLE_MINUTES, self.idle.value())
        self._settings.set(LANGUAGE, self.chosen_language())
        self.applied.emit()
        self.accept()
