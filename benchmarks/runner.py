"""The benchmark runner: ``python -m benchmarks [--sizes small,medium,large] [options]``.

For every reference size it prepares the cached vault (building it the first time), runs
every registered operation's app case and baselines with warm-up and repetitions, and
writes ``latest.md``/``latest.json`` (plus dated copies) to ``benchmarks/results/``.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import fixtures, report
from benchmarks.fixtures import Fixture
from benchmarks.registry import APP, Case, Operation, UnavailableError, operations
from benchmarks.timing import Trial, measure

ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = Path(__file__).with_name("results")
SIZES = ("small", "medium", "large")
log = logging.getLogger("benchmarks")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--sizes", default=",".join(SIZES), help="comma-separated sizes")
    parser.add_argument("--only", default="", help="comma-separated operation names")
    parser.add_argument("--warmup", type=int, default=3, help="warm-up repetitions")
    parser.add_argument("--repeat", type=int, default=20, help="measured repetitions")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR, help="results folder")
    parser.add_argument("--no-dated", action="store_true", help="write only latest.*")
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: KDF floor parameters, no calibration"
    )
    return parser


def _counts(op: Operation, settings: dict[str, int]) -> tuple[int, int]:
    warmup, repeat = settings["warmup"], settings["repeat"]
    if op.warmup is not None:
        warmup = min(warmup, op.warmup)
    if op.repeat is not None:
        repeat = min(repeat, op.repeat)
    return warmup, max(1, repeat)


def _measure_cases(op: Operation, fixture: Fixture, settings: dict[str, int]) -> dict[str, Any]:
    """Set up every case of ``op``, measure them interleaved, return results per case."""
    cases: dict[str, Case] = {APP: op.app, **op.baselines}
    results: dict[str, Any] = {}
    trials: dict[str, Trial] = {}
    with ExitStack() as stack:
        for name, case in cases.items():
            try:
                trials[name] = stack.enter_context(case(fixture))
            except UnavailableError as exc:
                results[name] = {"available": False, "reason": str(exc)}
        warmup, repeat = _counts(op, settings)
        for name, stats in measure(trials, warmup=warmup, repeat=repeat).items():
            info = trials[name].info
            results[name] = {**stats.to_json(), **({"info": info} if info else {})}
    return {name: results[name] for name in cases}


def run_operation(op: Operation, fixture: Fixture, settings: dict[str, int]) -> dict[str, Any]:
    """Measure an operation's app case and baselines; add ratios and target verdicts."""
    started = time.perf_counter()
    cases = _measure_cases(op, fixture, settings)
    app = cases[APP]
    ratios: dict[str, float | None] = {}
    for name in op.baselines:
        base = cases[name]
        ok = base.get("available", True) and base["median"] > 0
        ratios[name] = round(app["median"] / base["median"], 3) if ok else None
    verdicts = []
    for target in op.targets:
        value = app[target.stat] if target.baseline is None else ratios.get(target.baseline)
        verdicts.append(
            {
                "text": target.text,
                "value": value,
                "holds": None if value is None else target.holds(value),
            }
        )
    log.info("%-26s %s %.1f s", op.name, fixture.size, time.perf_counter() - started)
    return {
        "title": op.title,
        "unit": op.unit,
        "note": op.note,
        "cases": cases,
        "ratios": ratios,
        "targets": verdicts,
    }


def _record_types(records: dict[str, int]) -> dict[str, list[str]]:
    system = {"user", "audit_entry", "meta", "alembic_version"}
    content = {name: count for name, count in records.items() if name not in system}
    return {
        "present": [name for name, count in content.items() if count],
        "empty": [name for name, count in content.items() if not count],
        "planned": [
            title for table, title in report.PLANNED_TYPES.items() if not content.get(table)
        ],
    }


def run(argv: Sequence[str] | None = None) -> dict[str, Any]:
    """Run the benchmarks and write the results; return them."""
    args = _parser().parse_args(argv)
    sizes = [size.strip() for size in args.sizes.split(",") if size.strip()]
    unknown = set(sizes) - set(SIZES)
    if unknown:
        raise SystemExit(f"unknown size(s): {', '.join(sorted(unknown))}")
    only = {name.strip() for name in args.only.split(",") if name.strip()}
    chosen = [op for op in operations() if not only or op.name in only]
    settings = {"warmup": args.warmup, "repeat": args.repeat}
    fixtures.CACHE_DIR.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="run-", dir=fixtures.CACHE_DIR))
    results: dict[str, Any] = {
        "schema": report.SCHEMA,
        "date": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "environment": report.environment(ROOT, scratch),
        "settings": {**settings, "sizes": sizes, "quick": args.quick},
        "sizes": {},
        "run": {},
    }
    try:
        for size in sizes:
            fixture = fixtures.prepare(size, scratch, quick=args.quick)
            results["record_types"] = _record_types(fixture.records)
            measured = {
                op.name: run_operation(op, fixture, settings) for op in chosen if op.scope == "size"
            }
            results["sizes"][size] = {
                "records": fixture.records,
                "image_bytes": fixture.image_bytes,
                "vault_bytes": fixture.vault_bytes,
                "operations": measured,
            }
            if size == sizes[-1]:
                for op in chosen:
                    if op.scope == "run":
                        results["run"][op.name] = run_operation(op, fixture, settings)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    results["environment"]["machine"]["load_average_at_end"] = report.load_average()
    for path in report.write(results, args.out, dated=not args.no_dated):
        print(path)
    return results


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m benchmarks``."""
    logging.basicConfig(level=logging.WARNING, format="%(message)s", stream=sys.stderr)
    log.setLevel(logging.INFO)
    run(argv)
    return 0
