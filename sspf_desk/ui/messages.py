"""Messages to the user: error texts and non-blocking message boxes.

Boxes are non-native, delete themselves on close and are opened with ``open()`` (never
``exec()``), so the lock can close them and no caller code resumes after a lock.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from sspf_desk.errors import KnownError
from sspf_desk.ui.i18n import current_language

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """Return the sentence to show for ``exc``: its own message if known, else a generic one."""
    if isinstance(exc, KnownError):
        return exc.message(current_language())
    return QCoreApplication.translate(
        "messages",
        "An unexpected error occurred. The details have been written to the log file.",
    )


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
) -> QMessageBox:
    """Open a window-modal, self-deleting message box and return it (already shown)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setOption(QMessageBox.Option.DontUseNativeDialog)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    box.open()
    return box


def ask(parent: QWidget | None, title: str, text: str, yes_text: str, no_text: str) -> QMessageBox:
    """Open a window-modal yes/no question; connect ``accepted`` for the yes answer.

    Connect a bound method (not a lambda that captures its owner): the box deletes
    itself on close, and a lambda's references would go with it at a bad moment.
    """
    box = message_box(parent, QMessageBox.Icon.Question, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
    box.button(QMessageBox.StandardButton.No).setText(no_text)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box


def show_error(exc: BaseException, parent: QWidget | None = None) -> QMessageBox:
    """Show ``exc`` to the user as one clear sentence (never a traceback)."""
    title = QCoreApplication.translate("messages", "SSPF Desk – error")
    return message_box(parent, QMessageBox.Icon.Warning, title, error_text(exc))


def show_warning(text: str, parent: QWidget | None = None) -> QMessageBox:
    """Show a problem the program itself words (no exception behind it)."""
    title = QCoreApplication.translate("messages", "SSPF Desk – error")
    return message_box(parent, QMessageBox.Icon.Warning, title, text)


def show_info(text: str, parent: QWidget | None = None) -> QMessageBox:
    """Show an informational message."""
    title = QCoreApplication.translate("messages", "SSPF Desk")
    return message_box(parent, QMessageBox.Icon.Information, title, text)
