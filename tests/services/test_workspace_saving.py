"""Saving off the committing thread: the saver thread serializes the newest committed state."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import text

from sspf_desk.errors import BugError
from sspf_desk.services.changes import SaveStatus
from sspf_desk.services.workspace import Workspace
from sspf_desk.store import Store
from sspf_desk.store.engine import MemoryDatabase
from sspf_desk.vault import SaveReport, read_header_info
from sspf_desk.vault.saver import UnexpectedSaveError
from tests.helpers.store import new_store, young_record
from tests.helpers.workspace import create_workspace, open_workspace, young_input

WAIT = 10.0


class SerializeSpy:
    """Wraps ``MemoryDatabase.serialize`` of one store: counts calls and their threads."""

    def __init__(self, database: MemoryDatabase) -> None:
        self._original = database.serialize
        self.threads: list[str] = []
        self.failures: list[Exception] = []
        database.serialize = self  # type: ignore[method-assign]

    def __call__(self) -> bytes:
        self.threads.append(threading.current_thread().name)
        if self.failures:
            raise self.failures.pop(0)
        return self._original()


@contextmanager
def workspace_at(tmp_path: Path) -> Iterator[tuple[Workspace, SerializeSpy]]:
    """A new workspace whose serializations are spied on; closed after the block."""
    workspace, _ = create_workspace(tmp_path)
    spy = SerializeSpy(workspace.store.database)
    try:
        yield workspace, spy
    finally:
        workspace.close(discard_unsaved=True)


def test_a_commit_returns_without_serializing(tmp_path: Path) -> None:
    with workspace_at(tmp_path) as (workspace, spy):
        main = threading.current_thread().name
        for index in range(3):
            workspace.persons.create_young_person(young_input(f"Namn{index}"))
        assert main not in spy.threads  # the committing thread never serialized
        workspace.flush()
        assert spy.threads and set(spy.threads) == {spy.threads[0]}
        assert spy.threads[0].startswith("vault-saver-")
        assert workspace._saver.saved_seq == workspace.store.seq
    with open_workspace(tmp_path / "vault.sspf") as reopened:
        assert len(reopened.persons.list_young_persons()) == 3


def test_many_commits_coalesce_into_few_serializations(tmp_path: Path) -> None:
    with workspace_at(tmp_path) as (workspace, spy):
        vault = workspace._vault
        original = vault.save
        started, release = threading.Event(), threading.Event()

        def held_save(image: bytes) -> SaveReport:
            started.set()
            assert release.wait(WAIT)
            return original(image)

        vault.save = held_save  # type: ignore[method-assign]
        generation = read_header_info(workspace.path).generation
        workspace.persons.create_young_person(young_input("Först"))
        assert started.wait(WAIT)  # the first save is running; the next 20 commits queue
        for index in range(20):
            workspace.persons.create_young_person(young_input(f"Namn{index}"))
        assert workspace.pending_changes()
        release.set()
        workspace.flush()
        assert len(spy.threads) == 2  # one for the first commit, one for the 20 queued
        assert read_header_info(workspace.path).generation == generation + 2
        assert not workspace.pending_changes()
    with open_workspace(tmp_path / "vault.sspf") as reopened:
        assert len(reopened.persons.list_young_persons()) == 21


def test_flush_waits_for_every_commit_so_far(tmp_path: Path) -> None:
    with workspace_at(tmp_path) as (workspace, _spy):
        generation = read_header_info(workspace.path).generation
        person = workspace.persons.create_young_person(young_input("Åsa"))
        workspace.flush()
        assert not workspace.pending_changes()
        assert read_header_info(workspace.path).generation == generation + 1
        assert workspace._saver.saved_seq == workspace.store.seq
        workspace.flush()  # nothing new: no further save
        assert read_header_info(workspace.path).generation == generation + 1
    with open_workspace(tmp_path / "vault.sspf") as reopened:
        assert reopened.persons.get_young_person(person.id) == person


def test_a_failing_serialize_is_reported_and_retried(tmp_path: Path) -> None:
    with workspace_at(tmp_path) as (workspace, spy):
        statuses: list[SaveStatus] = []
        failed = threading.Event()

        def listen(status: SaveStatus) -> None:
            statuses.append(status)
            if status.error() is not None:
                failed.set()

        workspace.add_save_listener(listen)
        spy.failures.append(MemoryError())
        workspace.persons.create_young_person(young_input())
        assert failed.wait(WAIT)
        assert statuses[0].saving
        assert statuses[-1].error("en") == UnexpectedSaveError().message("en")
        assert workspace.pending_changes()  # parked: kept for the next flush or commit
        workspace.flush()  # retries once, serializing the newest state
        assert not workspace.pending_changes()
        assert statuses[-1].error() is None and not statuses[-1].saving
    with open_workspace(tmp_path / "vault.sspf") as reopened:
        assert len(reopened.persons.list_young_persons()) == 1


def test_flush_inside_a_unit_of_work_is_refused(tmp_path: Path) -> None:
    with (
        workspace_at(tmp_path) as (workspace, _spy),
        pytest.raises(BugError),
        workspace.store.unit_of_work(),
    ):
        workspace.flush()


def test_committed_image_waits_for_an_open_unit_of_work() -> None:
    store, _ = new_store()
    seen: list[tuple[bytes, int]] = []
    inside, done = threading.Event(), threading.Event()

    def serialize_now() -> None:
        assert inside.wait(WAIT)
        seen.append(store.committed_image())
        done.set()

    worker = threading.Thread(target=serialize_now)
    worker.start()
    with store.unit_of_work() as session:
        session.add(young_record())
        session.flush()
        inside.set()
        assert not done.wait(0.1)  # blocked by the store's lock, not reading the transaction
    worker.join(WAIT)
    image, seq = seen[0]
    assert seq == store.seq == 1
    loaded = Store.open(image)
    with loaded.unit_of_work() as session:
        assert session.execute(text("SELECT count(*) FROM young_person")).scalar_one() == 1
    with pytest.raises(BugError), store.unit_of_work():
        store.committed_image()


def test_serialize_refuses_an_open_transaction() -> None:
    store, _ = new_store()
    connection = store.database.dbapi
    connection.execute("BEGIN")
    try:
        with pytest.raises(BugError):
            store.serialize()
    finally:
        connection.execute("ROLLBACK")
    assert store.serialize().startswith(b"SQLite format 3\x00")


def test_the_seq_callback_gets_no_bytes() -> None:
    store, recorder = new_store()
    spy = SerializeSpy(store.database)
    seqs: list[int] = []
    store.set_persist_committed(seqs.append)
    for _ in range(3):
        with store.unit_of_work() as session:
            session.add(young_record())
    assert seqs == [1, 2, 3]
    assert spy.threads == [] and recorder.calls == []
    assert store.committed_image()[1] == 3
