"""A date that may be empty: typed as YYYY-MM-DD or picked from a calendar.

``QDateEdit`` cannot be empty, and several dates of a form are optional until a choice
makes them required (e.g. the date of an orosanmälan). ``DateField`` is a line edit with a
calendar button; ``value()`` is ``None`` while empty and ``problem()`` names a date that
cannot be read.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)


def parse_date(text: str) -> date | None:
    """Read ``YYYY-MM-DD`` or ``YYYYMMDD``; None when empty. Raises ``ValueError`` otherwise."""
    text = text.strip()
    if not text:
        return None
    if len(text) == 8 and text.isdigit():
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    return date.fromisoformat(text)


class DateField(QWidget):
    """Line edit plus calendar popup; emits ``changed`` whenever the text changes."""

    changed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edit.setAccessibleName(accessible_name)
        self.edit.setMaxLength(10)
        self.edit.textChanged.connect(self.changed)
        self.setFocusProxy(self.edit)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self._menu = QMenu(self)
        action = QWidgetAction(self._menu)
        action.setDefaultWidget(self.calendar)
        self._menu.addAction(action)
        self._menu.aboutToShow.connect(self._prepare_calendar)
        self.button = QToolButton()
        self.button.setText("…")
        self.button.setToolTip(self.tr("Choose a date in the calendar"))
        self.button.setAccessibleName(self.tr("Calendar for %1").replace("%1", accessible_name))
        self.button.setMenu(self._menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        self.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("0000-00-00") * 2 + 40)

    def value(self) -> date | None:
        """The date typed or picked, or None when empty or unreadable."""
        try:
            return parse_date(self.edit.text())
        except ValueError:
            return None

    def problem(self) -> str | None:
        """A message when the text is not a date (empty is no problem)."""
        try:
            parse_date(self.edit.text())
        except ValueError:
            return self.tr("Write the date as YYYY-MM-DD.")
        return None

    def set_value(self, day: date | None) -> None:
        """Show ``day`` (or nothing)."""
        self.edit.setText(day.isoformat() if day is not None else "")

    def clear(self) -> None:
        """Empty the field."""
        self.edit.clear()

    def _prepare_calendar(self) -> None:
        day = self.value() or date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, day: QDate) -> None:
        self.set_value(date(day.year(), day.month(), day.day()))
        self._menu.close()
        self.edit.setFocus()
