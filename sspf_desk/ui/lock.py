"""Locking the program: "Lock now" (Ctrl+L) and auto-lock after a configurable idle time.

Idle time is measured with an application-wide event filter over input events, so it
covers every window and dialog (a modal dialog cannot keep the vault open). Ctrl+L is
caught by the same filter, because Qt blocks an ordinary application shortcut while a
modal dialog is open.

Locking runs these steps, in order:

1. every open editor that implements ``PendingEditor`` gets ``commit_pending()``: valid
   input is saved through its service; invalid input is **discarded** (a draft must not
   outlive the key, and it is never written anywhere unencrypted); the number of
   discarded forms is reported so the unlock screen can say so — without any content;
   a window that implements ``LockNoteSource`` may leave a sentence for the unlock screen
   (e.g. a new recovery key closed before it was confirmed);
2. every other window (dialogs, message boxes, file dialogs, menus) is closed;
3. the host's ``shutdown`` runs: models are cleared, the workspace is closed (waits for the
   saver, releases the vault lock, drops the keys);
4. ``locked`` is emitted with a ``LockReport``; the host shows the unlock screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QToolTip, QWidget

from sspf_desk.errors import KnownError
from sspf_desk.ui.messages import error_text

log = logging.getLogger(__name__)

LOCK_KEY = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_L)

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class CommitOutcome(Enum):
    """What an open editor did with its input when the program locked."""

    UNCHANGED = "unchanged"
    SAVED = "saved"
    DISCARDED = "discarded"


@runtime_checkable
class PendingEditor(Protocol):
    """A window holding form input that must be saved or dropped before a lock."""

    def commit_pending(self) -> CommitOutcome:
        """Save valid changed input; return DISCARDED when it could not be saved."""
        ...


@runtime_checkable
class LockNoteSource(Protocol):
    """A window that has something to say on the unlock screen when a lock closes it."""

    def lock_note(self) -> str | None:
        """Return one sentence without personal data, or None."""
        ...


@dataclass
class LockReport:
    """What happened during a lock, for a note after unlocking (never any content)."""

    saved_forms: int = 0
    discarded_forms: int = 0
    errors: list[str] = field(default_factory=list)
    window_notes: list[str] = field(default_factory=list)

    def notes(self) -> list[str]:
        """Return the sentences to show on the unlock screen."""
        notes = [*self.errors, *self.window_notes]
        if self.discarded_forms:
            notes.append(
                QCoreApplication.translate(
                    "LockReport",
                    "A form with invalid input was open when the program locked. "
                    "Its changes were not saved.",
                )
            )
        return notes


class LockManager(QObject):
    """Watches for Ctrl+L and idle time while engaged, and runs the lock steps."""

    locked = Signal(object)

    def __init__(self, idle_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(idle_ms, 1))
        self._timer.timeout.connect(self._on_idle)
        self._shutdown: Callable[[], None] | None = None
        self._keep: tuple[QWidget, ...] = ()
        self._locking = False

    @property
    def engaged(self) -> bool:
        """True while a workspace is open and watched."""
        return self._shutdown is not None

    @property
    def idle_ms(self) -> int:
        """Idle time before auto-lock, in milliseconds."""
        return self._timer.interval()

    def set_idle_ms(self, idle_ms: int) -> None:
        """Change the idle time; while engaged, the count starts again from now."""
        self._timer.setInterval(max(idle_ms, 1))
        if self.engaged:
            self._timer.start()

    def engage(self, shutdown: Callable[[], None], *keep: QWidget) -> None:
        """Start watching; on lock close every window except ``keep``, then run ``shutdown``."""
        app = QApplication.instance()
        if app is None:
            raise RuntimeError("LockManager needs a QApplication")
        self._shutdown = shutdown
        self._keep = keep
        app.installEventFilter(self)
        self._timer.start()

    def lock(self) -> None:
        """Lock now (idempotent; does nothing when not engaged)."""
        if self._shutdown is None or self._locking:
            return
        self._locking = True
        try:
            report = self._run_lock_steps(self._shutdown)
        finally:
            self._disengage()
            self._locking = False
        log.info(
            "Locked (%d form(s) saved, %d discarded)", report.saved_forms, report.discarded_forms
        )
        self.locked.emit(report)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Restart the idle timer on input; catch the lock key in every window."""
        if self._shutdown is None or event.type() not in _INPUT_EVENTS:
            return False
        self._timer.start()
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.keyCombination() == LOCK_KEY
        ):
            QTimer.singleShot(0, self, self.lock)
            return True
        return False

    def _on_idle(self) -> None:
        log.info("Idle time reached; locking")
        self.lock()

    def _disengage(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()
        self._shutdown = None
        self._keep = ()

    def _run_lock_steps(self, shutdown: Callable[[], None]) -> LockReport:
        report = LockReport()
        others = [w for w in QApplication.topLevelWidgets() if w not in self._keep]
        for widget in others:
            if isinstance(widget, PendingEditor):
                outcome = widget.commit_pending()
                report.saved_forms += outcome is CommitOutcome.SAVED
                report.discarded_forms += outcome is CommitOutcome.DISCARDED
            if isinstance(widget, LockNoteSource):
                note = widget.lock_note()
                if note:
                    report.window_notes.append(note)
        close_windows(others)
        try:
            shutdown()
        except KnownError as exc:
            report.errors.append(error_text(exc))
        return report


def close_windows(windows: list[QWidget]) -> None:
    """Close ``windows``: dialogs are rejected (ending any ``exec()`` loop), others closed."""
    QToolTip.hideText()
    for window in windows:
        if isinstance(window, QDialog):
            window.done(QDialog.DialogCode.Rejected)
        elif window.isVisible():
            window.close()
