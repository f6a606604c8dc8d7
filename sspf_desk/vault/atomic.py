"""Crash-safe replacement of the vault file: temp file beside it, sync, verify, check, rename.

The target is either the complete old file or the complete new file at every instant. Any
``OSError`` removes the temp file and becomes :class:`SaveFailedError`; the previous file is
never touched before the final ``os.replace``. Tests inject failures through the ``write``
argument or by monkeypatching :func:`low_level_write`.
"""

from __future__ import annotations

import errno
import hmac
import logging
import os
import secrets
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sspf_desk.vault.errors import ChangedOnDiskError, SaveFailedError, VaultError
from sspf_desk.vault.format import read_header

if sys.platform != "win32":
    import fcntl

_log = logging.getLogger(__name__)

WriteFn = Callable[[int, memoryview], int]
REPLACE_ATTEMPTS = 8
REPLACE_FIRST_DELAY = 0.05
TEMP_MODE = 0o600


@dataclass(frozen=True)
class DiskState:
    """What a writer last read or wrote at a path: size, mtime and stored header checksum."""

    size: int
    mtime_ns: int
    checksum: bytes


def _stored_checksum(path: Path) -> bytes | None:
    """Return the header checksum stored in the file at ``path`` (None if unreadable)."""
    try:
        with path.open("rb") as stream:
            return read_header(stream).checksum
    except (OSError, VaultError):
        return None


def check_unchanged(path: Path, expected: DiskState | None) -> None:
    """Refuse to replace ``path`` unless it is exactly what we last read or wrote.

    Args:
        path: the vault file.
        expected: the state we last saw, or ``None`` if the file must not exist (creation).

    Raises:
        ChangedOnDiskError: the file differs in size, mtime or stored header checksum, was
            removed, or (for ``None``) exists.
        SaveFailedError: the file's state cannot be read.
    """
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        if expected is None:
            return
        raise ChangedOnDiskError(reason="missing") from None
    except OSError as exc:
        raise SaveFailedError(errno=exc.errno, reason="stat") from exc
    if expected is None:
        raise ChangedOnDiskError(reason="exists")
    same_stat = (stat.st_size, stat.st_mtime_ns) == (expected.size, expected.mtime_ns)
    stored = _stored_checksum(path) if same_stat else None
    if stored is None or not hmac.compare_digest(stored, expected.checksum):
        raise ChangedOnDiskError()


def low_level_write(fd: int, data: memoryview) -> int:
    """Write some of ``data`` to ``fd`` and return the count (``os.write``; patchable)."""
    return os.write(fd, data)


def temp_path_for(target: Path) -> Path:
    """Return a fresh temp path ``<name>.tmp-<16 hex>`` in the target's folder."""
    return target.with_name(f"{target.name}.tmp-{secrets.token_hex(8)}")


def _write_all(fd: int, data: bytes, write: WriteFn) -> None:
    view = memoryview(data)
    while view:
        written = write(fd, view)
        if written <= 0:
            raise OSError(errno.EIO, "write made no progress")
        view = view[written:]


def full_fsync(fd: int) -> None:
    """Flush ``fd`` to stable storage (``F_FULLFSYNC`` on macOS when available)."""
    if sys.platform == "darwin":
        full = getattr(fcntl, "F_FULLFSYNC", None)
        if full is not None:
            try:
                fcntl.fcntl(fd, full)
            except OSError:
                pass
            else:
                return
    os.fsync(fd)


def fsync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` durable (POSIX); a no-op on Windows."""
    if os.name == "nt":
        return
    try:
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as exc:
        _log.warning("could not open the folder to sync it: errno %s", exc.errno)
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some file systems (network shares) refuse fsync on folders; the data is synced.
        _log.warning("could not sync the folder: errno %s", exc.errno)
    finally:
        os.close(fd)


def replace_with_retry(
    source: Path,
    target: Path,
    *,
    attempts: int = REPLACE_ATTEMPTS,
    first_delay: float = REPLACE_FIRST_DELAY,
) -> None:
    """``os.replace(source, target)``, retrying PermissionError (a Windows sharing violation).

    The delay doubles after each failed attempt (0.05 s, 0.1 s, … about 6 s in all).
    """
    delay = first_delay
    for attempt in range(1, attempts + 1):
        try:
            os.replace(source, target)
        except PermissionError:
            if attempt == attempts:
                raise
            _log.info("replace refused (attempt %d), retrying in %.2f s", attempt, delay)
            time.sleep(delay)
            delay *= 2
        else:
            return


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        _log.warning("could not remove a temp file: errno %s", exc.errno)


def _save_failed(exc: OSError, reason: str) -> SaveFailedError:
    """Return the SaveFailedError for ``exc``, naming its errno (e.g. ENOSPC) but no path."""
    code = errno.errorcode.get(exc.errno, "") if exc.errno is not None else ""
    return SaveFailedError(f"({code})" if code else None, errno=exc.errno, reason=reason)


def _open_exclusive(path: Path) -> int:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    flags |= getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    return os.open(path, flags, TEMP_MODE)


def write_atomic(
    target: Path,
    parts: Iterable[bytes],
    *,
    verify: Callable[[BinaryIO], None] | None = None,
    before_replace: Callable[[], None] | None = None,
    write: WriteFn | None = None,
) -> os.stat_result:
    """Replace ``target`` with the concatenation of ``parts``, crash-safely.

    Steps: create ``<name>.tmp-<random>`` beside the target (O_EXCL, mode 0600), write every
    part as it is produced, fsync, let ``verify`` read the temp file back, call
    ``before_replace`` (which may refuse by raising), ``os.replace`` with retries, and fsync
    the folder.

    Args:
        target: the file to replace (or create).
        parts: the new content, produced lazily (e.g. encrypted chunks).
        verify: reads the synced temp file from its start; raises to abort the save.
        before_replace: last check before the rename; raises to abort the save.
        write: the low-level write; defaults to :func:`low_level_write`.

    Returns:
        ``os.stat`` of the new file, taken just before the rename (size, mtime_ns).

    Raises:
        SaveFailedError: any ``OSError`` (disk full, I/O error, rename refused …).
        Exception: whatever ``parts``, ``verify`` or ``before_replace`` raise, unchanged.
            In every failure case the temp file is removed and the target is untouched.
    """
    writer = write if write is not None else low_level_write
    tmp = temp_path_for(target)
    try:
        fd = _open_exclusive(tmp)
    except OSError as exc:
        raise _save_failed(exc, "create") from exc
    try:
        try:
            for part in parts:
                _write_all(fd, part, writer)
            full_fsync(fd)
        finally:
            os.close(fd)
        stat = os.stat(tmp)
        if verify is not None:
            with tmp.open("rb") as stream:
                verify(stream)
        if before_replace is not None:
            before_replace()
        replace_with_retry(tmp, target)
    except OSError as exc:
        _remove_quietly(tmp)
        raise _save_failed(exc, "write") from exc
    except BaseException:
        _remove_quietly(tmp)
        raise
    fsync_directory(target.parent)
    return stat
