"""``sspf-desk import-list``: bring a CSV or XLSX list into a vault, or try it (``--dry-run``).

The list and the mapping file are read and checked before the vault is opened, so a
wrong file fails fast without running the key derivation. Rows with problems are
skipped and listed by line number with the field and the reason (never the content).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sspf_desk.cli_io import Messages

if TYPE_CHECKING:
    from sspf_desk.services.import_preview import ImportSummary
    from sspf_desk.services.workspace import Workspace

ParserT = TypeVar("ParserT", bound=argparse.ArgumentParser)

EXIT_OK = 0
_ENTITY_ORDER = {
    "young_person": ("young_person", "related_person", "person_link"),
    "concern": ("concern",),
}
_OWN_NAMES = {"sv": {"concern": "Orosignaler"}, "en": {"concern": "Concerns"}}


def add_parser(sub: argparse._SubParsersAction[ParserT], parents: Sequence[ParserT]) -> None:
    """Add the ``import-list`` sub-command to ``sub``."""
    parser = sub.add_parser(
        "import-list",
        parents=parents,
        help="läs in en lista (CSV eller XLSX) med ungdomar eller orosignaler",
    )
    parser.add_argument("--in", dest="infile", type=Path, required=True, help="listan")
    parser.add_argument(
        "--mapping",
        type=Path,
        required=True,
        help="kolumnmappningen (JSON, se docs/list-import.md)",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="kontrollera bara; ingenting sparas i valvet"
    )


@dataclass(frozen=True)
class ImportMessages:
    """The sentences of this command in Swedish or English."""

    lang: str = "sv"

    def _t(self, sv: str, en: str) -> str:
        return en if self.lang == "en" else sv

    def done(self, rows: int) -> str:
        """Heading after a real import."""
        return self._t(
            f"Importen är klar ({rows} rader i listan):",
            f"Import finished ({rows} rows in the list):",
        )

    def dry_run(self, rows: int) -> str:
        """Heading after a dry run."""
        return self._t(
            f"Provkörning, ingenting är sparat ({rows} rader i listan). Skulle läsas in:",
            f"Dry run, nothing was saved ({rows} rows in the list). Would be imported:",
        )

    def skipped(self, count: int) -> str:
        """Heading of the skipped rows."""
        return self._t(f"Hoppade över {count} rader:", f"Skipped {count} rows:")

    def line(self, line_no: int, reason: str) -> str:
        """One skipped row (the reason is the program's Swedish message)."""
        return self._t(f"  rad {line_no}: {reason}", f"  line {line_no}: {reason}")


def run_import_list(
    args: argparse.Namespace, msg: Messages, open_vault: Callable[[], Workspace]
) -> int:
    """Read, check and (unless ``--dry-run``) import the list; print the summary."""
    from sspf_desk.services.import_mapping import ColumnMapping  # noqa: PLC0415
    from sspf_desk.services.import_preview import dry_run_summary  # noqa: PLC0415
    from sspf_desk.services.import_table import read_table  # noqa: PLC0415
    from sspf_desk.services.list_import import ListImportService  # noqa: PLC0415

    mapping = ColumnMapping.load(args.mapping)
    table = read_table(args.infile, sheet=mapping.sheet, header_row=mapping.header_row)
    mapping.resolve(table)  # a mapping that does not fit fails before the vault is opened
    workspace = open_vault()
    try:
        service = ListImportService(workspace.store)
        preview = service.preview(table, mapping)
        summary = dry_run_summary(preview) if args.dry_run else service.commit(preview)
        workspace.flush()
    finally:
        workspace.close()
    print_summary(summary, msg)
    return EXIT_OK


def print_summary(summary: ImportSummary, msg: Messages) -> None:
    """Print what was (or would be) created and every skipped row."""
    texts = ImportMessages(msg.lang)
    print(texts.dry_run(summary.rows) if summary.dry_run else texts.done(summary.rows))
    for entity in _ENTITY_ORDER[str(summary.target)]:
        name = _OWN_NAMES.get(msg.lang, _OWN_NAMES["sv"]).get(entity) or msg.entity(entity)
        print(f"  {name}: {summary.created.get(entity, 0)}")
    if summary.skipped:
        print(texts.skipped(len(summary.skipped)))
        for line_no, reason in summary.skipped:
            print(texts.line(line_no, reason))
