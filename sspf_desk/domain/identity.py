"""Swedish identity numbers: personnummer and samordningsnummer.

``parse_identity`` accepts the forms people type (10 or 12 digits, with or without a
``-`` or ``+`` separator), validates them with the ``personnummer`` package and returns
the normalised 12-digit form ``YYYYMMDD-NNNN`` with the birth date and legal gender.
Anything else raises :class:`IdentityError`, a :class:`~sspf_desk.errors.ValidationError`
with a Swedish message under the ``id_number`` field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from personnummer import personnummer

from sspf_desk.domain.enums import Gender, IdKind
from sspf_desk.errors import ValidationError

_PATTERN = re.compile(
    r"(?P<century>\d{2})?(?P<yy>\d{2})(?P<mm>\d{2})(?P<dd>\d{2})"
    r"(?P<sep>[-+])?(?P<serial>\d{3})(?P<check>\d)",
    re.ASCII,
)
_COORDINATION_OFFSET = 60
_MAX_INPUT_LENGTH = 40


class IdentityProblem(StrEnum):
    """Why a text is not a valid identity number."""

    MISSING = "missing"
    FORMAT = "format"
    DATE = "date"
    SERIAL = "serial"
    CHECKSUM = "checksum"


_MESSAGES: dict[IdentityProblem, str] = {
    IdentityProblem.MISSING: "Ange ett personnummer.",
    IdentityProblem.FORMAT: ("Personnumret har fel format. Skriv ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN."),
    IdentityProblem.DATE: "{noun} är inte giltigt (datumet finns inte).",
    IdentityProblem.SERIAL: "{noun} är inte giltigt (födelsenumret kan inte vara 000).",
    IdentityProblem.CHECKSUM: "{noun} är inte giltigt (kontrollsiffran stämmer inte).",
}


class IdentityError(ValidationError):
    """A text that is not a valid personnummer or samordningsnummer."""

    def __init__(
        self,
        problem: IdentityProblem,
        *,
        coordination: bool = False,
        field: str = "id_number",
    ) -> None:
        noun = "Samordningsnumret" if coordination else "Personnumret"
        self.problem = problem
        super().__init__({field: _MESSAGES[problem].format(noun=noun)})


@dataclass(frozen=True, slots=True)
class Identity:
    """A validated identity number.

    Attributes:
        normalized: The 12-digit form ``YYYYMMDD-NNNN`` (for a samordningsnummer the day
            part keeps its +60).
        kind: Personnummer or samordningsnummer.
        birth_date: The date of birth the number encodes.
        legal_gender: Male for an odd second-to-last digit, otherwise female.
    """

    normalized: str
    kind: IdKind
    birth_date: date
    legal_gender: Gender

    @property
    def digits(self) -> str:
        """The twelve digits without separator."""
        return self.normalized.replace("-", "")

    @property
    def short_form(self) -> str:
        """The 10-digit form ``YYMMDD-NNNN`` (ambiguous century; for display only)."""
        return self.normalized[2:]


def _full_year(yy: int, sep: str | None, today: date) -> int:
    """Return the four-digit year of a 10-digit number (``+`` means 100 years or older)."""
    base = today.year - 100 if sep == "+" else today.year
    return base - ((base - yy) % 100)


def parse_identity(text: str, *, today: date | None = None) -> Identity:
    """Parse and validate a personnummer or samordningsnummer.

    Args:
        text: What the user typed, e.g. ``"20100215-1234"`` or ``"100215-1234"``.
        today: Reference date that resolves the century of the 10-digit form
            (defaults to today).

    Returns:
        The validated identity.

    Raises:
        IdentityError: If the text is empty, malformed, encodes an impossible date,
            has the serial 000 or a wrong check digit.
    """
    stripped = text.strip()
    if not stripped:
        raise IdentityError(IdentityProblem.MISSING)
    match = _PATTERN.fullmatch(stripped) if len(stripped) <= _MAX_INPUT_LENGTH else None
    if match is None:
        raise IdentityError(IdentityProblem.FORMAT)
    day_part = int(match["dd"])
    coordination = day_part > _COORDINATION_OFFSET
    if match["century"]:
        year = int(match["century"] + match["yy"])
    else:
        year = _full_year(int(match["yy"]), match["sep"], today or date.today())
    try:
        birth_date = date(
            year,
            int(match["mm"]),
            day_part - _COORDINATION_OFFSET if coordination else day_part,
        )
    except ValueError:
        raise IdentityError(IdentityProblem.DATE, coordination=coordination) from None
    if match["serial"] == "000":
        raise IdentityError(IdentityProblem.SERIAL, coordination=coordination)
    tail = match["serial"] + match["check"]
    digits12 = f"{year:04d}{match['mm']}{match['dd']}{tail}"
    try:
        personnummer.parse(digits12)
    except personnummer.PersonnummerException:
        raise IdentityError(IdentityProblem.CHECKSUM, coordination=coordination) from None
    return Identity(
        normalized=f"{digits12[:8]}-{tail}",
        kind=IdKind.SAMORDNINGSNUMMER if coordination else IdKind.PERSONNUMMER,
        birth_date=birth_date,
        legal_gender=Gender.MALE if int(match["serial"][-1]) % 2 else Gender.FEMALE,
    )


def is_valid_identity(text: str) -> bool:
    """Return whether ``text`` is a valid personnummer or samordningsnummer."""
    try:
        parse_identity(text)
    except IdentityError:
        return False
    return True
