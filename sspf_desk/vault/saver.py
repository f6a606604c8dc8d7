"""Background saving: one worker thread that writes the newest image to the vault.

The store tells the saver about every commit with :meth:`Saver.submit_source`, which
never blocks: it passes a *source*, a function the worker calls to serialize the newest
committed state (under the store's lock, on the worker thread), so committing never pays
for serializing the image. The worker coalesces: however many commits queue while a save
is running, the next save serializes once and writes the newest state, numbered with the
store's commit ``seq`` at the moment of serialization. :meth:`Saver.submit` still takes
ready-made bytes. Callers that need the data on disk (close, lock, the CLI
before it returns) call :meth:`Saver.flush`.

Failure policy: when a save fails with a :class:`~sspf_desk.errors.KnownError`
(typically ``SaveFailedError`` or ``ChangedOnDiskError``) the image stays pending
but *parked*: the worker does not retry on its own (a full disk would otherwise spin).
The next :meth:`Saver.submit` replaces it with a newer image and wakes the worker;
the next :meth:`Saver.flush` retries the parked image once (a parked source is
serialized again, so the retry writes the newest committed state) and raises the error again
if that retry fails too. An unexpected exception from the vault is wrapped in
:class:`UnexpectedSaveError` and handled the same way, so no failure is ever lost.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from sspf_desk.errors import BugError, KnownError
from sspf_desk.vault.container import SaveReport
from sspf_desk.vault.errors import SaveFailedError

logger = logging.getLogger(__name__)

_T = TypeVar("_T")

ImageSource = Callable[[], tuple[bytes, int]]
"""Returns ``(image, seq)``: the newest committed image and the commit seq it contains."""


class SavesImages(Protocol):
    """What the saver needs from a vault (``Vault`` satisfies it)."""

    @property
    def file_id(self) -> bytes:
        """The vault's stable 16-byte id (used only as a short prefix in logs)."""
        ...

    def save(self, image: bytes) -> SaveReport:
        """Write ``image`` to disk crash-safely and report the new generation."""
        ...


class UnexpectedSaveError(SaveFailedError):
    """A save failed with an exception the vault did not anticipate (a bug or odd OS state)."""

    message_sv = (
        "Valvet kunde inte sparas på grund av ett oväntat fel. "
        "Den tidigare sparade filen är oförändrad."
    )
    message_en = (
        "The vault could not be saved because of an unexpected error. "
        "The previously saved file is unchanged."
    )


@dataclass(frozen=True)
class SaveOutcome:
    """The result of one save attempt: ``report`` on success, ``error`` on failure."""

    seq: int
    report: SaveReport | None
    error: KnownError | None

    @property
    def ok(self) -> bool:
        """True if the image with this ``seq`` is on disk."""
        return self.error is None


class Saver:
    """Writes images to a vault on a daemon worker thread, newest image wins.

    Args:
        vault: The open vault to write to.
        on_done: Called on the saver thread after every attempt, success or failure.
            Marshal to your own thread before touching a GUI.
        after_save: Called on the saver thread after each successful save, before
            ``on_done`` and before waiting ``flush`` calls return (used for backups).
            An exception in it is logged and otherwise ignored: the save stands.

    Sequence numbers given to :meth:`submit`/:meth:`submit_source` must increase; ``0``
    stands for the image that was on disk when the saver was created.
    """

    def __init__(
        self,
        vault: SavesImages,
        *,
        on_done: Callable[[SaveOutcome], None] | None = None,
        after_save: Callable[[SaveReport], None] | None = None,
    ) -> None:
        self._vault = vault
        self._on_done = on_done
        self._after_save = after_save
        self._log_id = vault.file_id.hex()[:8]
        self._cond = threading.Condition()
        # All fields below are guarded by self._cond.
        self._pending: tuple[ImageSource, int] | None = None
        self._parked = False  # the pending image failed and waits for submit/flush
        self._submitted_seq = 0
        self._saved_seq = 0  # highest seq on disk (updated as soon as save returns)
        self._done_seq = 0  # highest seq saved *and* through the callbacks
        self._last_ok: SaveOutcome | None = None
        self._last_failure: SaveOutcome | None = None
        self._attempts = 0  # completed attempts, callbacks included
        self._closing = False
        self._thread = threading.Thread(
            target=self._run, name=f"vault-saver-{self._log_id}", daemon=True
        )
        self._thread.start()

    @property
    def saved_seq(self) -> int:
        """The highest sequence number known to be on disk."""
        with self._cond:
            return self._saved_seq

    @property
    def pending(self) -> bool:
        """True while a submitted image is not yet on disk (queued, saving or failed)."""
        with self._cond:
            return self._submitted_seq > self._saved_seq

    def submit(self, image: bytes, seq: int) -> None:
        """Queue ``image`` (numbered ``seq``) for saving and return at once.

        Raises:
            BugError: If the saver is closed or ``seq`` does not increase.
        """
        self._queue(lambda: (image, seq), seq)

    def submit_source(self, source: ImageSource, seq: int) -> None:
        """Note that the state numbered ``seq`` is committed; return at once, never serialize.

        The worker calls ``source()`` when it gets to the save and writes the image it
        returns, numbered with the seq it returns (which must be ``>= seq`` and cover every
        state submitted before; the store's ``committed_image`` does both). Commits that
        arrive while a save runs are coalesced into one later call of ``source``.

        Raises:
            BugError: If the saver is closed or ``seq`` does not increase.
        """
        self._queue(source, seq)

    def _queue(self, source: ImageSource, seq: int) -> None:
        """Make ``source`` (numbered ``seq``) the pending save and wake the worker."""
        with self._cond:
            if self._closing:
                raise BugError("submit() on a closed Saver")
            if seq <= self._submitted_seq:
                raise BugError(f"save seq must increase ({seq} <= {self._submitted_seq})")
            self._pending = (source, seq)
            self._parked = False
            self._submitted_seq = seq
            self._cond.notify_all()

    def flush(self, timeout: float | None = None) -> SaveOutcome | None:
        """Block until everything submitted so far is on disk, retrying a parked failure once.

        Returns:
            The outcome of the newest successful save, or None if nothing was ever saved
            (nothing was submitted).

        Raises:
            KnownError: The error of the failed save if the newest image could not be written.
            TimeoutError: If ``timeout`` seconds passed before the save finished.
            BugError: If called on the saver thread (from a callback), which would deadlock.
        """
        if threading.current_thread() is self._thread:
            raise BugError("flush() called from the saver thread")
        with self._cond:
            target = self._submitted_seq
            if self._parked and self._thread.is_alive():
                self._parked = False  # retry the failed image once
                self._cond.notify_all()
            start = self._attempts

            def settled() -> bool:
                failure = self._last_failure
                failed = failure is not None and failure.seq >= target and self._attempts > start
                return self._done_seq >= target or failed or not self._thread.is_alive()

            if not self._cond.wait_for(settled, timeout):
                raise TimeoutError("the vault save did not finish in time")
            if self._done_seq >= target:
                return self._last_ok
            failure = self._last_failure
            if failure is None or failure.error is None:
                raise BugError("saver stopped with an unsaved image and no error")
            raise failure.error.with_traceback(None)  # one error, raised by every flush

    def close(self, timeout: float | None = None) -> None:
        """Flush, then stop the worker thread; calling it again only waits for the stop.

        The thread is stopped even if the flush fails; the save error is raised after.
        After a timeout the thread still finishes the pending save in the background; a
        later ``close`` waits for that.

        Raises:
            KnownError: If the newest image could not be saved (it is lost after close).
            TimeoutError: If the flush or the thread stop took longer than ``timeout``.
            BugError: If called on the saver thread (from a callback).
        """
        if threading.current_thread() is self._thread:
            raise BugError("close() called from the saver thread")
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            already_closing = self._closing
        try:
            if not already_closing:
                self.flush(timeout)
        finally:
            with self._cond:
                self._closing = True
                self._cond.notify_all()
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            self._thread.join(remaining)
        if self._thread.is_alive():
            raise TimeoutError("the vault saver did not stop in time")

    # -- worker ---------------------------------------------------------------------

    def _run(self) -> None:
        """Worker loop: take the newest unparked source, save it, report, repeat."""
        while True:
            with self._cond:
                self._cond.wait_for(
                    lambda: self._closing or (self._pending is not None and not self._parked)
                )
                if self._pending is None or self._parked:
                    return  # closing with nothing (retryable) left to write
                source, seq = self._pending
                self._pending = None
            self._attempt(source, seq)

    def _attempt(self, source: ImageSource, seq: int) -> None:
        """Serialize and save one image, run the callbacks, publish the outcome to flush."""
        outcome = self._save(source, seq)
        seq = outcome.seq
        with self._cond:
            if outcome.ok:
                self._saved_seq = max(self._saved_seq, seq)
            elif self._pending is None:
                self._pending = (source, seq)  # keep it for a retry by submit/flush
                self._parked = True
        if outcome.report is not None and self._after_save is not None:
            self._call("after_save", self._after_save, outcome.report)
        if self._on_done is not None:
            self._call("on_done", self._on_done, outcome)
        with self._cond:
            self._attempts += 1
            if outcome.ok:
                self._done_seq = max(self._done_seq, seq)
                self._last_ok = outcome
            else:
                self._last_failure = outcome
            self._cond.notify_all()

    def _serialize(self, source: ImageSource, seq: int) -> tuple[bytes, int]:
        """Call ``source`` (outside our lock: it takes the store's) and drop what it covers."""
        image, covered = source()
        if covered < seq:
            raise BugError(f"image source returned seq {covered} < {seq}")
        with self._cond:
            # Commits submitted while we serialized are in this image: nothing left to do.
            if self._pending is not None and self._pending[1] <= covered:
                self._pending = None
            self._submitted_seq = max(self._submitted_seq, covered)
        return image, covered

    def _save(self, source: ImageSource, seq: int) -> SaveOutcome:
        """Serialize, call the vault, and turn any exception into a failed outcome."""
        try:
            image, seq = self._serialize(source, seq)
            report = self._vault.save(image)
        except KnownError as exc:
            logger.warning(
                "vault %s: save of seq %d failed: %s", self._log_id, seq, type(exc).__name__
            )
            return SaveOutcome(seq=seq, report=None, error=exc)
        except Exception as exc:
            # No exc_info: an OSError message may name the vault file. Type only.
            logger.error(
                "vault %s: save of seq %d failed unexpectedly: %s",
                self._log_id,
                seq,
                type(exc).__name__,
            )
            wrapped = UnexpectedSaveError()
            wrapped.__cause__ = exc
            return SaveOutcome(seq=seq, report=None, error=wrapped)
        logger.debug("vault %s: saved seq %d (generation %d)", self._log_id, seq, report.generation)
        return SaveOutcome(seq=seq, report=report, error=None)

    def _call(self, name: str, callback: Callable[[_T], None], arg: _T) -> None:
        """Run a callback, logging (without personal data) and swallowing any exception."""
        try:
            callback(arg)
        except Exception as exc:
            logger.error("vault %s: %s callback failed: %s", self._log_id, name, type(exc).__name__)
