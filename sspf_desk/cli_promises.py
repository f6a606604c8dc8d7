"""``sspf-desk promises`` lists the medborgarlöften; ``promise-report`` prints a follow-up.

``promises`` prints one line per promise: id, year and title (a promise is public: no
personal data). ``promise-report`` writes the quarterly follow-up of one promise as a PDF
fit to publish, to the file the user names (replaced only with ``--force``). An unknown
promise, a quarter that cannot be read, or a quarter of another year than the promise's is
one Swedish line (English with ``--lang en``) and exit code 2.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sspf_desk.cli_io import Messages, check_output_path, write_private_file
from sspf_desk.domain.promises import parse_quarter
from sspf_desk.errors import NotFoundError, UsageError

if TYPE_CHECKING:
    from sspf_desk.services.workspace import Workspace

ParserT = TypeVar("ParserT", bound=argparse.ArgumentParser)

EXIT_OK = 0


def add_parsers(sub: argparse._SubParsersAction[ParserT], parents: Sequence[ParserT]) -> None:
    """Add the ``promises`` and ``promise-report`` sub-commands to ``sub``."""
    sub.add_parser("promises", parents=parents, help="lista medborgarlöftena: id, år och rubrik")
    report = sub.add_parser(
        "promise-report",
        parents=parents,
        help="skriv uppföljningen av ett medborgarlöfte för ett kvartal som PDF",
    )
    report.add_argument("--promise", required=True, help="löftets id (se kommandot promises)")
    report.add_argument(
        "--quarter", required=True, help="kvartalet, t.ex. 2024Q2 (året ska vara löftets)"
    )
    report.add_argument("--out", type=Path, required=True, help="PDF-filen som ska skrivas")
    report.add_argument("--force", action="store_true", help="skriv över en befintlig fil")


@dataclass(frozen=True)
class PromiseMessages:
    """The sentences of these commands in Swedish or English."""

    lang: str = "sv"

    def _t(self, sv: str, en: str) -> str:
        return en if self.lang == "en" else sv

    @property
    def no_promises(self) -> str:
        """The vault has no promises."""
        return self._t("Valvet har inga medborgarlöften.", "The vault has no citizen promises.")

    def unknown_promise(self, promise_id: str) -> str:
        """``--promise`` names no promise."""
        return self._t(
            f"Okänt medborgarlöfte: {promise_id}. Se kommandot promises.",
            f"Unknown citizen promise: {promise_id}. See the promises command.",
        )

    def bad_quarter(self, text: str) -> str:
        """``--quarter`` cannot be read."""
        return self._t(
            f"Okänt kvartal: {text!r}. Skriv till exempel 2024Q2.",
            f"Unknown quarter: {text!r}. Write for example 2024Q2.",
        )

    def other_year(self, quarter_year: int, promise_year: int) -> str:
        """``--quarter`` is of another year than the promise."""
        return self._t(
            f"Medborgarlöftet gäller {promise_year}, inte {quarter_year}; "
            f"välj ett kvartal {promise_year}.",
            f"The citizen promise is for {promise_year}, not {quarter_year}; "
            f"choose a quarter of {promise_year}.",
        )

    def written(self, path: Path) -> str:
        """The PDF was written."""
        return self._t(
            f"Uppföljningen är skriven till {path}.",
            f"The follow-up was written to {path}.",
        )


def run_promises(
    args: argparse.Namespace, msg: Messages, open_vault: Callable[[], Workspace]
) -> int:
    """Print id, year and title of every promise, the newest year first."""
    del args  # the vault options are used by open_vault
    workspace = open_vault()
    try:
        rows = workspace.promises.list_promises()
    finally:
        workspace.close()
    if not rows:
        print(PromiseMessages(msg.lang).no_promises)
    for row in rows:
        print(f"{row.id}  {row.year}  {row.title}")
    return EXIT_OK


def run_promise_report(
    args: argparse.Namespace, msg: Messages, open_vault: Callable[[], Workspace]
) -> int:
    """Write the quarterly follow-up of one promise as a PDF file."""
    texts = PromiseMessages(msg.lang)
    try:
        year, quarter = parse_quarter(args.quarter)
    except ValueError as exc:
        raise UsageError(detail=texts.bad_quarter(args.quarter)) from exc
    check_output_path(args.out, msg)
    if args.out.exists() and not args.force:
        raise UsageError(detail=msg.exists(args.out))
    promise_id = args.promise.strip()
    workspace = open_vault()
    try:
        promise = workspace.promises.get_promise(promise_id)
        if promise.data.year != year:
            raise UsageError(detail=texts.other_year(year, promise.data.year))
        data = workspace.promises.report_pdf(promise_id, quarter)
        workspace.flush()
    except NotFoundError as exc:  # an unknown id is a usage error here
        raise UsageError(detail=texts.unknown_promise(promise_id)) from exc
    finally:
        workspace.close()
    write_private_file(args.out, data)
    print(texts.written(args.out))
    return EXIT_OK
