"""Smoke run of the benchmark runner on the small vault, so it never rots.

No wall-clock thresholds: the run must finish and report every registered operation with
numeric medians and ratios. The SQLCipher peer may be missing (it is a ``bench`` extra,
not a test dependency); then, and only then, its cases say "not available".
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.peer import sqlcipher_missing
from benchmarks.registry import APP, SQLCIPHER, operations

ROOT = Path(__file__).resolve().parents[2]


def _run(out: Path) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks", "--sizes", "small", "--warmup", "0"]
    command += ["--repeat", "1", "--quick", "--no-dated", "--out", str(out)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    completed = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert (out / "latest.md").read_text(encoding="utf-8").startswith("# SSPF Desk benchmarks")
    return json.loads((out / "latest.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def test_small_run_reports_every_operation(tmp_path: Path) -> None:
    results = _run(tmp_path / "results")
    measured = {**results["sizes"]["small"]["operations"], **results["run"]}
    sqlcipher_ok = sqlcipher_missing() is None
    for op in operations():
        result = measured[op.name]
        app = result["cases"][APP]
        assert _is_number(app["median"]) and _is_number(app["p95"]), op.name
        assert app["n"] >= 1
        for name in op.baselines:
            case = result["cases"][name]
            if name == SQLCIPHER and not sqlcipher_ok:
                assert case == {"available": False, "reason": case["reason"]}
                assert result["ratios"][name] is None
                continue
            assert _is_number(case["median"]), (op.name, name)
            assert _is_number(result["ratios"][name]), (op.name, name)
        for target in result["targets"]:
            assert isinstance(target["holds"], bool) or target["holds"] is None
    assert results["environment"]["versions"]["python"]
    assert "young_person" in results["record_types"]["present"]
