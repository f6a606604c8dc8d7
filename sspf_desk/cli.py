"""The ``sspf-desk`` command line: no sub-command starts the GUI; sub-commands serve admins.

Exit codes (DESIGN.md §5): 0 ok, 1 unexpected, 2 usage, 3 wrong passphrase, 4 damaged or
not a vault, 5 locked by another process, 6 newer format. Errors print one line in Swedish
(English with ``--lang en``), never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from sspf_desk import __version__, cli_import, cli_meetings, cli_promises, cli_stats
from sspf_desk.cli_io import (
    Messages,
    check_output_path,
    gui_preflight,
    new_passphrase,
    read_passphrase,
    write_private_file,
)
from sspf_desk.errors import KnownError, UsageError
from sspf_desk.logsetup import configure_logging, log_unexpected
from sspf_desk.paths import AppPaths, app_paths
from sspf_desk.vault.container import read_header_info

if TYPE_CHECKING:
    from sspf_desk.services.workspace import Workspace

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """An argparse parser that raises UsageError instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(detail=message)


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for all sub-commands."""
    common = _Parser(add_help=False)
    common.add_argument("--lang", choices=("sv", "en"), default=None, help="språk / language")
    secret = _Parser(add_help=False)
    secret.add_argument("--db", type=Path, required=True, help="valvfilen (.sspf)")
    secret.add_argument(
        "--passphrase-file", type=Path, default=None, help="läs lösenfrasen ur en fil"
    )

    parser = _Parser(
        prog="sspf-desk",
        description="SSPF Desk. Utan underkommando startas det grafiska programmet.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"SSPF Desk {__version__}")
    parser.add_argument("--db", type=Path, default=None, help="valv att visa vid start")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    init = sub.add_parser("init", parents=[common, secret], help="skapa ett nytt valv")
    init.add_argument("--user", required=True, help="namnet på valvets första användare")
    init.add_argument(
        "--recovery-pdf", type=Path, default=None, help="skriv återställningsnyckeln som PDF"
    )

    demo = sub.add_parser("demo", parents=[common, secret], help="skapa ett valv med demodata")
    demo.add_argument("--size", choices=("small", "medium", "large"), default="small")
    demo.add_argument("--seed", type=int, default=1)

    sub.add_parser("check", parents=[common, secret], help="kontrollera ett valv")

    export = sub.add_parser("export", parents=[common, secret], help="exportera till JSON")
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--force", action="store_true", help="skriv över en befintlig fil")

    imp = sub.add_parser("import", parents=[common, secret], help="importera JSON")
    imp.add_argument("--in", dest="infile", type=Path, required=True)

    cli_import.add_parser(sub, [common, secret])
    cli_meetings.add_parsers(sub, [common, secret])
    cli_promises.add_parsers(sub, [common, secret])
    cli_stats.add_parsers(sub, [common, secret])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = _early_lang(args_list)
    paths = app_paths()
    with contextlib.suppress(OSError):  # logging is best effort; never block the user on it
        configure_logging(paths.logs)
    try:
        args = build_parser().parse_args(args_list)
        lang = args.lang or lang
        if args.command is None:
            return _run_gui(args.db, args.lang)
        return _COMMANDS[args.command](args, paths.ensure(), Messages(lang))
    except KnownError as exc:
        print(exc.message(lang), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(Messages(lang).interrupted, file=sys.stderr)
        return EXIT_UNEXPECTED
    except BrokenPipeError:  # the reader went away (``stats … | head``): nothing to report
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - no flush error at exit
        return EXIT_OK
    except Exception as exc:  # last resort: one line to the user, details to the log
        log_unexpected(log, exc)
        print(Messages(lang).unexpected(paths.logs), file=sys.stderr)
        return EXIT_UNEXPECTED


def _early_lang(argv: list[str]) -> str:
    """Find ``--lang`` before parsing so even usage errors use the right language."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in ("sv", "en"):
            return argv[i + 1]
        if arg in ("--lang=sv", "--lang=en"):
            return arg.split("=", 1)[1]
    return "sv"


def _run_gui(db: Path | None, lang: str | None) -> int:
    """Start the graphical program (imported lazily so the CLI never loads Qt)."""
    problem = gui_preflight()
    if problem is not None:
        raise problem
    from sspf_desk.app import run_gui  # noqa: PLC0415 - keep Qt out of CLI start-up

    return run_gui(db, lang)


def _cmd_init(args: argparse.Namespace, paths: AppPaths, msg: Messages) -> int:
    """Create a new vault and hand out its recovery key once."""
    from sspf_desk.services.workspace import Workspace  # noqa: PLC0415

    _refuse_existing(args.db, msg)
    if args.recovery_pdf:
        check_output_path(args.recovery_pdf, msg)
    passphrase = new_passphrase(args.passphrase_file, msg)
    workspace, recovery = Workspace.create(
        args.db, user_name=args.user, passphrase=passphrase, paths=paths
    )
    try:
        workspace.flush()
    finally:
        workspace.close()
    vault_id = read_header_info(args.db).file_id.hex()[:8]
    code = EXIT_OK
    if args.recovery_pdf:
        try:
            _write_recovery_pdf(args.recovery_pdf, recovery.text, vault_id)
        except OSError:
            # The vault exists now: the key must not be lost with the PDF.
            with contextlib.suppress(OSError):
                args.recovery_pdf.unlink(missing_ok=True)
            print(msg.recovery_pdf_failed, file=sys.stderr)
            code = EXIT_USAGE
        else:
            print(msg.recovery_written(args.recovery_pdf))
    if not args.recovery_pdf or code != EXIT_OK:
        print(msg.recovery_header)
        print()
        print(f"    {recovery.text}")
        print()
        print(msg.recovery_footer)
    print(msg.created(args.db))
    return code


def _write_recovery_pdf(out: Path, key_text: str, vault_id: str) -> None:
    """Write the printable recovery sheet."""
    from sspf_desk.export.recovery_sheet import (  # noqa: PLC0415
        RecoverySheet,
        write_recovery_sheet,
    )

    os.close(os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    os.chmod(out, 0o600)  # an existing file keeps its mode on O_TRUNC
    write_recovery_sheet(RecoverySheet(key_text, vault_id, date.today()), out)


def _cmd_demo(args: argparse.Namespace, paths: AppPaths, msg: Messages) -> int:
    """Create a vault filled with synthetic, realistic data (same seed, same content)."""
    from sspf_desk.services import demo  # noqa: PLC0415
    from sspf_desk.services.archive import import_document  # noqa: PLC0415
    from sspf_desk.services.workspace import Workspace  # noqa: PLC0415

    _refuse_existing(args.db, msg)
    passphrase = new_passphrase(args.passphrase_file, msg)
    document = demo.generate(args.size, args.seed)
    workspace, _recovery = Workspace.create(
        args.db, user_name=demo.DEMO_USER_NAME, passphrase=passphrase, paths=paths
    )
    try:
        counts = import_document(workspace, document)
        workspace.flush()
    finally:
        workspace.close()
    print(msg.demo_created(args.db, args.size, args.seed))
    _print_counts(counts, msg)
    return EXIT_OK


def _cmd_check(args: argparse.Namespace, paths: AppPaths, msg: Messages) -> int:
    """Verify every layer of a vault and print counts per record type."""
    workspace = _open(args, paths, msg)
    try:
        report = workspace.check()
    finally:
        workspace.close()
    for line in report.lines(msg.lang):
        print(line)
    return EXIT_OK if report.ok else 4


def _cmd_export(args: argparse.Namespace, paths: AppPaths, msg: Messages) -> int:
    """Write the vault's whole content as a versioned JSON document."""
    from sspf_desk.services.archive import export_document  # noqa: PLC0415

    check_output_path(args.out, msg)
    if args.out.exists() and not args.force:
        raise UsageError(detail=msg.exists(args.out))
    workspace = _open(args, paths, msg)
    try:
        document = export_document(workspace)
        workspace.flush()
    finally:
        workspace.close()
    text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    write_private_file(args.out, text.encode("utf-8"))
    print(msg.exported(args.out), file=sys.stderr)
    return EXIT_OK


def _cmd_import(args: argparse.Namespace, paths: AppPaths, msg: Messages) -> int:
    """Read a JSON export into an empty vault."""
    from sspf_desk.services.archive import import_document, load_document  # noqa: PLC0415

    document = load_document(args.infile)
    workspace = _open(args, paths, msg)
    try:
        counts = import_document(workspace, document)
        workspace.flush()
    finally:
        workspace.close()
    print(msg.imported)
    _print_counts(counts, msg)
    return EXIT_OK


def _cmd_import_list(args: argparse.Namespace, paths: AppPaths, msg: Messages) -> int:
    """Import a CSV or XLSX list of young persons (see ``cli_import``)."""
    return cli_import.run_import_list(args, msg, lambda: _open(args, paths, msg))


def _cmd_meetings(args: argparse.Namespace, paths: AppPaths, msg: Messages) -> int:
    """List the meetings (see ``cli_meetings``)."""
    return cli_meetings.run_meetings(args, msg, lambda: _open(args, paths, msg))


def _cmd_minutes(args: argparse.Namespace, paths: AppPaths, msg: Messages) -> int:
    """Write minutes or an excerpt as PDF (see ``cli_meetings``)."""
    return cli_meetings.run_minutes(args, msg, lambda: _open(args, paths, msg))


def _cmd_promises(args: argparse.Namespace, paths: AppPaths, msg: Messages) -> int:
    """List the medborgarlöften (see ``cli_promises``)."""
    return cli_promises.run_promises(args, msg, lambda: _open(args, paths, msg))


def _cmd_promise_report(args: argparse.Namespace, paths: AppPaths, msg: Messages) -> int:
    """Write a promise's quarterly follow-up as PDF (see ``cli_promises``)."""
    return cli_promises.run_promise_report(args, msg, lambda: _open(args, paths, msg))


def _cmd_stats(args: argparse.Namespace, paths: AppPaths, msg: Messages) -> int:
    """Print or write the lägesbild (see ``cli_stats``)."""
    return cli_stats.run_stats(args, msg, lambda: _open(args, paths, msg))


def _open(args: argparse.Namespace, paths: AppPaths, msg: Messages) -> Workspace:
    """Open the vault named by ``--db`` with the passphrase from file, env or prompt."""
    from sspf_desk.services.workspace import Workspace  # noqa: PLC0415

    if not args.db.exists():
        raise UsageError(detail=msg.missing(args.db))
    passphrase = read_passphrase(args.passphrase_file, msg)
    return Workspace.open(args.db, paths=paths, passphrase=passphrase)


def _refuse_existing(path: Path, msg: Messages) -> None:
    """Never overwrite an existing file when creating a vault."""
    if path.exists():
        raise UsageError(detail=msg.exists(path))
    if not path.parent.exists():
        raise UsageError(detail=msg.missing(path.parent))
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise UsageError(detail=msg.not_writable(path.parent))


def _print_counts(counts: dict[str, int], msg: Messages) -> None:
    """Print record counts, one type per line."""
    for entity, count in sorted(counts.items()):
        print(f"  {msg.entity(entity)}: {count}")


_COMMANDS: dict[str, Callable[[argparse.Namespace, AppPaths, Messages], int]] = {
    "init": _cmd_init,
    "demo": _cmd_demo,
    "check": _cmd_check,
    "export": _cmd_export,
    "import": _cmd_import,
    "import-list": _cmd_import_list,
    "meetings": _cmd_meetings,
    "minutes": _cmd_minutes,
    "promises": _cmd_promises,
    "promise-report": _cmd_promise_report,
    "stats": _cmd_stats,
}
