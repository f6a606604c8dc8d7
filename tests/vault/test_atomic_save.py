"""Crash-safe saving: injected failures leave the previous file intact; no plaintext on disk."""

from __future__ import annotations

import errno
import os
import re
import shutil
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from sspf_desk.vault import atomic
from sspf_desk.vault.container import Vault, read_header_info
from sspf_desk.vault.errors import ChangedOnDiskError, SaveFailedError
from sspf_desk.vault.format import CHUNK_SIZE

from ._core import MARKER, PASSPHRASE, make_vault

OLD = b"old image " * 1000
NEW = os.urandom(CHUNK_SIZE * 2 + 123)
TMP_RE = re.compile(r"v\.sspf\.tmp-[0-9a-f]{16}")


@pytest.fixture
def saved(tmp_path: Path) -> tuple[Vault, Path, bytes]:
    """Return a vault saved once with OLD, its path and the file's bytes."""
    path = tmp_path / "v.sspf"
    vault, _, _ = make_vault(path, OLD)
    return vault, path, path.read_bytes()


def _assert_previous_intact(path: Path, before: bytes) -> None:
    assert path.read_bytes() == before
    assert Vault.open(path, passphrase=PASSPHRASE).image == OLD
    assert os.listdir(path.parent) == [path.name], "a temp file was left behind"


def _enospc_after(limit: int) -> atomic.WriteFn:
    written = [0]

    def write(fd: int, data: memoryview) -> int:
        if written[0] + len(data) > limit:
            raise OSError(errno.ENOSPC, "No space left on device")
        written[0] += len(data)
        return os.write(fd, data)

    return write


@pytest.mark.parametrize("limit", [0, 100, CHUNK_SIZE + 5000])
def test_disk_full_mid_save_keeps_the_previous_file(
    saved: tuple[Vault, Path, bytes], monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    vault, path, before = saved
    monkeypatch.setattr(atomic, "low_level_write", _enospc_after(limit))
    with pytest.raises(SaveFailedError) as info:
        vault.save(NEW)
    assert info.value.errno == errno.ENOSPC
    assert info.value.exit_code == 1
    assert str(info.value).startswith(
        "Det gick inte att spara valvet (disken kan vara full). "
        "Den tidigare sparade versionen är orörd."
    )
    assert "ENOSPC" in str(info.value)
    assert vault.generation == 1
    _assert_previous_intact(path, before)
    monkeypatch.undo()
    assert vault.save(NEW).generation == 2
    assert Vault.open(path, passphrase=PASSPHRASE).image == NEW


def test_short_writes_are_completed(
    saved: tuple[Vault, Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, path, _ = saved

    def dribble(fd: int, data: memoryview) -> int:
        return os.write(fd, data[: max(1, len(data) // 3)])

    monkeypatch.setattr(atomic, "low_level_write", dribble)
    vault.save(NEW)
    assert Vault.open(path, passphrase=PASSPHRASE).image == NEW


def test_fsync_failure(saved: tuple[Vault, Path, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    vault, path, before = saved

    def broken_fsync(fd: int) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(atomic, "full_fsync", broken_fsync)
    with pytest.raises(SaveFailedError) as info:
        vault.save(NEW)
    assert info.value.errno == errno.EIO
    _assert_previous_intact(path, before)


def test_corruption_caught_by_read_back(
    saved: tuple[Vault, Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, path, before = saved
    calls = [0]

    def flaky_disk(fd: int, data: memoryview) -> int:
        calls[0] += 1
        if calls[0] == 3:  # somewhere in the second chunk
            damaged = bytearray(data)
            damaged[len(damaged) // 2] ^= 0x04
            return os.write(fd, damaged)
        return os.write(fd, data)

    monkeypatch.setattr(atomic, "low_level_write", flaky_disk)
    with pytest.raises(SaveFailedError):
        vault.save(NEW)
    _assert_previous_intact(path, before)


def test_replace_refused_until_it_gives_up(
    saved: tuple[Vault, Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, path, before = saved
    sleeps: list[float] = []
    monkeypatch.setattr(atomic.time, "sleep", sleeps.append)

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "sharing violation")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(SaveFailedError):
        vault.save(NEW)
    assert len(sleeps) == atomic.REPLACE_ATTEMPTS - 1
    assert sleeps == [0.05 * 2**i for i in range(atomic.REPLACE_ATTEMPTS - 1)]
    monkeypatch.undo()
    _assert_previous_intact(path, before)


def test_replace_retried_after_a_sharing_violation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(atomic.time, "sleep", lambda _: None)
    real_replace = os.replace
    failures = [2]

    def sometimes(src: str, dst: str) -> None:
        if failures[0]:
            failures[0] -= 1
            raise PermissionError(errno.EACCES, "sharing violation")
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", sometimes)
    target = tmp_path / "f.bin"
    atomic.write_atomic(target, [b"abc", b"def"])
    assert target.read_bytes() == b"abcdef"
    assert failures == [0]


def test_temp_file_is_private_and_beside_the_target(
    saved: tuple[Vault, Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, path, _ = saved
    seen: list[tuple[list[str], int]] = []

    def spy(fd: int, data: memoryview) -> int:
        if not seen:
            names = [n for n in os.listdir(path.parent) if n != path.name]
            seen.append((names, stat.S_IMODE(os.fstat(fd).st_mode)))
        return os.write(fd, data)

    monkeypatch.setattr(atomic, "low_level_write", spy)
    vault.save(NEW)
    ((names, mode),) = seen
    assert len(names) == 1 and TMP_RE.fullmatch(names[0])
    if sys.platform != "win32":
        assert mode == 0o600
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert os.listdir(path.parent) == [path.name]


def test_failing_producer_removes_the_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "f.bin"
    target.write_bytes(b"previous")

    def parts() -> Iterator[bytes]:
        yield b"partial"
        raise RuntimeError("encryption blew up")

    with pytest.raises(RuntimeError, match="blew up"):
        atomic.write_atomic(target, parts())
    assert target.read_bytes() == b"previous"
    assert os.listdir(tmp_path) == ["f.bin"]


def test_write_atomic_with_explicit_writer(tmp_path: Path) -> None:
    target = tmp_path / "f.bin"
    with pytest.raises(SaveFailedError):
        atomic.write_atomic(target, [b"x" * 10], write=_enospc_after(5))
    assert os.listdir(tmp_path) == []


def test_missing_folder_is_a_save_failure(tmp_path: Path) -> None:
    with pytest.raises(SaveFailedError):
        atomic.write_atomic(tmp_path / "missing" / "f.bin", [b"x"])


def test_changed_on_disk_by_another_writer(tmp_path: Path) -> None:
    path = tmp_path / "v.sspf"
    make_vault(path, OLD)
    first = Vault.open(path, passphrase=PASSPHRASE).vault
    second = Vault.open(path, passphrase=PASSPHRASE).vault
    first.save(b"from the first")
    after_first = path.read_bytes()
    with pytest.raises(ChangedOnDiskError) as info:
        second.save(b"from the second")
    assert info.value.exit_code == 1
    assert path.read_bytes() == after_first
    assert second.generation == 1
    assert os.listdir(tmp_path) == ["v.sspf"]
    first.save(b"the first goes on")
    assert read_header_info(path).generation == 3


def test_changed_on_disk_when_a_backup_is_copied_back(tmp_path: Path) -> None:
    path = tmp_path / "v.sspf"
    vault, _, _ = make_vault(path, OLD)
    backup = tmp_path / "backup.sspf"
    shutil.copy2(path, backup)
    vault.save(b"newer")
    shutil.copy2(backup, path)  # an older generation put back by hand
    with pytest.raises(ChangedOnDiskError):
        vault.save(b"newest")
    assert Vault.open(path, passphrase=PASSPHRASE).image == OLD


def test_changed_on_disk_when_the_file_is_gone(saved: tuple[Vault, Path, bytes]) -> None:
    vault, path, _ = saved
    path.unlink()
    with pytest.raises(ChangedOnDiskError):
        vault.save(NEW)
    assert not path.exists()


def test_replaced_while_we_were_writing(
    saved: tuple[Vault, Path, bytes], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    vault, path, _ = saved
    intruder = tmp_path / "intruder.sspf"
    make_vault(intruder, b"someone else's")
    intruder_bytes = intruder.read_bytes()
    intruder.unlink()
    fired = [False]

    def race(fd: int, data: memoryview) -> int:
        if not fired[0]:
            fired[0] = True
            path.write_bytes(intruder_bytes)
        return os.write(fd, data)

    monkeypatch.setattr(atomic, "low_level_write", race)
    with pytest.raises(ChangedOnDiskError):
        vault.save(NEW)
    assert path.read_bytes() == intruder_bytes
    assert os.listdir(tmp_path) == ["v.sspf"]


def test_no_plaintext_on_disk(tmp_path: Path) -> None:
    folder = tmp_path / "valv"
    folder.mkdir()
    path = folder / "v.sspf"
    image = ("Elev: " + MARKER + ", klass 7B. " * 50).encode("utf-8") * 200
    vault, _, recovery = make_vault(path, image)
    vault.save(image + MARKER.encode("utf-16-le"))
    needles = [
        MARKER.encode("utf-8"),
        MARKER.encode("utf-16-le"),
        b"Lindqvist",
        b"klass 7B",
        PASSPHRASE.encode(),
        recovery.key,
        recovery.text.encode(),
    ]
    for file in folder.rglob("*"):
        content = file.read_bytes()
        for needle in needles:
            assert needle not in content, (file.name, needle[:8])
    assert Vault.open(path, passphrase=PASSPHRASE).image.startswith(image)
