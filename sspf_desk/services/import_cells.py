"""Reading single cells of an imported list: text, dates, yes/no, gender, custody, names.

Pure functions (no storage, no Qt). A cell that cannot be understood raises
:class:`CellError` with a Swedish message that never repeats the cell's content.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time

from sspf_desk.domain import CustodyType, Gender
from sspf_desk.domain.text import fold_plain

#: Dates before this are refused as typing mistakes (a century digit wrong, a zero year).
EARLIEST_DATE = date(1900, 1, 1)

_ISO = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?", re.ASCII
)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})", re.ASCII)
_DAY_FIRST = re.compile(r"(\d{1,2})([./])(\d{1,2})\2(\d{4})", re.ASCII)
_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"[0-9]+")
_SHORT_ID_LENGTH = 9  # a 10-digit number whose leading zero a spreadsheet dropped
_SHORT_PHONE_LENGTH = 9  # a Swedish number whose leading zero a spreadsheet dropped

DATE_FORMAT_MESSAGE = "Datumet kan inte tolkas. Skriv ÅÅÅÅ-MM-DD, ÅÅÅÅMMDD eller D/M/ÅÅÅÅ."
DATE_INVALID_MESSAGE = "Datumet finns inte i kalendern."
DATE_EARLY_MESSAGE = "Datumet är orimligt tidigt."
DATE_FUTURE_MESSAGE = "Datumet kan inte ligga i framtiden."


class CellError(ValueError):
    """A cell whose content cannot be read as the field's kind (Swedish message)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def cell_text(value: object) -> str:  # noqa: PLR0911 - one return per cell type
    """Return the text of a cell value as read from CSV or XLSX.

    Strings are stripped with inner whitespace collapsed; whole numbers lose their
    ``.0``; spreadsheet dates become ``YYYY-MM-DD``; booleans become ``ja``/``nej``.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return format(value, "g")
    return _SPACES.sub(" ", str(value)).strip()


def parse_date(text: str) -> date:
    """Parse ``YYYY-MM-DD`` (a time part is ignored), ``YYYYMMDD``, ``D/M/YYYY`` or ``D.M.YYYY``.

    Raises:
        CellError: Unknown format, a date that does not exist, or a year before 1900.
    """
    stripped = text.strip()
    if (match := _ISO.fullmatch(stripped)) or (match := _COMPACT.fullmatch(stripped)):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    elif match := _DAY_FIRST.fullmatch(stripped):
        year, month, day = int(match[4]), int(match[3]), int(match[1])
    else:
        raise CellError(DATE_FORMAT_MESSAGE)
    try:
        parsed = date(year, month, day)
    except ValueError:
        raise CellError(DATE_INVALID_MESSAGE) from None
    if parsed < EARLIEST_DATE:
        raise CellError(DATE_EARLY_MESSAGE)
    return parsed


def parse_past_date(text: str, today: date) -> date:
    """Parse a date (see :func:`parse_date`) that must not lie after ``today``."""
    parsed = parse_date(text)
    if parsed > today:
        raise CellError(DATE_FUTURE_MESSAGE)
    return parsed


def _key(text: str) -> str:
    """Fold for comparing words: lower case, no accents, single spaces, no dots."""
    return _SPACES.sub(" ", fold_plain(text).replace(".", " ")).strip()


_YES = frozenset({"ja", "j", "x", "1", "sant", "yes", "y", "true"})
_NO = frozenset({"nej", "n", "0", "falskt", "no", "false", "-"})


def parse_yes_no(text: str) -> bool:
    """Read ja/nej (also x, 1/0, yes/no, sant/falskt); an empty cell is no.

    Raises:
        CellError: Anything else.
    """
    key = _key(text)
    if not key or key in _NO:
        return False
    if key in _YES:
        return True
    raise CellError("Skriv ja eller nej.")


_GENDERS: dict[str, Gender] = {
    **dict.fromkeys(
        ("flicka", "tjej", "kvinna", "k", "f", "female", "girl", "woman"), Gender.FEMALE
    ),
    **dict.fromkeys(("pojke", "kille", "man", "m", "p", "male", "boy"), Gender.MALE),
    **dict.fromkeys(("annat", "annan", "ickebinar", "other", "a", "x"), Gender.OTHER),
    **dict.fromkeys(("okant", "okand", "vet ej", "unknown", "-", "?"), Gender.UNKNOWN),
}


def parse_gender(text: str) -> Gender:
    """Read a gender (flicka/pojke/annat/okänt, or K/M, girl/boy); an empty cell is unknown.

    Raises:
        CellError: Anything else.
    """
    key = _key(text)
    if not key:
        return Gender.UNKNOWN
    found = _GENDERS.get(key)
    if found is None:
        raise CellError("Okänt kön. Skriv flicka, pojke, annat eller okänt.")
    return found


_CUSTODY: dict[str, CustodyType] = {
    **dict.fromkeys(("ensam", "ensam vardnad", "sole", "sole custody", "e"), CustodyType.SOLE),
    **dict.fromkeys(
        ("gemensam", "gemensam vardnad", "delad", "delad vardnad", "joint", "g"),
        CustodyType.JOINT,
    ),
    **dict.fromkeys(
        ("ingen", "ingen vardnad", "nej", "utan vardnad", "none", "no custody"), CustodyType.NONE
    ),
}


def parse_custody(text: str) -> CustodyType | None:
    """Read a custody value (ensam/gemensam/ingen, sole/joint/none); empty gives ``None``.

    Raises:
        CellError: Anything else.
    """
    key = _key(text)
    if not key:
        return None
    found = _CUSTODY.get(key)
    if found is None:
        raise CellError("Okänd vårdnad. Skriv ensam, gemensam eller ingen.")
    return found


def split_name(text: str) -> tuple[str, str]:
    """Split a full name into ``(first, last)``.

    ``"Efternamn, Förnamn"`` is read with the comma; otherwise the last word is the
    family name. A single word gives an empty first name.
    """
    stripped = _SPACES.sub(" ", text).strip()
    if "," in stripped:
        last, _, first = stripped.partition(",")
        return first.strip(), last.strip()
    first, _, last = stripped.rpartition(" ")
    return first, last


def id_number_text(text: str) -> str:
    """Restore the leading zero a spreadsheet drops from a 10-digit identity number."""
    stripped = text.strip()
    if len(stripped) == _SHORT_ID_LENGTH and stripped.isascii() and stripped.isdigit():
        return "0" + stripped
    return stripped


def phone_text(text: str) -> str:
    """Restore the leading zero a spreadsheet drops from a Swedish phone number."""
    stripped = text.strip()
    if (
        len(stripped) == _SHORT_PHONE_LENGTH
        and _DIGITS.fullmatch(stripped)
        and not stripped.startswith("0")
    ):
        return "0" + stripped
    return stripped
