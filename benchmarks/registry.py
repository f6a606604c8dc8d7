"""The registry of benchmarked operations: each with the app's case and its baselines.

A later capability adds one :class:`Operation` to its own ``benchmarks/ops_*.py`` module
and lists it in :func:`operations`: an ``app`` case, the baselines that exist for it
(``floor``, ``sqlcipher``, ``sqlite``) and the targets that apply to the large vault.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from benchmarks.timing import Trial

if TYPE_CHECKING:
    from benchmarks.fixtures import Fixture

APP = "app"
FLOOR = "floor"
SQLCIPHER = "sqlcipher"
SQLITE = "sqlite"
BASELINES = (FLOOR, SQLCIPHER, SQLITE)

Case = Callable[["Fixture"], AbstractContextManager[Trial]]
"""Sets up on entry (untimed), yields the trial to time, tears down on exit."""


class UnavailableError(Exception):
    """A case cannot run on this machine (e.g. sqlcipher3 is not installed)."""


@dataclass(frozen=True)
class Target:
    """A goal for the large vault: a ratio to a baseline, or an absolute bound.

    Attributes:
        text: How the table states it, e.g. "≤ 1.5 × floor".
        baseline: The baseline of a ratio target, None for an absolute one.
        at_most: Upper bound (ratio, or the operation's unit).
        at_least: Lower bound (the operation's unit), for ranges such as the KDF's.
        stat: Which statistic is compared: "median" or "p95".
    """

    text: str
    baseline: str | None = None
    at_most: float | None = None
    at_least: float | None = None
    stat: str = "median"

    def holds(self, value: float) -> bool:
        """Return whether ``value`` (a ratio or an absolute number) meets the target."""
        if self.at_most is not None and value > self.at_most:
            return False
        return not (self.at_least is not None and value < self.at_least)


@dataclass(frozen=True)
class Operation:
    """One benchmarked operation.

    Attributes:
        name: Stable key in the JSON output.
        title: Row title in the table.
        app: The application's own case.
        baselines: Baseline name → case, measured in the same run on the same data.
        targets: Goals checked for the large vault.
        unit: "ms" for timings; "MB" for memory (its steps return their own samples).
        scope: "size" (measured on every reference vault) or "run" (once per run).
        note: One line for the table's notes (what exactly is measured).
        warmup: Warm-up repetitions, when not the run's setting (slow operations).
        repeat: Measured repetitions, when not the run's setting.
    """

    name: str
    title: str
    app: Case
    baselines: dict[str, Case] = field(default_factory=dict)
    targets: tuple[Target, ...] = ()
    unit: str = "ms"
    scope: str = "size"
    note: str = ""
    warmup: int | None = None
    repeat: int | None = None


def operations() -> list[Operation]:
    """Every registered operation, in table order."""
    from benchmarks import (
        ops_casework,
        ops_kdf,
        ops_memory,
        ops_minutes,
        ops_persons,
        ops_qt,
        ops_statistics,
        ops_vault,
    )

    return [
        *ops_vault.OPERATIONS,
        *ops_persons.OPERATIONS,
        *ops_casework.OPERATIONS,
        *ops_minutes.OPERATIONS,
        *ops_statistics.OPERATIONS,
        *ops_qt.OPERATIONS,
        *ops_memory.OPERATIONS,
        *ops_kdf.OPERATIONS,
    ]
