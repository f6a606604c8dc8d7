"""Tests for the one-process-per-vault lock (vault/lock.py)."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from sspf_desk.vault import lock as lock_module
from sspf_desk.vault.errors import VaultLockedError
from sspf_desk.vault.lock import AlreadyOpenHereError, VaultLock, read_owner

FILE_ID = bytes.fromhex("0123456789abcdef0123456789abcdef")
REPO_ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import sys
from pathlib import Path
from sspf_desk.vault.errors import VaultLockedError
from sspf_desk.vault.lock import VaultLock
try:
    lock = VaultLock.acquire(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]))
except VaultLockedError as exc:
    print(type(exc).__name__, flush=True)
    sys.exit(exc.exit_code)
print("locked", flush=True)
if sys.argv[3] == "hold":
    sys.stdin.read()
"""


def _child(lock_dir: Path, mode: str, file_id: bytes = FILE_ID) -> subprocess.Popen[str]:
    """Start a process that tries to take the lock ("try": then exits, "hold": keeps it)."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(lock_dir), file_id.hex(), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


def _try_in_child(lock_dir: Path, file_id: bytes = FILE_ID) -> tuple[int, str]:
    """Run a child that tries the lock once; return its exit code and output."""
    proc = _child(lock_dir, "try", file_id)
    out, _ = proc.communicate(timeout=30)
    return proc.returncode, out.strip()


@pytest.fixture
def lock_dir(tmp_path: Path) -> Path:
    """A lock folder that does not exist yet."""
    return tmp_path / "locks"


@pytest.fixture
def held(lock_dir: Path) -> Iterator[VaultLock]:
    """A lock held by this test process."""
    with VaultLock.acquire(lock_dir, FILE_ID) as lock:
        yield lock


def test_other_process_is_refused_while_held(lock_dir: Path, held: VaultLock) -> None:
    assert _try_in_child(lock_dir) == (5, "VaultLockedError")
    held.release()
    assert _try_in_child(lock_dir) == (0, "locked")


def test_lock_of_a_killed_process_is_recovered(lock_dir: Path) -> None:
    proc = _child(lock_dir, "hold")
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "locked"
        with pytest.raises(VaultLockedError) as info:
            VaultLock.acquire(lock_dir, FILE_ID)
        assert not isinstance(info.value, AlreadyOpenHereError)
        assert info.value.exit_code == 5
        owner = read_owner(lock_dir / f"{FILE_ID.hex()}.lock")
        assert owner is not None and owner.pid == proc.pid and owner.is_alive_here()
    finally:
        proc.kill()
        proc.communicate(timeout=30)
    # The kernel dropped the dead process's lock; its file is still there.
    assert (lock_dir / f"{FILE_ID.hex()}.lock").exists()
    with VaultLock.acquire(lock_dir, FILE_ID) as lock:
        owner = read_owner(lock.path)
        assert owner is not None and owner.pid == os.getpid()


def test_same_process_second_acquire_is_refused(lock_dir: Path, held: VaultLock) -> None:
    with pytest.raises(AlreadyOpenHereError) as info:
        VaultLock.acquire(lock_dir, FILE_ID)
    assert isinstance(info.value, VaultLockedError)
    assert info.value.exit_code == 5
    assert "fönster" in info.value.message("sv")
    # The refusal did not disturb the lock that is held.
    assert held.held and held.path.exists()
    assert _try_in_child(lock_dir)[0] == 5


def test_release_allows_reacquire_and_is_idempotent(lock_dir: Path) -> None:
    lock = VaultLock.acquire(lock_dir, FILE_ID)
    lock.release()
    lock.release()
    assert not lock.held
    assert not lock.path.exists()
    with VaultLock.acquire(lock_dir, FILE_ID) as again:
        assert again.held
    assert not again.held


def test_different_vaults_do_not_block_each_other(lock_dir: Path, held: VaultLock) -> None:
    other = bytes(16)
    with VaultLock.acquire(lock_dir, other):
        assert _try_in_child(lock_dir, bytes(range(16))) == (0, "locked")


def test_stale_file_of_a_dead_process_is_taken_over(
    lock_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait(timeout=30)
    lock_dir.mkdir()
    path = lock_dir / f"{FILE_ID.hex()}.lock"
    path.write_text(json.dumps({"pid": dead.pid, "host": socket.gethostname()}))
    caplog.set_level("INFO", logger="sspf_desk.vault.lock")
    with VaultLock.acquire(lock_dir, FILE_ID) as lock:
        owner = read_owner(lock.path)
        assert owner is not None and owner.pid == os.getpid()
    assert "stale" in caplog.text
    assert FILE_ID.hex()[:8] in caplog.text and FILE_ID.hex() not in caplog.text


def test_garbage_lock_file_is_taken_over(lock_dir: Path) -> None:
    lock_dir.mkdir()
    (lock_dir / f"{FILE_ID.hex()}.lock").write_bytes(b"\xff\x00 not json")
    with VaultLock.acquire(lock_dir, FILE_ID) as lock:
        assert read_owner(lock.path) is not None


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_lock_folder_and_file_are_private(lock_dir: Path, held: VaultLock) -> None:
    assert stat.S_IMODE(lock_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(held.path.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name == "nt", reason="flock inode check is POSIX only")
def test_file_removed_before_locking_is_retried(
    lock_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_try_lock = lock_module._try_lock
    calls: list[int] = []

    def racing_try_lock(fd: int) -> bool:
        if not calls:  # the previous holder released and removed the file right now
            (lock_dir / f"{FILE_ID.hex()}.lock").unlink()
        calls.append(fd)
        return real_try_lock(fd)

    monkeypatch.setattr(lock_module, "_try_lock", racing_try_lock)
    with VaultLock.acquire(lock_dir, FILE_ID) as lock:
        assert len(calls) == 2
        assert lock.path.exists()
        monkeypatch.undo()
        assert _try_in_child(lock_dir)[0] == 5  # the lock is on the file others can see


def test_concurrent_threads_get_one_lock(lock_dir: Path) -> None:
    barrier = threading.Barrier(4)
    results: list[object] = []

    def grab() -> None:
        barrier.wait()
        try:
            results.append(VaultLock.acquire(lock_dir, FILE_ID))
        except VaultLockedError as exc:
            results.append(exc)

    threads = [threading.Thread(target=grab) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    locks = [r for r in results if isinstance(r, VaultLock)]
    assert len(locks) == 1
    locks[0].release()


def test_empty_file_id_is_refused(lock_dir: Path) -> None:
    with pytest.raises(ValueError):
        VaultLock.acquire(lock_dir, b"")
