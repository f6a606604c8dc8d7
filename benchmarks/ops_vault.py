"""Opening a vault and saving a small edit: the app, the floor and the SQLCipher peer.

Floors are the least work any encrypted whole-file store must do with an image of the
same size: chunked AES-256-GCM (1 MiB chunks, as the vault) plus read (open), or plus
write, fsync and rename (save). They are written the fast way (``*_into`` into reused
buffers), so the ratio to the floor is the cost of everything else the app does.
"""

from __future__ import annotations

import os
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import partial
from typing import TypeVar

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from benchmarks import peer
from benchmarks.fixtures import PASSPHRASE, Fixture
from benchmarks.registry import FLOOR, SQLCIPHER, Operation, Target, UnavailableError
from benchmarks.timing import Trial, Untimed
from sspf_desk.domain import YoungPersonInput
from sspf_desk.services.persons import PersonService
from sspf_desk.services.workspace import Workspace
from sspf_desk.store import migrate
from sspf_desk.store.repositories import user_for_slot
from sspf_desk.store.uow import Store
from sspf_desk.vault import Vault

_T = TypeVar("_T")

CHUNK = 1 << 20
TAG = 16
AAD = b"\x00" * 32


def _nonce(index: int, final: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


# -- open --------------------------------------------------------------------------------


@contextmanager
def open_app(fixture: Fixture) -> Iterator[Trial]:
    """``Workspace.open``: lock, header, slot (test KDF), chunks, load, checks, migrations."""
    opened: list[Workspace] = []

    def close_previous() -> None:
        while opened:
            opened.pop().close()

    def step() -> None:
        opened.append(Workspace.open(fixture.vault, paths=fixture.paths, passphrase=PASSPHRASE))

    try:
        yield Trial([step], reset=close_previous, info=_open_parts(fixture))
    finally:
        close_previous()


def _no_backup() -> None:
    """A migration backup hook that is never needed (the reference vaults are current)."""


def _open_parts(fixture: Fixture, repeat: int = 5) -> dict[str, object]:
    """Medians (ms) of the main steps inside an open, timed one by one (untimed setup)."""
    parts: dict[str, list[float]] = {}

    def timed(name: str, action: Callable[[], _T]) -> _T:
        start = time.perf_counter()
        result = action()
        parts.setdefault(name, []).append((time.perf_counter() - start) * 1000.0)
        return result

    for _ in range(repeat):
        unlocked = timed("vault_ms", lambda: Vault.open(fixture.vault, passphrase=PASSPHRASE))
        store = timed("load_ms", partial(Store.open, unlocked.image))
        timed("integrity_checks_ms", store.database.ensure_consistent)
        timed("migrations_check_ms", partial(store.migrate, _no_backup))
        store.close()
        unlocked.vault.forget_keys()
    return {name: round(statistics.median(values), 2) for name, values in parts.items()}


@contextmanager
def open_floor(fixture: Fixture) -> Iterator[Trial]:
    """Read the ciphertext of an image of the same size and decrypt it into one buffer."""
    key = AESGCM.generate_key(256)
    image = fixture.plain.read_bytes()
    size = len(image)
    count = max(1, -(-size // CHUNK))
    path = fixture.workdir / "floor-open.bin"
    aead = AESGCM(key)
    with path.open("wb") as stream:
        for index in range(count):
            part = image[index * CHUNK : (index + 1) * CHUNK]
            stream.write(aead.encrypt(_nonce(index, index == count - 1), part, AAD))
    del image

    def step() -> bytearray:
        plain = bytearray(size)
        view = memoryview(plain)
        cipher = AESGCM(key)
        with path.open("rb", buffering=0) as stream:
            for index in range(count):
                out = view[index * CHUNK : (index + 1) * CHUNK]
                data = stream.read(len(out) + TAG)
                cipher.decrypt_into(_nonce(index, index == count - 1), data, AAD, out)
        return plain

    yield Trial([step])


@contextmanager
def open_sqlcipher(fixture: Fixture) -> Iterator[Trial]:
    """Connect and key (raw key: no KDF), check the schema revision, find the user."""
    if fixture.sqlcipher is None:
        raise UnavailableError(fixture.sqlcipher_missing or "not available")
    path = fixture.sqlcipher
    with peer.file_store("sqlcipher", path).unit_of_work() as session:
        slot_id = session.execute(peer.select_any_slot()).scalar_one()
    stores: list[Store] = []

    def close_previous() -> None:
        while stores:
            stores.pop().close()

    def step() -> None:
        store = peer.file_store("sqlcipher", path)
        stores.append(store)
        migrate.migrate(store.engine, lambda: None)
        with store.unit_of_work() as session:
            if user_for_slot(session, slot_id) is None:
                raise RuntimeError("the benchmark user is missing")

    try:
        yield Trial([step], reset=close_previous)
    finally:
        close_previous()


# -- save after a small edit --------------------------------------------------------------


def _edits(service: PersonService, person_id: str) -> tuple[YoungPersonInput, YoungPersonInput]:
    """Two inputs for one young person that differ only in the class (toggled per save)."""
    base = service.get_young_person(person_id).to_input()
    return replace(base, school_class="Bänk 1"), replace(base, school_class="Bänk 2")


@contextmanager
def save_app(fixture: Fixture) -> Iterator[Trial]:
    """Edit one field of one young person and wait until the vault is saved on disk."""
    workspace = Workspace.open(fixture.vault, paths=fixture.paths, passphrase=PASSPHRASE)
    try:
        edits = _edits(workspace.persons, fixture.edit_person_id)
        workspace.flush()
        commits: list[float] = []
        info: dict[str, object] = {}

        def step() -> None:
            start = time.perf_counter()
            edit = edits[len(commits) % 2]
            workspace.persons.update_young_person(fixture.edit_person_id, edit)
            commits.append((time.perf_counter() - start) * 1000.0)
            workspace.flush()
            info["edit_and_commit_ms"] = round(statistics.median(commits), 2)

        yield Trial([step], info=info)
    finally:
        workspace.close()


def _max_stall_while(action: Callable[[], object]) -> float:
    """Run ``action`` on a helper thread; return the longest gap (ms) of this thread's ticks.

    A stand-in for the GUI's event loop: how long it could not run while the save went on
    (the GIL is held by the saver's serialize copy and by parts of the encryption).
    """
    worker = threading.Thread(target=action, name="bench-flush")
    longest = 0.0
    last = time.perf_counter()
    worker.start()
    while worker.is_alive():
        time.sleep(0.0005)
        now = time.perf_counter()
        longest = max(longest, now - last)
        last = now
    worker.join()
    return longest * 1000.0


@contextmanager
def commit_app(fixture: Fixture) -> Iterator[Trial]:
    """Edit one field of one young person: time until the committing thread is free again.

    The save that follows is untimed (the saver thread serializes, encrypts and writes);
    the longest stall of the committing thread while it runs is reported as info.
    """
    workspace = Workspace.open(fixture.vault, paths=fixture.paths, passphrase=PASSPHRASE)
    try:
        edits = _edits(workspace.persons, fixture.edit_person_id)
        workspace.flush()
        turn = [0]
        stalls: list[float] = []
        info: dict[str, object] = {}

        def step() -> None:
            turn[0] += 1
            workspace.persons.update_young_person(fixture.edit_person_id, edits[turn[0] % 2])

        def wait_saved() -> None:
            stalls.append(_max_stall_while(workspace.flush))
            info["longest_stall_while_saving_ms"] = round(statistics.median(stalls), 2)

        yield Trial([step, Untimed(wait_saved)], info=info)
    finally:
        workspace.close()


@contextmanager
def save_floor(fixture: Fixture) -> Iterator[Trial]:
    """Encrypt an image of the same size in chunks; write, fsync and rename a temp file."""
    image = memoryview(fixture.plain.read_bytes())
    size = len(image)
    count = max(1, -(-size // CHUNK))
    key = AESGCM.generate_key(256)
    target = fixture.workdir / "floor-save.bin"
    temp = fixture.workdir / "floor-save.bin.tmp"
    buffer = bytearray(CHUNK + TAG)

    def step() -> None:
        aead = AESGCM(key)
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            for index in range(count):
                part = image[index * CHUNK : (index + 1) * CHUNK]
                out = memoryview(buffer)[: len(part) + TAG]
                aead.encrypt_into(_nonce(index, index == count - 1), part, AAD, out)
                os.write(fd, out)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)

    yield Trial([step])


@contextmanager
def save_sqlcipher(fixture: Fixture) -> Iterator[Trial]:
    """The same service edit on SQLCipher: one UPDATE plus its audit entry, committed."""
    if fixture.sqlcipher is None:
        raise UnavailableError(fixture.sqlcipher_missing or "not available")
    store = peer.file_store("sqlcipher", fixture.sqlcipher)
    try:
        service = PersonService(store)
        edits = _edits(service, fixture.edit_person_id)
        turn = [0]

        def step() -> None:
            turn[0] += 1
            service.update_young_person(fixture.edit_person_id, edits[turn[0] % 2])

        yield Trial([step])
    finally:
        store.close()


OPERATIONS = [
    Operation(
        name="open",
        title="Open vault (no KDF)",
        app=open_app,
        baselines={FLOOR: open_floor, SQLCIPHER: open_sqlcipher},
        targets=(Target("≤ 1.5 × floor", baseline=FLOOR, at_most=1.5),),
        note=(
            "App: Workspace.open with the test KDF (lock, header, key slot, every chunk, "
            "load, integrity checks, migrations check, user). SQLCipher: connect, raw key, "
            "migrations check, user (pages are decrypted lazily)."
        ),
    ),
    Operation(
        name="save_small_edit",
        title="Save after a one-field edit",
        app=save_app,
        baselines={FLOOR: save_floor, SQLCIPHER: save_sqlcipher},
        targets=(
            Target("≤ 1.3 × floor", baseline=FLOOR, at_most=1.3),
            Target("≤ 300 ms", at_most=300.0),
        ),
        note=(
            "App: PersonService.update_young_person (one field) until the saver reports "
            "it on disk. SQLCipher: the same service call, committed (journal + fsync)."
        ),
    ),
    Operation(
        name="commit_small_edit",
        title="Committing thread blocked by a one-field edit",
        app=commit_app,
        baselines={SQLCIPHER: save_sqlcipher},
        targets=(
            Target("≤ 1.0 × SQLCipher", baseline=SQLCIPHER, at_most=1.0),
            Target("≤ 50 ms", at_most=50.0),
        ),
        note=(
            "The GUI freeze of an edit. App: PersonService.update_young_person until it "
            "returns (commit; the save runs on the saver thread, untimed, flushed before the "
            "next edit; info: the longest stall of the committing thread while that save "
            "runs, median). SQLCipher: the same call, which returns only once it is on disk."
        ),
    ),
]
