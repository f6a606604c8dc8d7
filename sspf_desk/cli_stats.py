"""``sspf-desk stats`` prints the lägesbild: aggregated figures, small counts hidden.

Plain text tables by default (published labels; hidden entries ``..`` with the legend),
``--json`` for one JSON document (published values: integers or ``".."``), ``--csv FILE``
or ``--pdf FILE`` to write the CSV export or the PDF/A report (no personal data; an existing
file is replaced only with ``--force``). A date that
cannot be read, a period that ends before it starts or is longer than ten years is one
Swedish line (English with ``--lang en``) and exit code 2.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sspf_desk.cli_io import Messages, check_output_path, write_private_file
from sspf_desk.domain.statistics import (
    GRANULARITY_LABELS,
    Granularity,
    SituationPicture,
    SituationTable,
    StatsQuery,
    validate_query,
)
from sspf_desk.domain.suppression import HIDDEN_LABEL, LEGEND, PublishedCount
from sspf_desk.errors import UsageError

if TYPE_CHECKING:
    from sspf_desk.services.workspace import Workspace

ParserT = TypeVar("ParserT", bound=argparse.ArgumentParser)

EXIT_OK = 0
TOTAL = "Totalt"
_BY = {"month": Granularity.MONTH, "quarter": Granularity.QUARTER, "year": Granularity.YEAR}


def add_parsers(sub: argparse._SubParsersAction[ParserT], parents: Sequence[ParserT]) -> None:
    """Add the ``stats`` sub-command to ``sub``."""
    stats = sub.add_parser(
        "stats", parents=parents, help="visa lägesbilden: sammanställda antal, små tal dolda"
    )
    stats.add_argument("--from", dest="start", required=True, help="första dagen, ÅÅÅÅ-MM-DD")
    stats.add_argument("--to", dest="end", required=True, help="sista dagen, ÅÅÅÅ-MM-DD")
    stats.add_argument("--by", choices=tuple(_BY), default="month", help="indelning i tiden")
    stats.add_argument("--area", default=None, help="bara detta område (annars hela kommunen)")
    out = stats.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="skriv lägesbilden som JSON")
    out.add_argument("--csv", type=Path, default=None, help="skriv lägesbilden som CSV-fil")
    out.add_argument(
        "--pdf", type=Path, default=None, help="skriv lägesbilden som PDF-rapport (PDF/A)"
    )
    stats.add_argument("--force", action="store_true", help="skriv över en befintlig fil")


@dataclass(frozen=True)
class StatsMessages:
    """The sentences of this command in Swedish or English."""

    lang: str = "sv"

    def _t(self, sv: str, en: str) -> str:
        return en if self.lang == "en" else sv

    def bad_date(self, option: str, text: str) -> str:
        """A date that cannot be read."""
        return self._t(
            f"Ogiltigt datum för {option}: {text}. Skriv ÅÅÅÅ-MM-DD, t.ex. 2025-01-31.",
            f"Invalid date for {option}: {text}. Write YYYY-MM-DD, e.g. 2025-01-31.",
        )

    @property
    def end_before_start(self) -> str:
        """The period ends before it starts."""
        return self._t(
            "Perioden kan inte sluta (--to) före sin början (--from).",
            "The period cannot end (--to) before it starts (--from).",
        )

    @property
    def too_long(self) -> str:
        """The period is longer than ten years."""
        return self._t("Perioden får vara högst tio år.", "The period may be at most ten years.")

    def exists(self, path: Path) -> str:
        """The output file exists and --force was not given."""
        return self._t(
            f"Filen finns redan: {path}. Ange --force för att skriva över den.",
            f"The file already exists: {path}. Give --force to replace it.",
        )

    def written(self, path: Path) -> str:
        """The CSV or PDF was written."""
        return self._t(
            f"Lägesbilden är skriven till {path}.", f"The situation picture was written to {path}."
        )


def _day(option: str, text: str, texts: StatsMessages) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(detail=texts.bad_date(option, text)) from None


def parse_query(args: argparse.Namespace, lang: str = "sv") -> StatsQuery:
    """The query of the command line.

    Raises:
        UsageError: A date that cannot be read, or a period the service would refuse.
    """
    texts = StatsMessages(lang)
    area = args.area.strip() if args.area is not None else None
    query = StatsQuery(
        _day("--from", args.start, texts),
        _day("--to", args.end, texts),
        _BY[args.by],
        area or None,
    )
    if validate_query(query):
        raise UsageError(
            detail=texts.end_before_start if query.end < query.start else texts.too_long
        )
    return query


def _value(entry: PublishedCount) -> int | str:
    value = entry.value
    return HIDDEN_LABEL if value is None else value


def _figure_value(text: str) -> int | str:
    return int(text) if text.isdigit() else text


def _table_json(table: SituationTable) -> dict[str, object]:
    published = table.published
    return {
        "key": table.key,
        "title": table.title,
        "row_heading": table.row_heading,
        "columns": list(table.column_labels),
        "column_keys": list(table.column_keys),
        "rows": [
            {"label": label, "cells": [_value(c) for c in cells], "total": _value(total)}
            for label, cells, total in zip(
                table.row_labels, published.cells, published.row_totals, strict=True
            )
        ],
        "totals": [_value(c) for c in published.column_totals],
        "grand_total": _value(published.grand_total),
        "note": table.note,
    }


def picture_json(picture: SituationPicture) -> str:
    """The picture as a JSON document (published values only)."""
    query = picture.query
    document = {
        "query": {
            "from": query.start.isoformat(),
            "to": query.end.isoformat(),
            "by": query.granularity.value,
            "area": query.area,
        },
        "made_on": picture.made_on.isoformat(),
        "area_label": picture.area_label,
        "tables": [_table_json(table) for table in picture.tables],
        "key_figures": [
            {"key": f.key, "label": f.label, "value": _figure_value(f.value), "note": f.note}
            for f in picture.key_figures
        ],
        "legend": LEGEND,
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def _table_text(table: SituationTable) -> list[str]:
    published = table.published
    lines = [[table.row_heading, *table.column_labels, TOTAL]]
    for label, cells, total in zip(
        table.row_labels, published.cells, published.row_totals, strict=True
    ):
        lines.append([label, *(c.label for c in cells), total.label])
    lines.append([TOTAL, *(c.label for c in published.column_totals), published.grand_total.label])
    widths = [max(len(line[k]) for line in lines) for k in range(len(lines[0]))]
    out = [table.title]
    for line in lines:
        first = line[0].ljust(widths[0])
        rest = (cell.rjust(width) for cell, width in zip(line[1:], widths[1:], strict=True))
        out.append("  ".join((first, *rest)).rstrip())
    if table.note:
        out.append(table.note)
    return out


def picture_text(picture: SituationPicture) -> str:
    """The picture as plain text tables."""
    query = picture.query
    granularity = GRANULARITY_LABELS[query.granularity].lower()
    lines = [
        f"Lägesbild {query.start.isoformat()} – {query.end.isoformat()}, per {granularity}, "
        f"{picture.area_label} (sammanställd {picture.made_on.isoformat()})",
        "",
    ]
    width = max(len(f.label) for f in picture.key_figures)
    lines.extend(f"{f.label.ljust(width)}  {f.value}" for f in picture.key_figures)
    for table in picture.tables:
        lines.append("")
        lines.extend(_table_text(table))
    lines.extend(["", LEGEND])
    return "\n".join(lines)


def run_stats(args: argparse.Namespace, msg: Messages, open_vault: Callable[[], Workspace]) -> int:
    """Print or write the lägesbild of the period."""
    texts = StatsMessages(msg.lang)
    query = parse_query(args, msg.lang)
    out: Path | None = args.csv or args.pdf
    if out is not None:
        check_output_path(out, msg)
        if out.exists() and not args.force:
            raise UsageError(detail=texts.exists(out))
    workspace = open_vault()
    try:
        if args.pdf is not None:
            data = workspace.statistics.report_pdf(query)
        else:
            picture = workspace.statistics.situation_picture(query)
    finally:
        workspace.close()
    if args.pdf is not None:
        write_private_file(args.pdf, data)
        print(texts.written(args.pdf))
    elif args.csv is not None:
        from sspf_desk.export.statistics_csv import situation_csv  # noqa: PLC0415

        write_private_file(args.csv, situation_csv(picture).encode("utf-8"))
        print(texts.written(args.csv))
    elif args.json:
        print(picture_json(picture))
    else:
        print(picture_text(picture))
    return EXIT_OK
