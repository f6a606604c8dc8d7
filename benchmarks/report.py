"""The results: machine, versions and date, then one table per reference size (markdown + JSON)."""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import subprocess
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from benchmarks import peer
from benchmarks.registry import BASELINES, FLOOR, SQLCIPHER, SQLITE

SCHEMA = 1
BASELINE_TITLES = {FLOOR: "Floor", SQLCIPHER: "SQLCipher", SQLITE: "SQLite"}
#: Record types DESIGN.md §6 sizes (beyond persons), by the table that will hold them.
PLANNED_TYPES = {
    "concern": "concerns",
    "meeting": "meetings",
    "agenda_item": "agenda items",
    "action_item": "actions",
}
Result = dict[str, Any]


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_gb() -> float | None:
    try:
        return round(os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") / 1e9, 1)
    except (AttributeError, ValueError, OSError):
        return None


def load_average() -> list[float] | None:
    """The 1, 5 and 15 minute load averages (other work on the machine skews absolute times)."""
    try:
        return [round(value, 2) for value in os.getloadavg()]
    except (AttributeError, OSError):
        return None


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def _git_commit(root: Path) -> str | None:
    try:
        head = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return head + ("+dirty" if dirty else "")


def environment(root: Path, scratch: Path) -> Result:
    """Machine, versions and the folder the vaults were written in."""
    from cryptography.hazmat.backends.openssl.backend import backend

    return {
        "machine": {
            "cpu": _cpu_model(),
            "cpus": os.cpu_count(),
            "memory_gb": _memory_gb(),
            "os": platform.platform(),
            "scratch_dir": str(scratch),
            "load_average_at_start": load_average(),
        },
        "versions": {
            "python": platform.python_version(),
            "sspf-desk": _version("sspf-desk"),
            "commit": _git_commit(root),
            "sqlite": sqlite3.sqlite_version,
            "SQLAlchemy": _version("SQLAlchemy"),
            "PySide6": _version("PySide6-Essentials") or _version("PySide6"),
            "cryptography": _version("cryptography"),
            "openssl": backend.openssl_version_text(),
            "sqlcipher": peer.sqlcipher_version() or "not available",
        },
    }


def _num(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def _baseline_cells(op: Result, name: str) -> list[str]:
    case = op["cases"].get(name)
    if case is None:
        return ["—", "—"]
    if not case.get("available", True):
        return ["not available", "—"]
    ratio = op["ratios"].get(name)
    return [_num(case["median"], 2), "—" if ratio is None else f"{ratio:.2f}×"]


def _row(op: Result) -> str:
    app = op["cases"]["app"]
    unit = "" if op["unit"] == "ms" else f" ({op['unit']})"
    cells = [op["title"] + unit, _num(app["median"], 2), _num(app["p95"], 2)]
    for name in BASELINES:
        cells.extend(_baseline_cells(op, name))
    targets = op["targets"]
    cells.append("; ".join(target["text"] for target in targets) or "—")
    cells.append("; ".join("yes" if target["holds"] else "**no**" for target in targets) or "—")
    return "| " + " | ".join(cells) + " |"


def table(operations: dict[str, Result]) -> list[str]:
    """One markdown table: app p50/p95, each baseline's p50 and the app's ratio to it."""
    header = ["Operation", "App p50", "App p95"]
    for name in BASELINES:
        title = BASELINE_TITLES[name]
        header.extend([f"{title} p50", f"× {title}"])
    header.extend(["Target", "Holds"])
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines.extend(_row(op) for op in operations.values())
    return lines


def _size_section(size: str, result: Result) -> list[str]:
    records = ", ".join(f"{name} {count:,}" for name, count in result["records"].items() if count)
    lines = [
        f"## {size}",
        "",
        f"Image {result['image_bytes'] / 1e6:.1f} MB, vault file "
        f"{result['vault_bytes'] / 1e6:.1f} MB. Rows: {records}.",
        "",
        *table(result["operations"]),
        "",
    ]
    return lines


def markdown(results: Result) -> str:
    """The whole report as markdown."""
    env = results["environment"]
    machine, versions = env["machine"], env["versions"]
    settings = results["settings"]
    lines = [
        "# SSPF Desk benchmarks",
        "",
        f"Run {results['date']} on {machine['cpu']} ({machine['cpus']} CPUs, "
        f"{machine['memory_gb']} GB RAM), {machine['os']}; load average "
        f"{machine['load_average_at_start']} at the start, {machine.get('load_average_at_end')} "
        "at the end.",
        "",
        "Versions: " + ", ".join(f"{key} {value}" for key, value in versions.items()) + ".",
        "",
        f"Settings: {settings['warmup']} warm-up and {settings['repeat']} measured "
        "repetitions per case (fewer where an operation says so); times in ms unless "
        "stated; p95 is the nearest-rank percentile of all samples (one per keystroke "
        "for search). Ratios are app p50 ÷ baseline p50, measured in the same run on "
        "the same data. Targets are set for the large vault.",
        "",
        "Record types the demo generator fills: "
        + ", ".join(results["record_types"]["present"])
        + ". Tables still empty in the reference vaults: "
        + (", ".join(results["record_types"]["empty"]) or "none")
        + ". Sized by DESIGN.md §6 but not generated yet: "
        + (", ".join(results["record_types"]["planned"]) or "none")
        + " (later issues add them; the cache fingerprint then changes).",
        "",
    ]
    for size, result in results["sizes"].items():
        lines.extend(_size_section(size, result))
    if results["run"]:
        lines.extend(["## Once per run", "", *table(results["run"]), ""])
    lines.extend(["## What is measured", ""])
    notes: dict[str, Result] = {}
    for result in results["sizes"].values():
        notes.update(result["operations"])
    notes.update(results["run"])
    for op in notes.values():
        lines.append(f"- **{op['title']}**: {op['note']}")
        for name, case in op["cases"].items():
            if case.get("info"):
                facts = ", ".join(f"{key} {value}" for key, value in case["info"].items())
                lines.append(f"  - {name}: {facts}")
    lines.append("")
    return "\n".join(lines)


def write(results: Result, out: Path, *, dated: bool) -> list[Path]:
    """Write latest.md and latest.json (and dated copies) into ``out``; return the files."""
    out.mkdir(parents=True, exist_ok=True)
    text = markdown(results)
    data = json.dumps(results, indent=2, ensure_ascii=False) + "\n"
    written = [out / "latest.md", out / "latest.json"]
    written[0].write_text(text, encoding="utf-8")
    written[1].write_text(data, encoding="utf-8")
    if dated:
        stamp = datetime.fromisoformat(results["date"]).strftime("%Y-%m-%dT%H%MZ")
        for name, content in ((f"{stamp}.md", text), (f"{stamp}.json", data)):
            (out / name).write_text(content, encoding="utf-8")
            written.append(out / name)
    return written
