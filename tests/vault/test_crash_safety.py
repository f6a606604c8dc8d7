"""Crash safety: kill a saving process at random moments; no acknowledged save is ever lost.

A child process (``_crash_child.py``) reopens the SAME vault file on every run and saves
an increasing counter in a loop, printing ``saved N`` only after ``Vault.save`` returned.
The parent kills it (SIGKILL on POSIX) after a random number of acknowledged saves plus a
random delay, then opens the vault and checks that it opens, its image is intact and its
counter is the last acknowledged N or, if the kill came after a save finished but before
its line was printed, N + 1.

Leftover ``<name>.tmp-<random>`` files of killed saves may remain next to the vault. A
session removes only the temporary files it created itself (it cannot know whether another
name belongs to a save still running elsewhere), so leftovers must never stop the next open;
here they pile up across runs and the parent trims the oldest only to bound disk use.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from sspf_desk.vault.container import Vault
from sspf_desk.vault.kdf import insecure_test_params
from tests.vault._crash_child import make_image, read_counter

CHILD = Path(__file__).with_name("_crash_child.py")
PASSPHRASE = "krasch-test"
LANES = 2  # independent vault files killed in parallel (one per core)
KILLS_PER_LANE = 110
MAX_LEFTOVERS = 6
CHILD_TIMEOUT = 30.0


class Lane:
    """One vault file and the bookkeeping of its kill loop."""

    def __init__(self, folder: Path, rng: random.Random) -> None:
        folder.mkdir()
        self.path = folder / "valv.sspf"
        self.rng = rng
        self.on_disk = 0  # the counter verified on disk after the last kill
        self.kills = 0
        self.acked_saves = 0
        self.max_leftovers = 0
        self.mid_write_kills = 0  # kills that left a new temp file: the save was cut short
        self.leftovers: set[Path] = set()
        Vault.create(
            self.path,
            make_image(0),
            PASSPHRASE,
            kdf=insecure_test_params(),
            allow_weak_kdf=True,
        )

    def run(self, kills: int) -> None:
        """Start, kill and verify ``kills`` times."""
        for _ in range(kills):
            acked = self._run_child_and_kill()
            self._verify(acked)
            self._trim_leftovers()

    def _run_child_and_kill(self) -> int:
        """Run the child once, kill it at a random moment; return the last acknowledged N."""
        proc = subprocess.Popen(
            [sys.executable, str(CHILD), str(self.path), PASSPHRASE],
            stdout=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
        )
        watchdog = threading.Timer(CHILD_TIMEOUT, proc.kill)
        watchdog.start()
        assert proc.stdout is not None
        acked = self.on_disk
        try:
            if self.rng.random() < 0.05:
                time.sleep(self.rng.uniform(0.0, 0.05))  # sometimes kill while it opens
            else:
                first = proc.stdout.readline().split()
                assert first == [b"opened", str(self.on_disk).encode()], first
                for _ in range(self.rng.choice((0, 0, 1, 1, 2, 3))):
                    acked = _parse_saved(proc.stdout.readline(), acked)
                time.sleep(self.rng.uniform(0.0, 0.03))
            proc.kill()
            rest = proc.stdout.read()  # lines printed before the kill count as acknowledged
            proc.wait()
        finally:
            watchdog.cancel()
            proc.stdout.close()
        for line in rest.splitlines():
            if line.startswith(b"saved"):
                acked = _parse_saved(line, acked)
        if os.name == "posix":  # the child must have been killed, not have died on its own
            assert proc.returncode == -signal.SIGKILL, proc.returncode
        self.kills += 1
        self.acked_saves += acked - self.on_disk
        return acked

    def _verify(self, acked: int) -> None:
        """Open the vault after a kill and check the acknowledged counter survived."""
        unlocked = Vault.open(self.path, passphrase=PASSPHRASE)
        counter = read_counter(unlocked.image)
        assert acked <= counter <= acked + 1, (counter, acked)
        self.on_disk = counter

    def _trim_leftovers(self) -> None:
        """Count new leftover temp files; delete the oldest once there are many (disk use)."""
        leftovers = sorted(
            self.path.parent.glob(f"{self.path.name}.tmp-*"), key=lambda p: p.stat().st_mtime
        )
        if set(leftovers) - self.leftovers:
            self.mid_write_kills += 1
        self.max_leftovers = max(self.max_leftovers, len(leftovers))
        for stale in leftovers[: max(0, len(leftovers) - MAX_LEFTOVERS)]:
            stale.unlink()
        self.leftovers = set(leftovers[-MAX_LEFTOVERS:])


def _parse_saved(line: bytes, previous: int) -> int:
    """Parse ``saved N``; N must be exactly one more than the previous acknowledgement."""
    words = line.split()
    assert len(words) == 2 and words[0] == b"saved", line
    counter = int(words[1])
    assert counter == previous + 1, (counter, previous)
    return counter


@pytest.mark.slow
def test_random_kills_never_lose_an_acknowledged_save(tmp_path: Path) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    lanes = [Lane(tmp_path / f"lane{i}", random.Random(seed + i)) for i in range(LANES)]
    errors: list[BaseException] = []

    def run(lane: Lane) -> None:
        try:
            lane.run(KILLS_PER_LANE)
        except BaseException as exc:
            errors.append(exc)

    started = time.monotonic()
    threads = [threading.Thread(target=run, args=(lane,)) for lane in lanes]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    if errors:
        raise AssertionError(f"crash-safety failure (seed {seed})") from errors[0]

    kills = sum(lane.kills for lane in lanes)
    acked = sum(lane.acked_saves for lane in lanes)
    assert kills >= 200
    mid_write = sum(lane.mid_write_kills for lane in lanes)
    assert acked > kills // 2, "too few saves acknowledged: the kills did not test saving"
    assert mid_write > kills // 10, "too few kills landed while a save was writing"
    print(
        f"\ncrash safety: {kills} kills ({mid_write} mid-write), {acked} acknowledged saves, "
        f"max {max(lane.max_leftovers for lane in lanes)} leftover tmp files, "
        f"{elapsed:.1f} s (seed {seed})"
    )
