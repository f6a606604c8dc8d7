"""Peak resident memory of a fresh process that opens the vault and shows the persons list.

Each sample is one child process (``python -m benchmarks.memory_child``): it opens the
vault, lists the young persons into the Qt model (offscreen), runs a search and saves
one edit, then reports its peak resident set (VmHWM, or ru_maxrss where /proc is
missing). The floor is the same child doing nothing but importing the same modules
and creating the QApplication: what any process of this stack costs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.fixtures import Fixture
from benchmarks.registry import FLOOR, Operation, Target
from benchmarks.timing import Trial

ROOT = Path(__file__).resolve().parent.parent


def run_child(fixture: Fixture, *, open_vault: bool) -> float:
    """Run one child process and return its peak resident memory in MB (10^6 bytes)."""
    command = [sys.executable, "-m", "benchmarks.memory_child", str(fixture.paths.data.parent)]
    if open_vault:
        command.append(str(fixture.vault))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    completed = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, check=False, timeout=600
    )
    if completed.returncode != 0:
        raise RuntimeError(f"memory child failed: {completed.stderr.strip()[-400:]}")
    report = json.loads(completed.stdout.strip().splitlines()[-1])
    return float(report["peak_bytes"]) / 1e6


@contextmanager
def memory_app(fixture: Fixture) -> Iterator[Trial]:
    """A child that opens the vault, fills the persons model, searches and saves."""
    yield Trial([lambda: run_child(fixture, open_vault=True)], timed=False)


@contextmanager
def memory_floor(fixture: Fixture) -> Iterator[Trial]:
    """A child that only imports the same modules and creates the QApplication."""
    yield Trial([lambda: run_child(fixture, open_vault=False)], timed=False)


OPERATIONS = [
    Operation(
        name="peak_rss",
        title="Peak resident memory",
        app=memory_app,
        baselines={FLOOR: memory_floor},
        targets=(Target("≤ 400 MB", at_most=400.0),),
        unit="MB",
        warmup=0,
        repeat=3,
        note=(
            "A fresh process: open, persons list into the Qt model, a search, one saved "
            "edit; VmHWM. Floor: the same process without opening a vault."
        ),
    ),
]
