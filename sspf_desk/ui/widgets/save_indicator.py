"""Status-bar label that tells whether the vault is on disk: "Saving…", "Saved hh:mm:ss", error.

A failed save is reported in the language the user interface runs in.

The workspace reports save progress on its saver thread; ``SaveStatusRelay`` moves those
reports to the GUI thread through a queued signal, and ``SaveIndicator`` shows them.
"""

from __future__ import annotations

import contextlib
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from sspf_desk.services.changes import SaveStatus
from sspf_desk.ui.i18n import current_language


class SaveStatusRelay(QObject):
    """Receives ``SaveStatus`` on any thread and re-emits it on the GUI thread."""

    status_changed = Signal(object)

    def listener(self, status: SaveStatus) -> None:
        """Save listener for ``Workspace.add_save_listener`` (safe on the saver thread)."""
        # RuntimeError: the relay was deleted after a lock; there is nothing left to update.
        with contextlib.suppress(RuntimeError):
            self.status_changed.emit(status)


class SaveIndicator(QLabel):
    """Shows the latest save status; red text on a failed save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveIndicator")
        self.setAccessibleName(self.tr("Save status"))
        self.setMinimumWidth(160)
        self.setText(self.tr("All changes saved"))

    def show_status(self, status: object) -> None:
        """Display ``status`` (a ``SaveStatus``; typed loosely because it arrives via a signal)."""
        if not isinstance(status, SaveStatus):
            return
        error = status.error(current_language())
        if error:
            self.setStyleSheet("color: #b00020;")
            self.setText(self.tr("Not saved: %1").replace("%1", error))
        elif status.saving:
            self.setStyleSheet("")
            self.setText(self.tr("Saving…"))
        elif status.saved_at is not None:
            self.setStyleSheet("")
            self.setText(self.tr("Saved %1").replace("%1", _local_time(status.saved_at)))
        self.setAccessibleDescription(self.text())


def _local_time(moment: datetime) -> str:
    """Return ``moment`` as local wall-clock time ``hh:mm:ss``."""
    return moment.astimezone().strftime("%H:%M:%S")
