"""No personal data in log messages: every log call uses a constant template, and none of
its arguments is a value that may name a person, a file or hold a passphrase."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "sspf_desk"
LEVELS = {"debug", "info", "warning", "error", "critical", "exception", "log"}
LOGGERS = {"log", "logger", "_log", "qt_log", "logging"}
#: Names whose values may hold personal data (names, numbers, paths, secrets, free text).
SUSPECT = {
    "path",
    "paths",
    "folder",
    "qm_folder",
    "name",
    "first_name",
    "last_name",
    "full_name",
    "id_number",
    "person",
    "user",
    "text",
    "passphrase",
    "secret",
    "recovery_key",
    "data",
    "row",
    "record",
    "detail",
}
#: Checked by hand: (file, line's logged expression) → why it holds no personal data.
REVIEWED = {
    ("vault/backup.py", "target.name"): "backup names are the file id and a UTC stamp",
    ("vault/backup.py", "path.name"): "backup names are the file id and a UTC stamp",
    ("vault/saver.py", "name"): "the callback's name (on_done / after_save)",
}


def log_calls(tree: ast.AST) -> list[ast.Call]:
    """Every ``<logger>.<level>(...)`` call in ``tree``."""
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in LEVELS
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id in LOGGERS
    ]


def problems_in(source: str, label: str) -> list[str]:
    """Describe the log calls of ``source`` that may log personal data."""
    found = []
    for call in log_calls(ast.parse(source)):
        where = f"{label}:{call.lineno}"
        assert isinstance(call.func, ast.Attribute)
        args = call.args[1:] if call.func.attr == "log" else call.args
        if not args or not (isinstance(args[0], ast.Constant) and isinstance(args[0].value, str)):
            found.append(f"{where}: the message is not a constant template")
            continue
        for arg in [*args[1:], *(kw.value for kw in call.keywords)]:
            if (label, ast.unparse(arg)) in REVIEWED:
                continue
            words = {n.id for n in ast.walk(arg) if isinstance(n, ast.Name)}
            words |= {n.attr for n in ast.walk(arg) if isinstance(n, ast.Attribute)}
            if words & SUSPECT:
                found.append(f"{where}: logs {ast.unparse(arg)}")
    return found


def test_log_calls_carry_no_personal_data() -> None:
    problems = [
        problem
        for path in sorted(PACKAGE.rglob("*.py"))
        for problem in problems_in(
            path.read_text(encoding="utf-8"), path.relative_to(PACKAGE).as_posix()
        )
    ]
    assert problems == []


def test_the_check_catches_a_leak() -> None:
    source = (
        "import logging\n"
        "log = logging.getLogger(__name__)\n"
        "def f(path, person, exc):\n"
        "    log.warning('not found in %s', path)\n"
        "    log.info(f'{person.first_name}')\n"
        "    log.error('failed: %s', type(exc).__name__)\n"
    )
    assert problems_in(source, "probe.py") == [
        "probe.py:4: logs path",
        "probe.py:5: the message is not a constant template",
    ]
