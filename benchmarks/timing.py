"""Timing: run a case's steps with warm-up and repetitions; summarise as median and p95.

A case gives a list of steps per repetition (one step for an open or a save, one step
per keystroke for search-as-you-type). Every step is timed on its own; the samples of
the measured repetitions are pooled, so "per keystroke" statistics need no averaging.
"""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

Step = Callable[[], object]


@dataclass(frozen=True)
class Stats:
    """A summary of samples (in the operation's unit: milliseconds or megabytes)."""

    median: float
    p95: float
    minimum: float
    maximum: float
    n: int
    samples: tuple[float, ...] = field(repr=False)

    @classmethod
    def of(cls, samples: Sequence[float]) -> Stats:
        """Summarise ``samples`` (at least one); p95 is the nearest-rank percentile."""
        if not samples:
            raise ValueError("no samples")
        ordered = sorted(samples)
        rank = max(1, math.ceil(0.95 * len(ordered)))
        return cls(
            median=statistics.median(ordered),
            p95=ordered[rank - 1],
            minimum=ordered[0],
            maximum=ordered[-1],
            n=len(ordered),
            samples=tuple(samples),
        )

    def to_json(self) -> dict[str, object]:
        """Return the summary as JSON-ready values (rounded to 1 µs / 1 kB)."""
        return {
            "median": round(self.median, 3),
            "p95": round(self.p95, 3),
            "min": round(self.minimum, 3),
            "max": round(self.maximum, 3),
            "n": self.n,
            "samples": [round(sample, 3) for sample in self.samples],
        }


@dataclass(frozen=True)
class Untimed:
    """A step run in its place in the sequence but not measured (e.g. clearing a field)."""

    action: Step

    def __call__(self) -> object:
        """Run the action."""
        return self.action()


@dataclass(frozen=True)
class Trial:
    """What a case hands the harness: the steps of one repetition and an untimed reset.

    Attributes:
        steps: Timed one by one, in order, in every repetition.
        reset: Called (untimed) before every repetition, e.g. to clear the search text
            or to close what the previous open opened.
        timed: False when each step measures itself and returns its sample (a float in
            the operation's unit, e.g. megabytes of peak memory from a child process).
        info: Facts about the case for the JSON output (e.g. the KDF parameters).
    """

    steps: Sequence[Step]
    reset: Callable[[], object] | None = None
    timed: bool = True
    info: dict[str, object] = field(default_factory=dict)


def _as_float(value: object) -> float:
    if not isinstance(value, int | float):
        raise TypeError("an untimed step must return its sample as a number")
    return float(value)


def _repetition(trial: Trial, samples: list[float] | None) -> None:
    """Run one repetition of ``trial``; append its samples unless ``samples`` is None."""
    if trial.reset is not None:
        trial.reset()
    gc.collect()
    for step in trial.steps:
        if isinstance(step, Untimed):
            step()
            continue
        start = time.perf_counter()
        value = step()
        elapsed = (time.perf_counter() - start) * 1000.0
        if samples is not None:
            samples.append(elapsed if trial.timed else _as_float(value))


def measure(trials: dict[str, Trial], *, warmup: int, repeat: int) -> dict[str, Stats]:
    """Run the trials interleaved: repetition by repetition, each case in turn.

    Every case sees the same moments of a noisy machine, so the ratios between them hold
    even when absolute times drift; the order of the cases rotates every repetition.
    Returns the statistics per case name after ``warmup`` unmeasured repetitions.
    """
    names = list(trials)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for rep in range(warmup + repeat):
        shift = rep % len(names)
        for name in names[shift:] + names[:shift]:
            _repetition(trials[name], samples[name] if rep >= warmup else None)
    for trial in trials.values():
        if trial.reset is not None:
            trial.reset()
    return {name: Stats.of(values) for name, values in samples.items()}
