"""The background-work helper: results and errors arrive on the GUI thread."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from sspf_desk.errors import UsageError
from sspf_desk.ui.tasks import TaskRunner


def test_result_arrives_on_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    seen: dict[str, object] = {}
    gui = threading.get_ident()

    def op() -> int:
        seen["op_thread"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["done_thread"] = threading.get_ident()

    with qtbot.waitSignal(runner.progress_finished):
        runner.run(op).on_success(done).with_progress("working").start()
    assert seen["value"] == 42
    assert seen["op_thread"] != gui
    assert seen["done_thread"] == gui
    assert not runner.busy


def test_error_goes_to_on_error(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[Exception] = []

    def op() -> None:
        raise UsageError()

    runner.run(op).on_error(errors.append).start()
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], UsageError)


def test_default_error_handler_is_used(qtbot: QtBot) -> None:
    handled: list[Exception] = []
    runner = TaskRunner(error_handler=handled.append, synchronous=True)

    def op() -> None:
        raise UsageError()

    runner.run(op).start()
    assert len(handled) == 1


def test_synchronous_mode_runs_inline(qtbot: QtBot) -> None:
    runner = TaskRunner(synchronous=True)
    started: list[str] = []
    runner.progress_started.connect(started.append)
    out: list[str] = []
    runner.run(lambda: "x").on_success(out.append).with_progress("label").start()
    assert out == ["x"]
    assert started == ["label"]
    assert not runner.busy
