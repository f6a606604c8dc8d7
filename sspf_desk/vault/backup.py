"""Rotating encrypted backups in the local app-data folder.

After the first save of a session, and then at most once an hour, the saved vault
file (still encrypted; nothing is decrypted here) is copied to
``<backup_dir>/<file_id hex>/<UTC stamp>.sspf``. Names hold only the vault's stable
``file_id`` and a timestamp, never the vault's own file name. Pruning keeps the newest
10 backups plus the newest backup of each of the last 7 calendar days (UTC dates).

A copy is written like a vault save (a ``*.tmp-<random>`` file, fsynced, renamed), so a
crash never leaves a half backup under a real backup name; leftovers older than an hour
are removed by the next backup of the same vault.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sspf_desk.errors import KnownError
from sspf_desk.vault.atomic import write_atomic

logger = logging.getLogger(__name__)

BACKUP_INTERVAL = timedelta(hours=1)
KEEP_NEWEST = 10
KEEP_DAYS = 7
SUFFIX = ".sspf"
_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_NAME_RE = re.compile(r"^(\d{8}T\d{12}Z)\.sspf$")
_DIR_RE = re.compile(r"^[0-9a-f]{2,64}$")
_TMP_MARK = ".tmp-"
_TMP_MAX_AGE_SECONDS = 3600.0
_COPY_CHUNK = 1 << 20


def _utc_now() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(UTC)


def backup_stamp(moment: datetime) -> str:
    """Format an aware datetime as the UTC stamp used in backup names."""
    if moment.tzinfo is None:
        raise ValueError("backup times must be timezone-aware")
    return moment.astimezone(UTC).strftime(_STAMP_FORMAT)


def backup_time(path: Path) -> datetime | None:
    """Return the UTC time encoded in a backup's name, or None if it is not a backup name."""
    match = _NAME_RE.match(path.name)
    if match is None:
        return None
    try:
        return datetime.strptime(match.group(1), _STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


def list_backups(backup_dir: Path, file_id: bytes | None = None) -> list[Path]:
    """List backups newest first, of one vault or (``file_id`` None) of all vaults."""
    if file_id is not None:
        folders = [backup_dir / file_id.hex()]
    elif backup_dir.is_dir():
        folders = [p for p in backup_dir.iterdir() if p.is_dir() and _DIR_RE.match(p.name)]
    else:
        folders = []
    found: list[tuple[datetime, Path]] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            moment = backup_time(path)
            if moment is not None and path.is_file():
                found.append((moment, path))
    found.sort(key=lambda item: (item[0], str(item[1])), reverse=True)
    return [path for _, path in found]


def newest_openable_backup(
    backup_dir: Path, file_id: bytes, opener: Callable[[Path], object]
) -> Path | None:
    """Return the newest backup that ``opener`` accepts (returns without raising), or None.

    ``opener`` may raise any :class:`~sspf_desk.errors.KnownError` (damaged, wrong
    passphrase, …) or ``OSError`` to reject a backup; other exceptions propagate.
    """
    for path in list_backups(backup_dir, file_id):
        try:
            opener(path)
        except (KnownError, OSError) as exc:
            logger.info(
                "vault %s: backup %s rejected: %s",
                file_id.hex()[:8],
                path.name,
                type(exc).__name__,
            )
            continue
        return path
    return None


def select_to_keep(stamps: list[datetime], today: date) -> set[datetime]:
    """Apply the rotation policy: the newest 10 plus the newest of each of the last 7 days."""
    newest_first = sorted(stamps, reverse=True)
    keep = set(newest_first[:KEEP_NEWEST])
    first_day = today - timedelta(days=KEEP_DAYS - 1)
    seen_days: set[date] = set()
    for moment in newest_first:
        day = moment.astimezone(UTC).date()
        if first_day <= day <= today and day not in seen_days:
            seen_days.add(day)
            keep.add(moment)
    return keep


class BackupRotator:
    """Makes and prunes the backups of one vault for one session.

    Args:
        backup_dir: The app's backup folder (``AppPaths.backups``).
        file_id: The vault's stable id; backups go to ``backup_dir/<file_id hex>/``.
        now: Clock returning an aware datetime (injected by tests).
    """

    def __init__(
        self, backup_dir: Path, file_id: bytes, *, now: Callable[[], datetime] = _utc_now
    ) -> None:
        if not file_id:
            raise ValueError("file_id must not be empty")
        self.backup_dir = backup_dir
        self.file_id = file_id
        self.folder = backup_dir / file_id.hex()
        self._now = now
        self._last_backup: datetime | None = None
        self._log_id = file_id.hex()[:8]

    def after_save(self, vault_path: Path) -> Path | None:
        """Back up ``vault_path`` if this is the session's first save or an hour has passed.

        Returns:
            The new backup, or None if none was due.

        Raises:
            SaveFailedError: If the copy failed; nothing is left under a backup name.
        """
        moment = self._now()
        if self._last_backup is not None:
            elapsed = moment - self._last_backup
            if timedelta(0) <= elapsed < BACKUP_INTERVAL:
                return None
        return self.backup_now(vault_path, moment)

    def backup_now(self, vault_path: Path, moment: datetime | None = None) -> Path:
        """Copy ``vault_path`` to a new backup now (regardless of the interval) and prune.

        The copy is written like a vault save (:func:`~sspf_desk.vault.atomic.write_atomic`:
        temp file 0600, fsync, rename, folder fsync).

        Raises:
            SaveFailedError: If reading the vault or writing the copy failed.
        """
        moment = self._now() if moment is None else moment
        _make_private_dirs(self.backup_dir, self.folder)
        self._remove_old_tmp_files()
        target = self.folder / f"{backup_stamp(moment)}{SUFFIX}"
        write_atomic(target, _read_chunks(vault_path))
        self._last_backup = moment
        logger.info("vault %s: backup written (%s)", self._log_id, target.name)
        self.prune(moment.astimezone(UTC).date())
        return target

    def prune(self, today: date | None = None) -> list[Path]:
        """Delete the backups the rotation policy does not keep; return what was deleted."""
        today = self._now().astimezone(UTC).date() if today is None else today
        backups = {
            moment: path
            for path in list_backups(self.backup_dir, self.file_id)
            if (moment := backup_time(path)) is not None
        }
        keep = select_to_keep(list(backups), today)
        removed: list[Path] = []
        for moment, path in backups.items():
            if moment in keep:
                continue
            try:
                path.unlink()
            except OSError as exc:
                logger.warning(
                    "vault %s: could not prune a backup: %s", self._log_id, type(exc).__name__
                )
                continue
            removed.append(path)
        if removed:
            logger.info("vault %s: pruned %d old backups", self._log_id, len(removed))
        return removed

    def _remove_old_tmp_files(self) -> None:
        """Remove copies left half-written by a crash more than an hour ago."""
        limit = time.time() - _TMP_MAX_AGE_SECONDS
        for path in self.folder.glob(f"*{SUFFIX}{_TMP_MARK}*"):
            try:
                if path.stat().st_mtime < limit:
                    path.unlink()
            except OSError:
                continue


def _read_chunks(source: Path) -> Iterator[bytes]:
    """Yield the bytes of ``source`` in 1 MiB pieces."""
    with source.open("rb") as stream:
        while chunk := stream.read(_COPY_CHUNK):
            yield chunk


def _make_private_dirs(*folders: Path) -> None:
    """Create each folder with mode 0700 if it is missing (parents first)."""
    for folder in folders:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
