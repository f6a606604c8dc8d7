"""Validation messages shown right under the field they belong to.

``with_error_label(field)`` wraps a field and a red message label in one widget for a
``QFormLayout`` row; ``FieldErrors`` maps the field names of a ``ValidationError.errors``
dict to those labels. A message is also set as the field's accessible description, so
screen readers announce it together with the field.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b00020;"


class ErrorLabel(QLabel):
    """A red, word-wrapped message for one field; hidden while empty."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setVisible(False)

    def set_message(self, text: str) -> None:
        """Show ``text`` under the field (or hide the label when ``text`` is empty)."""
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))
        self._field.setAccessibleDescription(text)


def with_error_label(field: QWidget) -> tuple[QWidget, ErrorLabel]:
    """Return a container holding ``field`` with its error label below, and the label."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    label = ErrorLabel(field, box)
    layout.addWidget(label)
    return box, label


class FieldErrors:
    """Routes ``{field name: message}`` to the labels under each field.

    Messages for names without a label go to the ``general`` label (e.g. at the form's
    bottom), so nothing the service reports is ever lost.
    """

    def __init__(self, general: ErrorLabel) -> None:
        self._labels: dict[str, ErrorLabel] = {}
        self._general = general

    @property
    def general(self) -> ErrorLabel:
        """The label for messages that belong to no single field."""
        return self._general

    def add(self, name: str, label: ErrorLabel) -> None:
        """Register the label for the field ``name``."""
        self._labels[name] = label

    def show(self, errors: Mapping[str, str]) -> None:
        """Show ``errors`` under their fields and clear every other message."""
        for name, label in self._labels.items():
            label.set_message(errors.get(name, ""))
        stray = [text for name, text in errors.items() if name not in self._labels]
        self._general.set_message(" ".join(stray))

    def show_general(self, text: str) -> None:
        """Show a message that belongs to no single field."""
        self._general.set_message(text)

    def clear(self) -> None:
        """Hide every message."""
        self.show({})

    def message(self, name: str) -> str:
        """Return the message currently shown for ``name`` (empty if none)."""
        label = self._labels.get(name)
        return label.text() if label is not None else ""
