"""Keeping a page's list up to date: read on the task runner, newest read wins, stop on lock.

A list page owns one ``LiveList`` and forwards to it::

    self._live = LiveList(self, runner, lambda: port.list_things, self._loaded, WATCHED)

    def reload(self) -> None: self._live.reload()
    def on_changes(self, changes: ChangeSet) -> None: self._live.on_changes(changes)
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._live.shown()
    def clear(self) -> None:
        self._live.stop()
        ...  # forget the rows

Rules kept here: a load's rows are applied only if no newer load was started meanwhile and
the page was not stopped; changes to the watched record types reload at once while the page
is visible, else mark it stale so that showing it reloads; after ``stop()`` nothing is read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QWidget

from sspf_desk.services.changes import ChangeSet
from sspf_desk.ui.tasks import TaskRunner

R = TypeVar("R")


class LiveList(Generic[R]):
    """The load state of one list page: active, stale and which load is the newest."""

    def __init__(
        self,
        page: QWidget,
        runner: TaskRunner,
        query: Callable[[], Callable[[], R]],
        apply: Callable[[R], object],
        watched: Iterable[str],
    ) -> None:
        """Keep ``page``'s list up to date.

        Args:
            page: The page widget (reloads at once only while it is visible).
            runner: Runs the reads off the GUI thread.
            query: Called on the GUI thread as a load starts (it may read the page's
                filters); returns the call the runner makes on its worker thread.
            apply: Called on the GUI thread with the rows of the newest load.
            watched: The record types (table names) whose changes can change a row.
        """
        self._page = page
        self._runner = runner
        self._query = query
        self._apply = apply
        self.watched = tuple(watched)
        self._active = True
        self._stale = True
        self._loads = 0

    @property
    def active(self) -> bool:
        """False once ``stop()`` was called (the vault was locked)."""
        return self._active

    @property
    def stale(self) -> bool:
        """True while the list must be read again when the page is next shown."""
        return self._stale

    def reload(self) -> None:
        """Read the list again on the runner (nothing once stopped)."""
        if not self._active:
            return
        self._stale = False
        self._loads += 1
        load, op = self._loads, self._query()
        self._runner.run(op).on_success(lambda rows: self._loaded(load, rows)).start()

    def _loaded(self, load: int, rows: R) -> None:
        if self._active and load == self._loads:  # not stopped, and no newer load started
            self._apply(rows)

    def on_changes(self, changes: ChangeSet) -> bool:
        """Reload at once if ``changes`` touch the watched types and the page is visible.

        A hidden page is marked stale instead. Returns whether a load was started.
        """
        if not self._active or not changes.touches(*self.watched):
            return False
        if self._page.isVisible():
            self.reload()
            return True
        self._stale = True
        return False

    def shown(self) -> bool:
        """Call from the page's ``showEvent``: reload if stale. Returns whether it did."""
        if not (self._stale and self._active):
            return False
        self.reload()
        return True

    def stop(self) -> None:
        """Read nothing more and drop the rows of any load still running (on lock)."""
        self._active = False
        self._loads += 1
