"""The store: one in-memory database, its sessions, and the hand-over of committed images.

``with store.unit_of_work() as session:`` runs one transaction. When it commits and
something changed, the store numbers the new state (``seq``), tells the persist callback
and then tells the commit listeners which tables changed. Nothing is handed over for a
rolled-back or read-only unit of work.

Two kinds of persist callback: :meth:`Store.set_persist_committed` (the workspace's) is
told only the ``seq``; the saver thread fetches the image later with
:meth:`Store.committed_image`, so a commit never waits for a serialize (~50 ms on a
78 MB image). :meth:`Store.set_persist` receives ready bytes, serialized on the
committing thread right after the commit.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from sspf_desk.domain.users import SYSTEM_ACTOR
from sspf_desk.errors import BugError
from sspf_desk.store import audit
from sspf_desk.store import migrate as migrations
from sspf_desk.store.changes import CommitInfo, tracker
from sspf_desk.store.engine import MemoryDatabase
from sspf_desk.store.migrate import MigrationResult

log = logging.getLogger(__name__)

PersistCallback = Callable[[bytes, int], None]
CommittedCallback = Callable[[int], None]
CommitListener = Callable[[CommitInfo], None]


def _no_backup() -> None:
    """Default ``before_upgrade``: nothing to back up."""


class Store:
    """The database of one open vault and its units of work.

    The database is used by one thread at a time (a lock serializes units of work and
    serializations of the image, which the saver thread makes with
    :meth:`committed_image`).
    """

    def __init__(self, database: MemoryDatabase, *, actor: str = SYSTEM_ACTOR) -> None:
        """Wrap an opened in-memory database; ``actor`` is who the audit trail names."""
        self._db = database
        self._sessions = sessionmaker(bind=database.engine, expire_on_commit=False)
        audit.install_hooks(self._sessions)
        self._lock = threading.RLock()
        self._active = False
        self._owner: int | None = None  # thread id inside a unit of work
        self._closed = False
        self._persist: PersistCallback | None = None
        self._committed: CommittedCallback | None = None
        self._listeners: list[CommitListener] = []
        self.actor = actor
        self.seq = 0

    @classmethod
    def open(cls, image: bytes | bytearray | None = None, *, actor: str = SYSTEM_ACTOR) -> Store:
        """Load an image (``None`` for a brand-new, empty database)."""
        return cls(MemoryDatabase(image), actor=actor)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (never dispose it)."""
        return self._db.engine

    @property
    def database(self) -> MemoryDatabase:
        """The in-memory database (pragmas, quick check, serialize)."""
        return self._db

    def set_persist(self, persist: PersistCallback | None) -> None:
        """Set the callback that receives ``(image, seq)`` after each committed change."""
        self._persist = persist

    def set_persist_committed(self, committed: CommittedCallback | None) -> None:
        """Set the callback told ``seq`` after each committed change (instead of the bytes).

        It is called on the committing thread while the store's lock is held, so it must
        only queue work (e.g. ``Saver.submit_source(store.committed_image, seq)``). While
        it is set, :meth:`set_persist`'s callback is not called.
        """
        self._committed = committed

    def committed_image(self) -> tuple[bytes, int]:
        """Serialize the committed image under the lock; return it with the seq it holds.

        Every state numbered up to the returned seq is in the image. Meant for the saver
        thread; waits while another thread runs a unit of work.

        Raises:
            BugError: If called from inside a unit of work, or the store is closed.
        """
        with self._lock:
            if self._owner == threading.get_ident():
                raise BugError("committed_image() inside a unit of work")
            if self._closed:
                raise BugError("the store is closed")
            return self._db.serialize(), self.seq

    def in_unit_of_work(self) -> bool:
        """Whether the calling thread is inside a unit of work (it holds the store's lock)."""
        return self._owner == threading.get_ident()

    def add_commit_listener(self, listener: CommitListener) -> None:
        """Call ``listener(CommitInfo)`` after each committed change (same thread)."""
        self._listeners.append(listener)

    def migrate(
        self,
        before_upgrade: Callable[[], None] = _no_backup,
        *,
        script_location: Path | None = None,
    ) -> MigrationResult:
        """Upgrade the schema to head (see :func:`sspf_desk.store.migrate.migrate`).

        Migrations are Core work: the caller persists the image afterwards if
        ``result.changed`` (``persist_now``). ``script_location`` defaults to the
        package's migrations (looked up at call time).
        """
        with self._lock:
            location = script_location or migrations.MIGRATIONS_DIR
            return migrations.migrate(self.engine, before_upgrade, script_location=location)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """Run one transaction; persist and notify after it commits (if anything changed).

        Units of work do not nest: service methods open exactly one each.

        Yields:
            A session inside ``session.begin()``.
        """
        with self._lock:
            if self._closed:
                raise BugError("the store is closed")
            if self._active:
                raise BugError("units of work must not nest")
            self._active = True
            self._owner = threading.get_ident()
            try:
                before = self._db.total_changes()
                with self._sessions(info={audit.ACTOR_KEY: self.actor}) as session:
                    with session.begin():
                        yield session
                    changed = tracker(session).freeze()
                wrote = self._db.total_changes() != before
                if wrote:
                    self._hand_over()
            finally:
                self._active = False
                self._owner = None
        if wrote:
            self._notify(changed)

    def persist_now(self) -> int:
        """Hand over the image now (after Core work such as migrations); return its seq."""
        with self._lock:
            return self._hand_over()

    def _hand_over(self) -> int:
        """Number the committed state and tell the persist callback (lock held)."""
        self.seq += 1
        if self._committed is not None:
            self._committed(self.seq)
        elif self._persist is not None:
            self._persist(self._db.serialize(), self.seq)
        return self.seq

    def _notify(self, changed: CommitInfo) -> None:
        """Tell the commit listeners what changed."""
        for listener in list(self._listeners):
            listener(changed)

    def serialize(self) -> bytes:
        """Return the current committed image."""
        with self._lock:
            return self._db.serialize()

    def close(self) -> None:
        """Close the database; the store is unusable afterwards."""
        with self._lock:
            self._closed = True
            self._persist = None
            self._committed = None
            self._listeners.clear()
            self._db.close()
