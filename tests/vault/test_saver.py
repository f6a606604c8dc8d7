"""Tests for the background saver (vault/saver.py), mostly against a small fake vault."""

from __future__ import annotations

import errno
import os
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from sspf_desk.errors import BugError, KnownError
from sspf_desk.vault import atomic
from sspf_desk.vault.container import SaveReport, Vault
from sspf_desk.vault.errors import ChangedOnDiskError, SaveFailedError
from sspf_desk.vault.kdf import insecure_test_params
from sspf_desk.vault.saver import SaveOutcome, Saver, UnexpectedSaveError

WAIT = 10.0  # generous upper bound for thread hand-offs; tests never sleep this long


class FakeVault:
    """Records saved images; can be held at the start of a save and made to fail."""

    file_id = bytes.fromhex("a1b2c3d4e5f60718293a4b5c6d7e8f90")

    def __init__(self) -> None:
        self.saved: list[bytes] = []
        self.calls = 0
        self.gate = threading.Event()
        self.gate.set()
        self.started = threading.Event()
        self.failures: list[Exception] = []

    def save(self, image: bytes) -> SaveReport:
        self.calls += 1
        self.started.set()
        assert self.gate.wait(WAIT)
        if self.failures:
            raise self.failures.pop(0)
        self.saved.append(image)
        return SaveReport(generation=len(self.saved), size=len(image), saved_at=datetime.now(UTC))


class Recorder:
    """Collects callback arguments (called on the saver thread)."""

    def __init__(self) -> None:
        self.outcomes: list[SaveOutcome] = []
        self.reports: list[SaveReport] = []
        self.threads: set[str] = set()

    def on_done(self, outcome: SaveOutcome) -> None:
        self.threads.add(threading.current_thread().name)
        self.outcomes.append(outcome)

    def after_save(self, report: SaveReport) -> None:
        self.threads.add(threading.current_thread().name)
        self.reports.append(report)


@pytest.fixture
def vault() -> FakeVault:
    """A fake vault that saves at once."""
    return FakeVault()


@pytest.fixture
def rec() -> Recorder:
    """A callback recorder."""
    return Recorder()


@pytest.fixture
def saver(vault: FakeVault, rec: Recorder) -> Iterator[Saver]:
    """A saver on the fake vault with both callbacks; closed after the test."""
    s = Saver(vault, on_done=rec.on_done, after_save=rec.after_save)
    yield s
    vault.gate.set()
    vault.failures.clear()
    s.close(timeout=WAIT)


def test_coalesces_queued_images_newest_wins(saver: Saver, vault: FakeVault) -> None:
    vault.gate.clear()
    saver.submit(b"image 1", 1)
    assert vault.started.wait(WAIT)
    for seq in range(2, 6):
        saver.submit(f"image {seq}".encode(), seq)
    vault.gate.set()
    outcome = saver.flush(timeout=WAIT)
    assert vault.saved == [b"image 1", b"image 5"]
    assert outcome is not None and outcome.seq == 5 and outcome.ok
    assert saver.saved_seq == 5
    assert not saver.pending


def test_flush_with_nothing_submitted_returns_none(saver: Saver) -> None:
    assert saver.flush(timeout=WAIT) is None
    assert saver.saved_seq == 0


def test_flush_waits_for_the_save_and_callbacks(
    saver: Saver, vault: FakeVault, rec: Recorder
) -> None:
    vault.gate.clear()
    saver.submit(b"a", 1)
    assert saver.pending
    threading.Timer(0.05, vault.gate.set).start()
    outcome = saver.flush(timeout=WAIT)
    assert outcome is not None and outcome.report is not None
    assert outcome.report.generation == 1 and outcome.report.size == 1
    assert rec.outcomes == [outcome]
    assert rec.reports == [outcome.report]
    assert rec.threads == {"vault-saver-a1b2c3d4"}
    assert saver.flush(timeout=WAIT) == outcome  # nothing new: the same outcome again


def test_flush_times_out_while_the_save_hangs(saver: Saver, vault: FakeVault) -> None:
    vault.gate.clear()
    saver.submit(b"a", 1)
    with pytest.raises(TimeoutError):
        saver.flush(timeout=0.05)
    vault.gate.set()
    assert saver.flush(timeout=WAIT) is not None


@pytest.mark.parametrize("error", [SaveFailedError(errno=errno.ENOSPC), ChangedOnDiskError()])
def test_failed_save_is_reported_and_retried_by_flush(
    saver: Saver, vault: FakeVault, rec: Recorder, error: KnownError
) -> None:
    vault.failures.append(error)
    saver.submit(b"a", 1)
    with pytest.raises(type(error)) as info:
        saver.flush(timeout=WAIT)
    assert info.value is error
    assert rec.outcomes == [SaveOutcome(seq=1, report=None, error=error)]
    assert rec.reports == []
    assert saver.saved_seq == 0 and saver.pending
    # The failed image stays pending but is not retried on its own ...
    assert vault.calls == 1
    # ... until the next flush, which retries it once.
    outcome = saver.flush(timeout=WAIT)
    assert outcome is not None and outcome.seq == 1
    assert vault.saved == [b"a"] and vault.calls == 2
    assert [o.ok for o in rec.outcomes] == [False, True]
    assert saver.saved_seq == 1 and not saver.pending


def test_flush_retry_that_fails_again_raises_again(saver: Saver, vault: FakeVault) -> None:
    vault.failures += [SaveFailedError(), SaveFailedError()]
    saver.submit(b"a", 1)
    for _ in range(2):
        with pytest.raises(SaveFailedError):
            saver.flush(timeout=WAIT)
    assert vault.calls == 2
    assert saver.flush(timeout=WAIT) is not None
    assert vault.saved == [b"a"]


def test_newer_submit_after_a_failure_saves_the_newer_image(
    saver: Saver, vault: FakeVault, rec: Recorder
) -> None:
    vault.failures.append(SaveFailedError())
    saver.submit(b"a", 1)
    with pytest.raises(SaveFailedError):
        saver.flush(timeout=WAIT)
    saver.submit(b"b", 2)
    outcome = saver.flush(timeout=WAIT)
    assert outcome is not None and outcome.seq == 2
    assert vault.saved == [b"b"]
    assert saver.saved_seq == 2


def test_failure_while_newer_image_queued_goes_on_to_the_newer(
    saver: Saver, vault: FakeVault
) -> None:
    vault.gate.clear()
    vault.failures.append(SaveFailedError())
    saver.submit(b"a", 1)
    assert vault.started.wait(WAIT)
    saver.submit(b"b", 2)
    vault.gate.set()
    outcome = saver.flush(timeout=WAIT)
    assert outcome is not None and outcome.seq == 2
    assert vault.saved == [b"b"]


def test_unexpected_exception_is_wrapped_and_logged_without_details(
    saver: Saver, vault: FakeVault, rec: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    cause = RuntimeError("/home/x/Anna Svensson.sspf")
    vault.failures.append(cause)
    saver.submit(b"a", 1)
    with pytest.raises(UnexpectedSaveError) as info:
        saver.flush(timeout=WAIT)
    assert isinstance(info.value, SaveFailedError)
    assert info.value.__cause__ is cause
    assert rec.outcomes[0].error is info.value
    assert "RuntimeError" in caplog.text
    assert "Anna" not in caplog.text
    assert "a1b2c3d4" in caplog.text and FakeVault.file_id.hex() not in caplog.text


def test_after_save_exception_does_not_kill_the_thread_or_fail_the_save(
    vault: FakeVault, rec: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[int] = []

    def bad_after_save(report: SaveReport) -> None:
        calls.append(report.generation)
        raise OSError(errno.EACCES, "denied", "/home/x/Anna Svensson.sspf")

    saver = Saver(vault, on_done=rec.on_done, after_save=bad_after_save)
    try:
        for seq in (1, 2):
            saver.submit(f"{seq}".encode(), seq)
            outcome = saver.flush(timeout=WAIT)
            assert outcome is not None and outcome.ok and outcome.seq == seq
    finally:
        saver.close(timeout=WAIT)
    assert calls == [1, 2]
    assert [o.ok for o in rec.outcomes] == [True, True]
    assert "after_save" in caplog.text and "PermissionError" in caplog.text
    assert "Anna" not in caplog.text


def test_on_done_exception_is_contained(vault: FakeVault) -> None:
    def bad_on_done(outcome: SaveOutcome) -> None:
        raise ValueError("boom")

    saver = Saver(vault, on_done=bad_on_done)
    saver.submit(b"a", 1)
    saver.submit(b"b", 2)
    assert saver.flush(timeout=WAIT) is not None
    saver.submit(b"c", 3)
    saver.close(timeout=WAIT)
    assert vault.saved[-1] == b"c"


def test_flush_or_close_from_a_callback_is_a_bug(vault: FakeVault) -> None:
    errors: list[Exception] = []
    holder: list[Saver] = []

    def on_done(outcome: SaveOutcome) -> None:
        for call in (holder[0].flush, holder[0].close):
            try:
                call()
            except BugError as exc:
                errors.append(exc)

    saver = Saver(vault, on_done=on_done)
    holder.append(saver)
    saver.submit(b"a", 1)
    saver.close(timeout=WAIT)
    assert len(errors) == 2


def test_seq_must_increase(saver: Saver) -> None:
    saver.submit(b"a", 3)
    with pytest.raises(BugError):
        saver.submit(b"b", 3)
    with pytest.raises(BugError):
        saver.submit(b"b", 0)


def test_close_flushes_stops_and_is_idempotent(vault: FakeVault) -> None:
    vault.gate.clear()
    saver = Saver(vault)
    saver.submit(b"a", 1)
    saver.submit(b"b", 2)
    threading.Timer(0.05, vault.gate.set).start()
    saver.close(timeout=WAIT)
    assert vault.saved[-1] == b"b"
    assert saver.saved_seq == 2
    saver.close()
    with pytest.raises(BugError):
        saver.submit(b"c", 3)
    assert saver.flush() is not None
    assert not any(t.name.startswith("vault-saver-") for t in threading.enumerate())


def test_close_raises_a_failed_last_save_and_still_stops(vault: FakeVault) -> None:
    vault.failures += [SaveFailedError(), SaveFailedError()]
    saver = Saver(vault)
    saver.submit(b"a", 1)
    with pytest.raises(SaveFailedError):
        saver.flush(timeout=WAIT)
    with pytest.raises(SaveFailedError):
        saver.close(timeout=WAIT)  # retries the parked image once more
    saver.close()
    assert not any(t.name.startswith("vault-saver-") for t in threading.enumerate())
    with pytest.raises(SaveFailedError):
        saver.flush()  # the image was never saved and cannot be any more
    assert vault.calls == 2


def test_close_after_a_timeout_waits_for_the_background_save(vault: FakeVault) -> None:
    vault.gate.clear()
    saver = Saver(vault)
    saver.submit(b"a", 1)
    with pytest.raises(TimeoutError):
        saver.close(timeout=0.05)
    with pytest.raises(BugError):
        saver.submit(b"b", 2)
    vault.gate.set()
    saver.close(timeout=WAIT)
    assert vault.saved == [b"a"]
    assert saver.saved_seq == 1


def test_many_producers(vault: FakeVault) -> None:
    saver = Saver(vault)
    lock = threading.Lock()
    seqs = iter(range(1, 10_000))

    def produce() -> None:
        for _ in range(200):
            with lock:
                seq = next(seqs)
                saver.submit(seq.to_bytes(4, "big"), seq)

    threads = [threading.Thread(target=produce) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    saver.close(timeout=WAIT)
    assert int.from_bytes(vault.saved[-1], "big") == 800
    assert saver.saved_seq == 800
    stored = [int.from_bytes(image, "big") for image in vault.saved]
    assert stored == sorted(stored)


# -- with a real vault --------------------------------------------------------------


def test_write_failure_on_a_real_vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "valv.sspf"
    vault, _slot, _key = Vault.create(
        path, b"first image", "lösenfras", kdf=insecure_test_params(), allow_weak_kdf=True
    )
    rec = Recorder()
    saver = Saver(vault, on_done=rec.on_done, after_save=rec.after_save)

    def full_disk(fd: int, data: memoryview) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic, "low_level_write", full_disk)
    try:
        saver.submit(b"second image", 1)
        with pytest.raises(SaveFailedError):
            saver.flush(timeout=WAIT)
        error = rec.outcomes[-1].error
        assert isinstance(error, SaveFailedError) and error.errno == errno.ENOSPC
        assert rec.reports == []
        assert Vault.open(path, passphrase="lösenfras").image == b"first image"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["valv.sspf"]

        monkeypatch.undo()
        outcome = saver.flush(timeout=WAIT)  # the retry succeeds now
    finally:
        monkeypatch.undo()
        saver.close(timeout=WAIT)
    assert outcome is not None and outcome.report is not None
    assert outcome.report.generation == vault.generation
    assert Vault.open(path, passphrase="lösenfras").image == b"second image"


class CountingSource:
    """An image source like ``Store.committed_image``: counts calls and their threads."""

    def __init__(self) -> None:
        self.seq = 0  # the newest "committed" state
        self.calls: list[int] = []
        self.threads: set[str] = set()
        self.failures: list[Exception] = []

    def commit(self, saver: Saver) -> None:
        """Commit one state and tell the saver, as the store's hook does."""
        self.seq += 1
        saver.submit_source(self, self.seq)

    def __call__(self) -> tuple[bytes, int]:
        self.threads.add(threading.current_thread().name)
        if self.failures:
            raise self.failures.pop(0)
        self.calls.append(self.seq)
        return f"state {self.seq}".encode(), self.seq


def test_submit_source_serializes_on_the_saver_thread(saver: Saver, vault: FakeVault) -> None:
    source = CountingSource()
    source.commit(saver)
    outcome = saver.flush(timeout=WAIT)
    assert outcome is not None and outcome.ok and outcome.seq == 1
    assert source.threads == {"vault-saver-a1b2c3d4"}
    assert vault.saved == [b"state 1"]


def test_submit_source_coalesces_commits_into_one_serialize(saver: Saver, vault: FakeVault) -> None:
    source = CountingSource()
    vault.gate.clear()
    source.commit(saver)
    assert vault.started.wait(WAIT)  # the first save is running: everything else queues
    for _ in range(50):
        source.commit(saver)
    vault.gate.set()
    outcome = saver.flush(timeout=WAIT)
    assert source.calls == [1, 51]
    assert vault.saved == [b"state 1", b"state 51"]
    assert outcome is not None and outcome.seq == 51
    assert saver.saved_seq == 51 and not saver.pending


def test_a_serialize_covering_later_commits_drops_them() -> None:
    """Commits that land while the source runs are in its image: no second save."""
    vault = FakeVault()
    saver = Saver(vault)
    source = CountingSource()
    entered, release = threading.Event(), threading.Event()

    def slow_source() -> tuple[bytes, int]:
        entered.set()
        assert release.wait(WAIT)
        return source()

    try:
        saver.submit_source(slow_source, 1)
        source.seq = 1
        assert entered.wait(WAIT)
        for seq in (2, 3):  # committed before the (simulated) store lock was taken
            source.seq = seq
            saver.submit_source(slow_source, seq)
        release.set()
        outcome = saver.flush(timeout=WAIT)
        assert outcome is not None and outcome.seq == 3
        assert vault.saved == [b"state 3"]
        assert source.calls == [3]
    finally:
        release.set()
        saver.close(timeout=WAIT)


def wait_for_outcomes(rec: Recorder, count: int) -> None:
    """Wait until the saver has reported ``count`` outcomes."""
    deadline = time.monotonic() + WAIT
    while len(rec.outcomes) < count:
        assert time.monotonic() < deadline, "the saver did not report in time"
        time.sleep(0.002)


def test_failing_source_is_reported_parked_and_retried_by_flush(
    saver: Saver, vault: FakeVault, rec: Recorder
) -> None:
    source = CountingSource()
    source.failures.append(RuntimeError("serialize failed"))
    source.commit(saver)
    wait_for_outcomes(rec, 1)
    failed = rec.outcomes[0]
    assert failed.seq == 1 and isinstance(failed.error, UnexpectedSaveError)
    assert saver.pending and vault.calls == 0  # parked, not retried on its own
    source.seq = 2  # a later commit without a submit: the retry serializes the newest state
    outcome = saver.flush(timeout=WAIT)
    assert outcome is not None and outcome.ok and outcome.seq == 2
    assert vault.saved == [b"state 2"] and not saver.pending


def test_failing_source_twice_raises_from_flush(saver: Saver, rec: Recorder) -> None:
    source = CountingSource()
    source.failures += [RuntimeError("first"), RuntimeError("second")]
    source.commit(saver)
    wait_for_outcomes(rec, 1)
    with pytest.raises(UnexpectedSaveError):
        saver.flush(timeout=WAIT)
    assert saver.pending
    source.commit(saver)  # the next commit wakes the worker again
    outcome = saver.flush(timeout=WAIT)
    assert outcome is not None and outcome.seq == 2 and not saver.pending


def test_failed_save_of_a_source_keeps_the_newest_state(
    saver: Saver, vault: FakeVault, rec: Recorder
) -> None:
    source = CountingSource()
    vault.failures.append(SaveFailedError())
    source.commit(saver)
    wait_for_outcomes(rec, 1)
    assert isinstance(rec.outcomes[0].error, SaveFailedError)
    source.commit(saver)
    outcome = saver.flush(timeout=WAIT)
    assert outcome is not None and outcome.seq == 2
    assert vault.saved == [b"state 2"]


def test_a_source_behind_its_seq_is_a_bug(saver: Saver, rec: Recorder) -> None:
    saver.submit_source(lambda: (b"old", 1), 2)
    with pytest.raises(UnexpectedSaveError):
        saver.flush(timeout=WAIT)
    assert isinstance(rec.outcomes[-1].error, UnexpectedSaveError)
    saver.submit(b"new", 3)  # replaces the broken source, so the fixture's close succeeds
