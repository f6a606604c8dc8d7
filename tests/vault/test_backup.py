"""Tests for rotating encrypted backups (vault/backup.py)."""

from __future__ import annotations

import os
import stat
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from sspf_desk.errors import KnownError
from sspf_desk.vault.backup import (
    KEEP_DAYS,
    KEEP_NEWEST,
    BackupRotator,
    backup_stamp,
    backup_time,
    list_backups,
    newest_openable_backup,
    select_to_keep,
)
from sspf_desk.vault.errors import SaveFailedError

FILE_ID = bytes.fromhex("00112233445566778899aabbccddeeff")
OTHER_ID = bytes.fromhex("ffeeddccbbaa99887766554433221100")
START = datetime(2026, 3, 1, 8, 0, 0, tzinfo=UTC)


class Clock:
    """A settable clock for the rotator."""

    def __init__(self, moment: datetime = START) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


@pytest.fixture
def vault_file(tmp_path: Path) -> Path:
    """A stand-in for an encrypted vault whose name is personal data."""
    path = tmp_path / "vaults" / "Anna Svensson 19990101.sspf"
    path.parent.mkdir()
    path.write_bytes(b"SSPFVLT\0" + os.urandom(3000))
    return path


def test_first_save_backs_up_then_at_most_hourly(tmp_path: Path, vault_file: Path) -> None:
    clock = Clock()
    rotator = BackupRotator(tmp_path / "backups", FILE_ID, now=clock)

    first = rotator.after_save(vault_file)
    assert first is not None
    assert first.read_bytes() == vault_file.read_bytes()
    clock.advance(minutes=59, seconds=59)
    assert rotator.after_save(vault_file) is None
    clock.advance(seconds=1)
    second = rotator.after_save(vault_file)
    assert second is not None and second != first
    assert list_backups(tmp_path / "backups", FILE_ID) == [second, first]


def test_new_session_backs_up_on_its_first_save(tmp_path: Path, vault_file: Path) -> None:
    clock = Clock()
    assert BackupRotator(tmp_path, FILE_ID, now=clock).after_save(vault_file) is not None
    clock.advance(minutes=5)
    assert BackupRotator(tmp_path, FILE_ID, now=clock).after_save(vault_file) is not None
    assert len(list_backups(tmp_path, FILE_ID)) == 2


def test_clock_going_backwards_still_backs_up(tmp_path: Path, vault_file: Path) -> None:
    clock = Clock()
    rotator = BackupRotator(tmp_path, FILE_ID, now=clock)
    rotator.after_save(vault_file)
    clock.advance(hours=-3)
    assert rotator.after_save(vault_file) is not None


def test_names_hold_only_file_id_and_stamp(tmp_path: Path, vault_file: Path) -> None:
    rotator = BackupRotator(tmp_path / "backups", FILE_ID, now=Clock())
    backup = rotator.after_save(vault_file)
    assert backup == tmp_path / "backups" / FILE_ID.hex() / "20260301T080000000000Z.sspf"
    every_name = [p.name for p in (tmp_path / "backups").rglob("*")]
    assert every_name and not any("Anna" in n or "Svensson" in n for n in every_name)


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_backup_files_and_folders_are_private(tmp_path: Path, vault_file: Path) -> None:
    backup = BackupRotator(tmp_path / "b", FILE_ID, now=Clock()).after_save(vault_file)
    assert backup is not None
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "b").stat().st_mode) == 0o700


def test_rotation_keeps_newest_ten_and_one_per_day_for_seven_days(
    tmp_path: Path, vault_file: Path
) -> None:
    clock = Clock()
    # 20 days, a session each day with saves from 08:00 to 16:00 (hourly backups).
    for _day in range(20):
        rotator = BackupRotator(tmp_path, FILE_ID, now=clock)
        for _hour in range(9):
            assert rotator.after_save(vault_file) is not None
            clock.advance(hours=1)
        clock.advance(hours=15)

    kept = [backup_time(p) for p in list_backups(tmp_path, FILE_ID)]
    last_day = date(2026, 3, 20)
    newest_ten = [datetime(2026, 3, 20, h, tzinfo=UTC) for h in range(16, 7, -1)] + [
        datetime(2026, 3, 19, 16, tzinfo=UTC)
    ]
    daily = [
        datetime.combine(last_day - timedelta(days=d), datetime.min.time(), UTC).replace(hour=16)
        for d in range(2, KEEP_DAYS)
    ]
    assert kept == newest_ten + daily
    assert len(kept) == KEEP_NEWEST + KEEP_DAYS - 2  # the last two days are already in the ten


def test_select_to_keep_counts_calendar_days_back_from_today() -> None:
    today = date(2026, 3, 10)
    stamps = [datetime(2026, 3, d, 12, tzinfo=UTC) for d in range(1, 11)]
    stamps += [datetime(2026, 3, d, 9, tzinfo=UTC) for d in range(1, 11)]
    keep = select_to_keep(stamps, today)
    newest_ten = sorted(stamps, reverse=True)[:10]
    assert set(newest_ten) <= keep
    daily = {datetime(2026, 3, d, 12, tzinfo=UTC) for d in range(4, 11)}
    assert keep == set(newest_ten) | daily
    assert datetime(2026, 3, 3, 12, tzinfo=UTC) not in keep  # 8 days back: outside


def test_select_to_keep_with_few_backups_keeps_all() -> None:
    stamps = [START + timedelta(minutes=i) for i in range(KEEP_NEWEST)]
    assert select_to_keep(stamps, START.date()) == set(stamps)


def test_prune_leaves_unknown_files_alone(tmp_path: Path, vault_file: Path) -> None:
    folder = tmp_path / FILE_ID.hex()
    folder.mkdir()
    (folder / "notes.txt").write_text("x")
    clock = Clock()
    for _ in range(15):
        BackupRotator(tmp_path, FILE_ID, now=clock).after_save(vault_file)
        clock.advance(seconds=1)
    assert (folder / "notes.txt").exists()
    assert len(list_backups(tmp_path, FILE_ID)) == KEEP_NEWEST


def test_list_backups_newest_first_across_vaults(tmp_path: Path, vault_file: Path) -> None:
    clock = Clock()
    made: list[Path] = []
    for file_id in (FILE_ID, OTHER_ID, FILE_ID):
        backup = BackupRotator(tmp_path, file_id, now=clock).after_save(vault_file)
        assert backup is not None
        made.append(backup)
        clock.advance(minutes=1)
    (tmp_path / FILE_ID.hex() / "20260301T090000000000Z.sspf.tmp-abcd").write_bytes(b"x")
    (tmp_path / "not-a-vault-dir").mkdir()
    (tmp_path / "not-a-vault-dir" / "20260301T090000000000Z.sspf").write_bytes(b"x")

    assert list_backups(tmp_path) == made[::-1]
    assert list_backups(tmp_path, FILE_ID) == [made[2], made[0]]
    assert list_backups(tmp_path, OTHER_ID) == [made[1]]
    assert list_backups(tmp_path / "missing") == []
    assert list_backups(tmp_path / "missing", FILE_ID) == []


def test_newest_openable_backup_skips_rejected(tmp_path: Path, vault_file: Path) -> None:
    clock = Clock()
    made = []
    for _ in range(3):
        made.append(BackupRotator(tmp_path, FILE_ID, now=clock).after_save(vault_file))
        clock.advance(minutes=1)
    tried: list[Path] = []

    def opener(path: Path) -> object:
        tried.append(path)
        if path == made[2]:
            raise KnownError("damaged")
        if path == made[1]:
            raise OSError("unreadable")
        return object()

    assert newest_openable_backup(tmp_path, FILE_ID, opener) == made[0]
    assert tried == made[::-1]


def test_newest_openable_backup_none_and_bugs(tmp_path: Path, vault_file: Path) -> None:
    BackupRotator(tmp_path, FILE_ID, now=Clock()).after_save(vault_file)

    def reject(path: Path) -> object:
        raise KnownError()

    def broken(path: Path) -> object:
        raise ZeroDivisionError

    assert newest_openable_backup(tmp_path, FILE_ID, reject) is None
    assert newest_openable_backup(tmp_path, OTHER_ID, lambda p: p) is None
    with pytest.raises(ZeroDivisionError):
        newest_openable_backup(tmp_path, FILE_ID, broken)


def test_failed_copy_leaves_no_partial_file(tmp_path: Path) -> None:
    rotator = BackupRotator(tmp_path, FILE_ID, now=Clock())
    with pytest.raises(SaveFailedError):
        rotator.after_save(tmp_path / "gone.sspf")
    assert list((tmp_path / FILE_ID.hex()).iterdir()) == []
    # A failed copy does not count: the next save tries again.
    src = tmp_path / "v.sspf"
    src.write_bytes(b"v")
    assert rotator.after_save(src) is not None


def test_old_tmp_leftovers_are_removed(tmp_path: Path, vault_file: Path) -> None:
    folder = tmp_path / FILE_ID.hex()
    folder.mkdir()
    old = folder / "20260101T000000000000Z.sspf.tmp-0000"
    fresh = folder / "20260101T000000000000Z.sspf.tmp-1111"
    old.write_bytes(b"x")
    fresh.write_bytes(b"x")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    BackupRotator(tmp_path, FILE_ID, now=Clock()).after_save(vault_file)
    assert not old.exists()
    assert fresh.exists()


def test_stamps_round_trip_and_need_aware_times() -> None:
    moment = datetime(2026, 3, 1, 8, 1, 2, 345678, tzinfo=UTC)
    assert backup_stamp(moment) == "20260301T080102345678Z"
    assert backup_time(Path(f"{backup_stamp(moment)}.sspf")) == moment
    assert backup_time(Path("20261399T000000000000Z.sspf")) is None
    assert backup_time(Path("whatever.sspf")) is None
    with pytest.raises(ValueError, match="aware"):
        backup_stamp(datetime(2026, 3, 1))


def test_empty_file_id_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        BackupRotator(tmp_path, b"")
