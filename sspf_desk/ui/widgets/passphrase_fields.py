"""Choosing a new passphrase: the field, the repeat field and a strength hint under them.

Used wherever a passphrase is chosen (a new vault, a new passphrase after unlocking with
the recovery key). Whether a passphrase may be used at all is the domain's rule
(``domain.passphrase``); the strength hint only advises.
"""

from __future__ import annotations

import unicodedata
from enum import Enum

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from sspf_desk.domain import MIN_PASSPHRASE_LENGTH, PassphraseProblem, classify_passphrase
from sspf_desk.ui.widgets.field_errors import FieldErrors, with_error_label

MIN_DISTINCT_CHARACTERS = 5
STRONG_LENGTH = 20
STRONG_WORDS = 4


class Strength(Enum):
    """Rough strength of a passphrase, for the hint under the field."""

    TOO_SHORT = "too_short"
    WEAK = "weak"
    FAIR = "fair"
    STRONG = "strong"


def passphrase_strength(text: str) -> Strength:
    """Judge ``text``: refused by the rule, repetitive, long enough, or long and varied."""
    if classify_passphrase(text) is not None:
        return Strength.TOO_SHORT
    text = unicodedata.normalize("NFC", text)
    if len(set(text)) < MIN_DISTINCT_CHARACTERS:
        return Strength.WEAK
    if len(text) >= STRONG_LENGTH or len(text.split()) >= STRONG_WORDS:
        return Strength.STRONG
    return Strength.FAIR


def secret_edit(accessible_name: str) -> QLineEdit:
    """Return a line edit that hides what is typed."""
    edit = QLineEdit()
    edit.setAccessibleName(accessible_name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class NewPassphraseFields(QObject):
    """A new passphrase typed twice, with a hint under the first field.

    ``add_rows`` puts both fields (each with its message label) into a form; ``problems``
    returns what is wrong, keyed ``passphrase`` and ``repeat``.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.passphrase = secret_edit(self.tr("New passphrase"))
        self.passphrase.setObjectName("passphrase")
        self.repeat = secret_edit(self.tr("Repeat the passphrase"))
        self.repeat.setObjectName("repeat")
        self.strength = QLabel()
        self.strength.setWordWrap(True)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.passphrase.textChanged.connect(self._show_strength)
        self._show_strength("")

    def add_rows(self, form: QFormLayout, errors: FieldErrors) -> None:
        """Add the two fields, their message labels and the hint to ``form``."""
        labels = (
            ("passphrase", self.tr("&Passphrase"), self.passphrase),
            ("repeat", self.tr("&Repeat passphrase"), self.repeat),
        )
        for name, text, field in labels:
            box, error = with_error_label(field)
            errors.add(name, error)
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, box)
            if name == "passphrase":
                form.addRow("", self.strength)

    def text(self) -> str:
        """Return the new passphrase as typed."""
        return self.passphrase.text()

    def problems(self) -> dict[str, str]:
        """Return the messages for a refused or mistyped passphrase (empty when fine)."""
        problem = classify_passphrase(self.passphrase.text())
        if problem is PassphraseProblem.TOO_SHORT:
            message = self.tr("The passphrase must have at least %1 characters.")
            return {"passphrase": message.replace("%1", str(MIN_PASSPHRASE_LENGTH))}
        if problem is PassphraseProblem.BLANK:
            return {"passphrase": self.tr("The passphrase must not consist of spaces only.")}
        if self.repeat.text() != self.passphrase.text():
            return {"repeat": self.tr("The passphrases are not the same.")}
        return {}

    def clear(self) -> None:
        """Empty both fields (after use, so the passphrase does not linger in a widget)."""
        self.passphrase.clear()
        self.repeat.clear()

    def _show_strength(self, text: str) -> None:
        strength = passphrase_strength(text)
        hints = {
            Strength.TOO_SHORT: self.tr(
                "At least %1 characters. A sentence of four or five words is easy to "
                "remember and hard to guess."
            ).replace("%1", str(MIN_PASSPHRASE_LENGTH)),
            Strength.WEAK: self.tr(
                "Long enough, but it repeats the same few characters. Four or five words "
                "are better."
            ),
            Strength.FAIR: self.tr("Acceptable. Longer is better, e.g. four or five words."),
            Strength.STRONG: self.tr("Strong passphrase."),
        }
        self.strength.setText(hints[strength])  # advice only: the refusal is the red message
        self.passphrase.setAccessibleDescription(hints[strength])
