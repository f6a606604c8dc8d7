"""Reading the choice cells of a concern list: sector, urgency, level, orosanmälan, outcome.

Swedish and English words and the stored codes are accepted, case and accents ignored.
An unknown word raises :class:`CellError` with a Swedish message listing the choices
(never the cell's content).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from sspf_desk.domain import ConcernLevel, ConcernOutcome, ReportStatus, Sector, Urgency
from sspf_desk.domain.text import fold_plain
from sspf_desk.services.import_cells import CellError

E = TypeVar("E", bound=StrEnum)

_SPACES = re.compile(r"[\s._-]+")
_LIST_SEPARATORS = re.compile(r"[;,|\n]+")


def choice_key(text: str) -> str:
    """Fold a word for lookup: lower case, no accents, ``_``/``-``/``.`` as spaces."""
    return _SPACES.sub(" ", fold_plain(text)).strip()


def _table(enum: type[E], words: Mapping[E, tuple[str, ...]]) -> dict[str, E]:
    table: dict[str, E] = {}
    for member in enum:
        table[choice_key(member.value)] = member
        for word in words.get(member, ()):
            table[choice_key(word)] = member
    return table


SECTORS = _table(
    Sector,
    {
        Sector.SCHOOL: ("skola", "skolan", "förskola", "elevhälsa", "elevhälsan"),
        Sector.SOCIAL_SERVICES: ("socialtjänst", "socialtjänsten", "soc", "social services"),
        Sector.POLICE: ("polis", "polisen"),
        Sector.LEISURE: ("fritid", "fritidsgård", "fritidsgården", "fritidsverksamhet"),
        Sector.GUARDIAN: ("vårdnadshavare", "förälder", "föräldrar", "parent"),
        Sector.OTHER: ("annan", "annat", "övrigt", "övrig"),
    },
)
URGENCIES = _table(
    Urgency,
    {
        Urgency.LOW: ("låg",),
        Urgency.NORMAL: ("normal", "medel"),
        Urgency.HIGH: ("hög",),
        Urgency.ACUTE: ("akut",),
    },
)
LEVELS = _table(
    ConcernLevel,
    {
        ConcernLevel.INDIVIDUAL: ("individ", "individnivå", "enskild", "person"),
        ConcernLevel.SELECTIVE: (
            "grupp",
            "område",
            "gruppnivå",
            "områdesnivå",
            "grupp- och områdesnivå",
            "selektiv",
            "group",
            "area",
        ),
    },
)
REPORT_STATUSES = _table(
    ReportStatus,
    {
        ReportStatus.UNANSWERED: ("obesvarad", "ej besvarad", "vet ej"),
        ReportStatus.NOT_NEEDED: ("behövs inte", "ej aktuell", "nej", "inte aktuell"),
        ReportStatus.MADE: ("gjord", "ja", "anmäld", "orosanmälan gjord"),
        ReportStatus.MADE_BY_OTHER: ("gjord av annan", "annan har anmält", "av annan"),
    },
)
OUTCOMES = _table(
    ConcernOutcome,
    {
        ConcernOutcome.PENDING: ("obeslutad", "ej beslutad", "pågår", "väntar"),
        ConcernOutcome.SSPF_CASE: ("sspf ärende", "sspf", "ärende"),
        ConcernOutcome.NOT_SUITABLE: ("ej lämplig", "inte lämplig", "inte aktuell för sspf"),
        ConcernOutcome.REFERRED: ("hänvisad", "hänvisad vidare", "vidare"),
    },
)

_MESSAGES: dict[type[StrEnum], str] = {
    Sector: "Okänd sektor. Skriv skola, socialtjänst, polis, fritid, vårdnadshavare eller annan.",
    Urgency: "Okänd brådska. Skriv låg, normal, hög eller akut.",
    ConcernLevel: "Okänd nivå. Skriv individ eller grupp.",
    ReportStatus: "Okänt svar om orosanmälan. Skriv gjord, gjord av annan, behövs inte eller "
    "obesvarad.",
    ConcernOutcome: "Okänt beslut. Skriv obeslutad, ej lämplig eller hänvisad.",
}


def parse_choice(text: str, table: Mapping[str, E], enum: type[E]) -> E | None:
    """Look ``text`` up in ``table``; an empty cell gives ``None``.

    Raises:
        CellError: An unknown word.
    """
    key = choice_key(text)
    if not key:
        return None
    found = table.get(key)
    if found is None:
        raise CellError(_MESSAGES[enum])
    return found


def parse_risks(text: str, known: Mapping[str, str]) -> tuple[str, ...]:
    """Read risk categories (labels or codes, separated by ``;``, ``,``, ``|`` or new lines).

    Args:
        text: The cell.
        known: Folded label or code (see :func:`choice_key`) → code.

    Raises:
        CellError: A category that is not in the list (named by its position in the cell).
    """
    codes: list[str] = []
    for position, part in enumerate(_LIST_SEPARATORS.split(text), start=1):
        if not part.strip():
            continue
        code = known.get(choice_key(part))
        if code is None:
            raise CellError(
                f"Riskkategori nummer {position} i cellen finns inte i listan över riskkategorier."
            )
        if code not in codes:
            codes.append(code)
    return tuple(codes)
