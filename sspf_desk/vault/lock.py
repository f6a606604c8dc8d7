"""One process per vault: an exclusive OS lock on ``<lock_dir>/<file_id hex>.lock``.

POSIX uses ``fcntl.flock`` and Windows ``msvcrt.locking``. Both locks belong to the
open file and are released by the kernel when the process dies, so the OS lock is the
single source of truth: a lock file left behind by a crashed process (its pid dead)
is simply taken over and rewritten. We never break a lock that the OS reports as held,
even if the pid written in it looks dead (it may live in another pid namespace or on
another host sharing the folder).

The file holds ``pid`` and ``host`` (JSON) for diagnostics only. Because ``flock`` is
per open file description, a second ``acquire`` in the *same* process would succeed at
the OS level; an in-process registry refuses it as well.

On POSIX the file is removed on release. To stay correct when another process removes
the file between our ``open`` and ``flock``, acquiring checks that the locked inode is
still the one at the path and retries otherwise.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import socket
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from sspf_desk.vault.errors import VaultLockedError

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

logger = logging.getLogger(__name__)

_REGISTRY_GUARD = threading.Lock()
_HELD: set[str] = set()  # resolved lock paths held by this process
_WIN_LOCK_OFFSET = 1 << 30  # lock a byte far past the owner text, which stays readable
_MAX_OPEN_RETRIES = 5


class AlreadyOpenHereError(VaultLockedError):
    """This process already holds the vault's lock (e.g. the vault is open in another window)."""

    message_sv = "Valvet är redan öppet i ett annat fönster i det här programmet."
    message_en = "The vault is already open in another window of this program."


@dataclass(frozen=True)
class LockOwner:
    """Who wrote a lock file (for diagnostics; the OS lock decides who holds it)."""

    pid: int
    host: str

    def is_alive_here(self) -> bool | None:
        """Whether the owner process still runs: None if it is on another host."""
        if self.host != socket.gethostname():
            return None
        return _pid_alive(self.pid)


def read_owner(path: Path) -> LockOwner | None:
    """Return the pid and host written in a lock file, or None if unreadable or empty."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockOwner(pid=int(data["pid"]), host=str(data["host"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class VaultLock:
    """An exclusive lock on one vault (by ``file_id``), held until :meth:`release`."""

    def __init__(self, path: Path, fd: int, key: str, file_id: bytes) -> None:
        """Wrap an already locked file; use :meth:`acquire` instead."""
        self.path = path
        self.file_id = file_id
        self._fd: int | None = fd
        self._key = key

    @classmethod
    def acquire(cls, lock_dir: Path, file_id: bytes) -> VaultLock:
        """Take the lock for ``file_id`` or raise at once if someone else holds it.

        Args:
            lock_dir: Folder for lock files (created with mode 0700 if missing).
            file_id: The vault's stable id from its clear header.

        Raises:
            VaultLockedError: If another process, or this one, already holds the lock.
            OSError: If the lock folder or file cannot be created.
        """
        if not file_id:
            raise ValueError("file_id must not be empty")
        _make_private_dir(lock_dir)
        path = lock_dir / f"{file_id.hex()}.lock"
        key = str(path.resolve())
        log_id = file_id.hex()[:8]
        with _REGISTRY_GUARD:
            if key in _HELD:
                logger.info("vault %s: lock already held by this process", log_id)
                raise AlreadyOpenHereError()
            _HELD.add(key)
        try:
            fd = _open_locked(path, log_id)
        except BaseException:
            with _REGISTRY_GUARD:
                _HELD.discard(key)
            raise
        logger.debug("vault %s: lock acquired", log_id)
        return cls(path, fd, key, file_id)

    @property
    def held(self) -> bool:
        """True until :meth:`release` is called."""
        return self._fd is not None

    def release(self) -> None:
        """Release the lock and remove the lock file; calling it again does nothing."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock_and_remove(fd, self.path)
        finally:
            with _REGISTRY_GUARD:
                _HELD.discard(self._key)
        logger.debug("vault %s: lock released", self.file_id.hex()[:8])

    def __enter__(self) -> VaultLock:
        """Return self; the lock is already held."""
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Release the lock."""
        self.release()


def _open_locked(path: Path, log_id: str) -> int:
    """Open, lock and stamp the lock file; return its descriptor."""
    for _ in range(_MAX_OPEN_RETRIES):
        previous = read_owner(path)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        try:
            if not _try_lock(fd):
                raise VaultLockedError()
            if sys.platform != "win32" and not _same_file(fd, path):
                os.close(fd)  # the holder removed it while we waited; try the new file
                continue
            if previous is not None and previous.is_alive_here() is not True:
                logger.info("vault %s: recovered a stale lock file", log_id)
            _write_owner(fd, log_id)
        except BaseException:
            # Closing a locked descriptor releases our lock too.
            _close_quietly(fd)
            raise
        return fd
    raise VaultLockedError()


if sys.platform == "win32":

    def _try_lock(fd: int) -> bool:
        """Try to lock ``fd`` exclusively without waiting; False if someone else holds it."""
        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock_and_remove(fd: int, path: Path) -> None:
        """Unlock and close ``fd``, then remove the file unless another process has it open."""
        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        os.close(fd)
        _unlink_quietly(path)

else:

    def _try_lock(fd: int) -> bool:
        """Try to lock ``fd`` exclusively without waiting; False if someone else holds it."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES):
                return False
            raise
        return True

    def _unlock_and_remove(fd: int, path: Path) -> None:
        """Remove the file while still locked, then close ``fd`` (which drops the flock).

        Removing first means a process that opened the old file and waits for it finds,
        after locking, that the path names another file, and retries (see ``_same_file``).
        """
        _unlink_quietly(path)
        os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    """True if ``path`` still names the file open as ``fd``."""
    try:
        on_disk = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (on_disk.st_dev, on_disk.st_ino)


def _write_owner(fd: int, log_id: str) -> None:
    """Replace the lock file's text with our pid and host (best effort: diagnostics only)."""
    text = json.dumps({"pid": os.getpid(), "host": socket.gethostname()}).encode("utf-8")
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, text)
    except OSError as exc:  # e.g. a full disk: the OS lock is held all the same
        logger.warning("vault %s: could not write the lock owner: errno %s", log_id, exc.errno)


def _pid_alive(pid: int) -> bool:
    """Whether a process with ``pid`` exists on this machine (best effort)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return True  # no cheap portable check; only used for a log line
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _make_private_dir(folder: Path) -> None:
    """Create ``folder`` (and parents) with mode 0700 if it is missing."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)


def _unlink_quietly(path: Path) -> None:
    """Remove ``path``, ignoring a missing file or a sharing violation."""
    with contextlib.suppress(OSError):
        path.unlink()


def _close_quietly(fd: int) -> None:
    """Close ``fd``, ignoring errors."""
    with contextlib.suppress(OSError):
        os.close(fd)
