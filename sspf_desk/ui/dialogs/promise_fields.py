"""Small parts shared by the promise, activity and progress forms.

Amounts are typed the Swedish way ("4 000", "12,5"; a point works too) in a line edit;
``parse_amount`` reads them. ``TextBox`` is a multi-line field that asks for a few lines
and lets Tab leave it, as in the other forms. The list models edit a promise's focus areas
(one text per row) and its signatories (name and title).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QSize
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from sspf_desk.domain.promises import Signatory, format_amount
from sspf_desk.ui.models.editable_rows import EditableRowsModel, EditColumn

_SPACES = (" ", "\u00a0", "\u202f", "\u2009")


def parse_amount(text: str) -> float | None:
    """Read an amount; None when empty.

    Raises:
        ValueError: The text is not a number.
    """
    cleaned = text.strip()
    for space in _SPACES:
        cleaned = cleaned.replace(space, "")
    if not cleaned:
        return None
    value = float(cleaned.replace(",", ".").replace("−", "-"))
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def amount_problem(text: str) -> str | None:
    """A message when ``text`` is not a number (empty is no problem here)."""
    try:
        parse_amount(text)
    except ValueError:
        return QCoreApplication.translate("PromiseFields", "Write a number, e.g. 12 or 12,5.")
    return None


def amount_input(value: float) -> str:
    """An amount as the user would type it (``4000``, ``12,5``)."""
    return format_amount(value).replace("\u00a0", "").replace("−", "-")


class TextBox(QPlainTextEdit):
    """A text box that asks for ``lines`` lines (it grows when the dialog has room)."""

    def __init__(
        self,
        accessible_name: str,
        placeholder: str = "",
        lines: int = 4,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 12)

    def sizeHint(self) -> QSize:
        """``lines`` lines high."""
        height = self.fontMetrics().lineSpacing() * self._lines + 2 * self.frameWidth() + 8
        return QSize(super().sizeHint().width(), height)


@dataclass(frozen=True, slots=True)
class FocusArea:
    """One row of the focus-area list."""

    text: str


def focus_areas_model(parent: QObject | None = None) -> EditableRowsModel[FocusArea]:
    """The focus areas of a promise, in order."""
    return EditableRowsModel(
        (EditColumn("text", lambda: QCoreApplication.translate("PromiseFields", "Focus area")),),
        parent,
    )


def signatories_model(parent: QObject | None = None) -> EditableRowsModel[Signatory]:
    """The signatories of a promise: name and title."""
    return EditableRowsModel(
        (
            EditColumn("name", lambda: QCoreApplication.translate("PromiseFields", "Name")),
            EditColumn("title", lambda: QCoreApplication.translate("PromiseFields", "Title")),
        ),
        parent,
    )
