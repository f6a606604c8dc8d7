"""Background work for the GUI: run a callable off the GUI thread, get the result back on it.

One small builder, used for everything that may take longer than a frame (the KDF on
unlock, checks, exports)::

    runner.run(lambda: open_vault(path, passphrase)) \\
        .on_success(self._opened) \\
        .on_error(self._failed) \\
        .with_progress(self.tr("Opening…")) \\
        .start()

Rules:

* **Never touch widgets (or any other object owned by the GUI thread) inside ``op``.** It runs
  on a worker thread. Compute and return a value; use it in ``on_success``.
* ``on_success`` and ``on_error`` always run on the GUI thread (results travel through a
  queued Qt signal). Without ``on_error`` the error is shown to the user in a message box
  (a ``KnownError`` as its Swedish message, anything else as a generic message; the
  traceback only goes to the log).
* ``with_progress(label)`` makes the runner emit ``progress_started(label)`` and
  ``progress_finished()`` so the hosting window can show a busy indicator.
* ``TaskRunner(synchronous=True)`` runs ``op`` inline in ``start()``: for tests.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from sspf_desk.errors import KnownError
from sspf_desk.logsetup import log_unexpected
from sspf_desk.ui.messages import show_error

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class _Outcome(Generic[T]):
    """What ``op`` produced: a value or an exception."""

    value: T | None
    error: Exception | None


class _Relay(QObject):
    """Lives on the GUI thread; carries one outcome from the worker back to it."""

    finished = Signal(object)

    def __init__(self, deliver: Callable[[object], None]) -> None:
        super().__init__()
        self._deliver = deliver
        self.finished.connect(self._on_finished)

    @Slot(object)
    def _on_finished(self, outcome: object) -> None:
        self._deliver(outcome)


class Task(Generic[T]):
    """One piece of background work; configure with the builder methods, then ``start()``."""

    def __init__(self, runner: TaskRunner, op: Callable[[], T]) -> None:
        self._runner = runner
        self._op = op
        self._success: Callable[[T], object] | None = None
        self._error: Callable[[Exception], object] | None = None
        self._progress: str | None = None
        self._relay: _Relay | None = None

    def on_success(self, callback: Callable[[T], object]) -> Task[T]:
        """Call ``callback(result)`` on the GUI thread when ``op`` returns."""
        self._success = callback
        return self

    def on_error(self, callback: Callable[[Exception], object]) -> Task[T]:
        """Call ``callback(exc)`` on the GUI thread instead of showing the error."""
        self._error = callback
        return self

    def with_progress(self, label: str) -> Task[T]:
        """Announce the work to the hosting window with ``label`` while it runs."""
        self._progress = label
        return self

    def start(self) -> None:
        """Run ``op`` (on the worker pool, or inline in synchronous mode)."""
        self._runner._begin(self)
        if self._runner.synchronous:
            self._finish(self._execute())
            return
        self._relay = _Relay(self._deliver)
        relay = self._relay
        self._runner.pool.start(lambda: self._emit(relay))

    def _execute(self) -> _Outcome[T]:
        try:
            return _Outcome(self._op(), None)
        except Exception as exc:  # handed to on_error or shown to the user
            return _Outcome(None, exc)

    def _emit(self, relay: _Relay) -> None:
        relay.finished.emit(self._execute())

    def _deliver(self, outcome: object) -> None:
        assert isinstance(outcome, _Outcome)
        self._relay = None
        self._finish(outcome)

    def _finish(self, outcome: _Outcome[T]) -> None:
        try:
            if outcome.error is not None:
                self._handle_error(outcome.error)
            elif self._success is not None:
                self._success(cast(T, outcome.value))
        finally:
            self._runner._end(self)

    def _handle_error(self, exc: Exception) -> None:
        if isinstance(exc, KnownError):
            log.info("Background task failed: %s", type(exc).__name__)
        else:
            log_unexpected(log, exc)
        if self._error is not None:
            self._error(exc)
        else:
            self._runner.error_handler(exc)

    @property
    def progress_label(self) -> str | None:
        """The progress label given with ``with_progress``, if any."""
        return self._progress


class TaskRunner(QObject):
    """Starts ``Task`` objects and tells its host when work with progress starts and ends."""

    progress_started = Signal(str)
    progress_finished = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        error_handler: Callable[[Exception], object] | None = None,
        synchronous: bool = False,
    ) -> None:
        super().__init__(parent)
        self.error_handler: Callable[[Exception], object] = error_handler or show_error
        self.synchronous = synchronous
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._active: set[Task[Any]] = set()

    def run(self, op: Callable[[], T]) -> Task[T]:
        """Return a task for ``op``; nothing runs until ``start()`` is called on it."""
        return Task(self, op)

    @property
    def busy(self) -> bool:
        """True while any task started from this runner has not finished."""
        return bool(self._active)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker threads are idle (results are delivered later, queued)."""
        return self.pool.waitForDone(msecs)

    def _begin(self, task: Task[T]) -> None:
        self._active.add(task)  # keeps it alive until it has finished
        if task.progress_label is not None:
            self.progress_started.emit(task.progress_label)

    def _end(self, task: Task[T]) -> None:
        self._active.discard(task)
        if task.progress_label is not None:
            self.progress_finished.emit()
