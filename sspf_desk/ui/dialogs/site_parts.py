"""Pieces shared by the group-level forms (site, observation, measure).

The line that reminds the user that group and area level holds no person data, a text box
that tabs on, a combo box over a domain enumeration, a row helper that puts a field with its
message label into a form, and reading hours typed with a decimal comma.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QWidget

from sspf_desk.ui.widgets.field_errors import FieldErrors, with_error_label

E = TypeVar("E", bound=StrEnum)


def no_names_hint() -> QLabel:
    """The line under a group-level form: no names, no identity numbers."""
    hint = QLabel(
        QCoreApplication.translate(
            "SiteParts",
            "Write no names or personal identity numbers: the group and area level holds "
            "no person data.",
        )
    )
    hint.setWordWrap(True)
    hint.setObjectName("no_names_hint")
    hint.setAccessibleName(hint.text())
    return hint


class TextBox(QPlainTextEdit):
    """A text box asking for ``lines`` lines; Tab moves on to the next field."""

    def __init__(self, accessible_name: str, placeholder: str = "", lines: int = 4) -> None:
        super().__init__()
        self._lines = lines
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)

    def sizeHint(self) -> QSize:
        """``lines`` lines high."""
        height = self.fontMetrics().lineSpacing() * self._lines + 2 * self.frameWidth() + 8
        return QSize(super().sizeHint().width(), height)


def enum_combo(accessible_name: str, values: Iterable[E], text: Callable[[E], str]) -> QComboBox:
    """A combo box listing ``values`` by ``text(value)``, with the value as item data."""
    combo = QComboBox()
    combo.setAccessibleName(accessible_name)
    for value in values:
        combo.addItem(text(value), value.value)
    return combo


def select_value(combo: QComboBox, value: StrEnum) -> None:
    """Choose ``value`` in a combo made by ``enum_combo`` (the first item if absent)."""
    combo.setCurrentIndex(max(combo.findData(value.value), 0))


def add_field(
    form: QFormLayout,
    errors: FieldErrors,
    name: str,
    label_text: str,
    field: QWidget,
) -> QLabel:
    """Add ``field`` with its label and message label to ``form``, the message as ``name``."""
    box, error = with_error_label(field)
    label = QLabel(label_text)
    label.setBuddy(field)
    form.addRow(label, box)
    errors.add(name, error)
    return label


def parse_hours(text: str) -> float | None:
    """Read hours as typed ("2,5", "2.5", "3"); None when empty. Raises ``ValueError``."""
    cleaned = text.strip().replace(" ", "").replace(",", ".")
    if not cleaned:
        return None
    return float(cleaned)
