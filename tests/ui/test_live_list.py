"""The list pages' load helper: newest load wins, nothing after stop, stale until shown."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from sspf_desk.services.changes import ChangeSet
from sspf_desk.ui.pages.live_list import LiveList
from sspf_desk.ui.tasks import TaskRunner


class _Reads:
    """Numbered reads; each waits for its gate (opened at once unless ``held``)."""

    def __init__(self) -> None:
        self.started = 0
        self.held: set[int] = set()
        self.gates: dict[int, threading.Event] = {}

    def query(self) -> Callable[[], str]:
        self.started += 1
        number = self.started
        gate = self.gates[number] = threading.Event()
        if number not in self.held:
            gate.set()

        def read() -> str:
            assert gate.wait(5)
            return f"read {number}"

        return read

    def release(self) -> None:
        for gate in self.gates.values():
            gate.set()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait(5000)


@pytest.fixture
def page(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _live(page: QWidget, runner: TaskRunner, reads: _Reads, applied: list[str]) -> LiveList[str]:
    return LiveList(page, runner, reads.query, applied.append, ("meeting", "agenda_item"))


def _settle(qtbot: QtBot, runner: TaskRunner) -> None:
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)


def test_a_newer_load_wins_over_an_older_one_finishing_later(
    qtbot: QtBot, page: QWidget, runner: TaskRunner
) -> None:
    reads, applied = _Reads(), []
    live = _live(page, runner, reads, applied)
    reads.held.add(1)
    live.reload()  # read 1 waits
    live.reload()  # read 2 finishes first
    qtbot.waitUntil(lambda: applied == ["read 2"], timeout=5000)
    reads.release()
    _settle(qtbot, runner)
    assert applied == ["read 2"]


def test_a_load_finishing_after_stop_is_dropped_and_nothing_more_is_read(
    qtbot: QtBot, page: QWidget, runner: TaskRunner
) -> None:
    reads, applied = _Reads(), []
    live = _live(page, runner, reads, applied)
    reads.held.add(1)
    live.reload()
    live.stop()
    reads.release()
    _settle(qtbot, runner)
    assert applied == []
    assert not live.active
    live.reload()
    live.on_changes(ChangeSet(frozenset({"meeting"})))
    assert reads.started == 1
    assert not live.shown()


def test_a_hidden_page_goes_stale_and_reloads_when_shown(
    qtbot: QtBot, page: QWidget, runner: TaskRunner
) -> None:
    reads, applied = _Reads(), []
    live = _live(page, runner, reads, applied)
    assert live.stale  # never read yet
    page.show()
    assert live.shown()
    _settle(qtbot, runner)
    assert applied == ["read 1"] and not live.stale
    assert not live.shown()  # not stale: showing again reads nothing
    page.hide()
    assert not live.on_changes(ChangeSet(frozenset({"agenda_item"})))
    assert live.stale and reads.started == 1
    page.show()
    assert live.shown()
    _settle(qtbot, runner)
    assert applied == ["read 1", "read 2"] and not live.stale


def test_a_visible_page_reloads_at_once_on_watched_changes_only(
    qtbot: QtBot, page: QWidget, runner: TaskRunner
) -> None:
    reads, applied = _Reads(), []
    live = _live(page, runner, reads, applied)
    page.show()
    live.shown()
    _settle(qtbot, runner)
    assert not live.on_changes(ChangeSet(frozenset({"concern", "audit_entry"})))
    assert reads.started == 1
    assert live.on_changes(ChangeSet(frozenset({"meeting", "audit_entry"})))
    _settle(qtbot, runner)
    assert applied == ["read 1", "read 2"]
    page.hide()
    assert not live.on_changes(ChangeSet(frozenset({"concern"})))
    assert not live.stale  # unwatched changes leave a hidden page as it was
