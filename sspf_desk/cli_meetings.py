"""``sspf-desk meetings`` lists the meetings; ``sspf-desk minutes`` writes minutes as PDF.

``meetings`` prints one line per meeting: id, date, type and status (never a title or a
name). ``minutes`` writes the full minutes, a party excerpt (``--excerpt-party``) or a
person excerpt (``--excerpt-person``) to the file the user names, written directly (no
temporary file: the PDF holds personal data), readable by the owner only. Unknown
meetings, persons, parties or versions are one Swedish line and exit code 2.
"""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sspf_desk.cli_io import Messages, check_output_path, output_file_error
from sspf_desk.domain import (
    MEETING_STATUS_LABELS,
    MEETING_STATUS_LABELS_EN,
    MEETING_TYPE_LABELS,
    MEETING_TYPE_LABELS_EN,
    SECTOR_LABELS,
    Party,
    Sector,
)
from sspf_desk.errors import NotFoundError, UsageError

if TYPE_CHECKING:
    from sspf_desk.services.minutes_view import Audience
    from sspf_desk.services.workspace import Workspace

ParserT = TypeVar("ParserT", bound=argparse.ArgumentParser)

EXIT_OK = 0
_PARTY_WORDS: dict[str, Sector] = {
    "skola": Sector.SCHOOL,
    "socialtjänst": Sector.SOCIAL_SERVICES,
    "socialtjanst": Sector.SOCIAL_SERVICES,
    "polis": Sector.POLICE,
    "fritid": Sector.LEISURE,
    "annan": Sector.OTHER,
    **{str(sector): sector for sector in Sector if sector is not Sector.GUARDIAN},
}


def add_parsers(sub: argparse._SubParsersAction[ParserT], parents: Sequence[ParserT]) -> None:
    """Add the ``meetings`` and ``minutes`` sub-commands to ``sub``."""
    sub.add_parser("meetings", parents=parents, help="lista mötena: id, datum, mötestyp och status")
    minutes = sub.add_parser(
        "minutes", parents=parents, help="skriv ett protokoll eller ett utdrag som PDF"
    )
    minutes.add_argument("--meeting", required=True, help="mötets id (se kommandot meetings)")
    minutes.add_argument("--out", type=Path, required=True, help="PDF-filen som ska skrivas")
    minutes.add_argument("--force", action="store_true", help="skriv över en befintlig fil")
    minutes.add_argument(
        "--version", type=int, default=None, help="en tidigare version av protokollet"
    )
    excerpt = minutes.add_mutually_exclusive_group()
    excerpt.add_argument(
        "--excerpt-party",
        metavar="PART",
        help="utdrag för en part: skola, socialtjänst, polis, fritid eller annan, "
        "eventuellt med :organisation (t.ex. skola:Ängsskolan)",
    )
    excerpt.add_argument(
        "--excerpt-person", metavar="ID", help="utdrag med en ungdoms paragrafer (ungdomens id)"
    )


@dataclass(frozen=True)
class MinutesMessages:
    """The sentences of these commands in Swedish or English."""

    lang: str = "sv"

    def _t(self, sv: str, en: str) -> str:
        return en if self.lang == "en" else sv

    @property
    def no_meetings(self) -> str:
        """The vault has no meetings."""
        return self._t("Valvet har inga möten.", "The vault has no meetings.")

    def unknown_party(self, text: str) -> str:
        """``--excerpt-party`` names no party."""
        return self._t(
            f"Okänd part: {text}. Ange skola, socialtjänst, polis, fritid eller annan, "
            "eventuellt med :organisation.",
            f"Unknown party: {text}. Give skola, socialtjänst, polis, fritid or annan "
            "(school, social_services, police, leisure, other), optionally with :organisation.",
        )

    @property
    def bad_version(self) -> str:
        """``--version`` below 1."""
        return self._t("Versionen måste vara minst 1.", "The version must be at least 1.")

    def written(self, path: Path, excerpt: bool) -> str:
        """The PDF was written (it holds personal data)."""
        what_sv, what_en = (
            ("Utdraget", "The excerpt") if excerpt else ("Protokollet", "The minutes")
        )
        return self._t(
            f"{what_sv} är skrivet till {path}. Filen innehåller sekretessbelagda uppgifter; "
            "förvara den skyddat och radera den när den inte behövs.",
            f"{what_en} was written to {path}. The file holds confidential information; keep "
            "it protected and delete it when not needed.",
        )


def parse_party(text: str, lang: str = "sv") -> Party:
    """Read ``--excerpt-party``: a sector word or code, optionally ``:organisation``.

    Raises:
        UsageError: No such party (one line naming the accepted words).
    """
    word, _, organisation = text.partition(":")
    sector = _PARTY_WORDS.get(word.strip().casefold())
    if sector is None:
        labels = {label.casefold(): s for s, label in SECTOR_LABELS.items()}
        sector = labels.get(word.strip().casefold())
    if sector is None or sector is Sector.GUARDIAN:
        raise UsageError(detail=MinutesMessages(lang).unknown_party(text))
    return Party(sector, organisation.strip())


def run_meetings(
    args: argparse.Namespace, msg: Messages, open_vault: Callable[[], Workspace]
) -> int:
    """Print id, date, type and status of every meeting, newest first."""
    del args  # the vault options are used by open_vault
    workspace = open_vault()
    try:
        rows = workspace.meetings.list_meetings()
    finally:
        workspace.close()
    english = msg.lang == "en"
    types = MEETING_TYPE_LABELS_EN if english else MEETING_TYPE_LABELS
    statuses = MEETING_STATUS_LABELS_EN if english else MEETING_STATUS_LABELS
    if not rows:
        print(MinutesMessages(msg.lang).no_meetings)
    for row in rows:
        print(
            f"{row.id}  {row.held_on.isoformat()}  {types[row.meeting_type]}  "
            f"{statuses[row.status]}"
        )
    return EXIT_OK


def _audience(args: argparse.Namespace, lang: str) -> Audience:
    from sspf_desk.services.minutes_view import Audience  # noqa: PLC0415

    if args.excerpt_party is not None:
        return Audience(party=parse_party(args.excerpt_party, lang))
    if args.excerpt_person is not None:
        return Audience(young_person_id=args.excerpt_person.strip())
    return Audience()


def write_new_file(path: Path, data: bytes, *, replace: bool) -> None:
    """Write ``data`` straight to ``path`` (no temporary file), readable by the owner only.

    Raises:
        OutputFileError: The file could not be written; a file this call created is removed.
    """
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0)
    flags |= os.O_TRUNC if replace else os.O_EXCL
    existed = path.exists()
    try:
        fd = os.open(path, flags, 0o600)
    except OSError as exc:
        raise output_file_error(exc) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), 0o600)  # a replaced file keeps its mode otherwise
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        if not existed:
            with contextlib.suppress(OSError):
                path.unlink()
        raise output_file_error(exc) from exc


def run_minutes(
    args: argparse.Namespace, msg: Messages, open_vault: Callable[[], Workspace]
) -> int:
    """Write the minutes, or an excerpt, of one meeting as a PDF file."""
    texts = MinutesMessages(msg.lang)
    audience = _audience(args, msg.lang)
    if args.version is not None and args.version < 1:
        raise UsageError(detail=texts.bad_version)
    check_output_path(args.out, msg)
    if args.out.exists() and not args.force:
        raise UsageError(detail=msg.exists(args.out))
    workspace = open_vault()
    try:
        data = workspace.minutes.minutes_pdf(args.meeting.strip(), audience, args.version)
        workspace.flush()
    except NotFoundError as exc:  # an unknown id is a usage error here
        raise UsageError(detail=exc.message(msg.lang)) from exc
    finally:
        workspace.close()
    write_new_file(args.out, data, replace=args.force)
    print(texts.written(args.out, excerpt=not audience.is_full))
    return EXIT_OK
