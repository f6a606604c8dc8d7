"""The fields a list can be imported into, per target, with Swedish labels and header synonyms.

Pure data (no storage, no Qt). ``guess_columns`` proposes a mapping from the column
titles of a list, in Swedish or English ("Förnamn", "Pnr", "Vårdnadshavare 2 telefon",
"Guardian 1 name", …).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from sspf_desk.domain.text import fold_plain


class ImportTarget(StrEnum):
    """What the rows of a list become."""

    YOUNG_PERSON = "young_person"
    CONCERN = "concern"


class FieldKind(StrEnum):
    """How a field's cell is read."""

    TEXT = "text"
    NAME = "name"
    ID_NUMBER = "id_number"
    DATE = "date"
    GENDER = "gender"
    YES_NO = "yes_no"
    PHONE = "phone"
    CUSTODY = "custody"
    SECTOR = "sector"
    URGENCY = "urgency"
    LEVEL = "level"
    REPORT_STATUS = "report_status"
    OUTCOME = "outcome"
    RISKS = "risks"


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One importable field.

    Attributes:
        key: Name used in mapping files and error dictionaries.
        label: Swedish display name (messages, the command line).
        kind: How the cell is read.
        synonyms: Column titles (folded: lower case, no accents) that suggest this field.
        choices: Values a fixed default may take (empty: any text the kind accepts).
    """

    key: str
    label: str
    kind: FieldKind
    synonyms: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()


GUARDIAN_SLOTS = (1, 2)
_GUARDIAN_PARTS: tuple[tuple[str, str, FieldKind, tuple[str, ...]], ...] = (
    ("name", "namn", FieldKind.NAME, ("", "namn", "name", "fullstandigt namn")),
    (
        "id_number",
        "personnummer",
        FieldKind.ID_NUMBER,
        ("personnummer", "pnr", "personnr", "person nr", "samordningsnummer", "id number"),
    ),
    (
        "phone",
        "telefon",
        FieldKind.PHONE,
        ("telefon", "tel", "telefonnummer", "mobil", "mobilnummer", "phone", "mobile"),
    ),
    ("custody", "vårdnad", FieldKind.CUSTODY, ("vardnad", "custody", "vardnadstyp")),
)
CUSTODY_CHOICES = ("joint", "sole", "none")


def guardian_key(slot: int, part: str) -> str:
    """Field key of a guardian's part, e.g. ``guardian1_phone``."""
    return f"guardian{slot}_{part}"


def _guardian_fields() -> tuple[FieldSpec, ...]:
    specs: list[FieldSpec] = []
    for slot in GUARDIAN_SLOTS:
        for part, label, kind, _synonyms in _GUARDIAN_PARTS:
            choices = CUSTODY_CHOICES if kind is FieldKind.CUSTODY else ()
            specs.append(
                FieldSpec(
                    guardian_key(slot, part), f"Vårdnadshavare {slot} – {label}", kind, (), choices
                )
            )
    return tuple(specs)


PERSON_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "first_name",
        "Förnamn",
        FieldKind.TEXT,
        ("fornamn", "tilltalsnamn", "first name", "firstname", "given name"),
    ),
    FieldSpec(
        "last_name",
        "Efternamn",
        FieldKind.TEXT,
        ("efternamn", "last name", "lastname", "surname", "family name"),
    ),
    FieldSpec(
        "name",
        "Namn (för- och efternamn)",
        FieldKind.NAME,
        ("namn", "name", "elevens namn", "elev", "ungdom", "ungdomens namn", "full name"),
    ),
    FieldSpec(
        "id_number",
        "Personnummer",
        FieldKind.ID_NUMBER,
        ("personnummer", "pnr", "personnr", "person nr", "samordningsnummer", "id number"),
    ),
    FieldSpec(
        "birth_date",
        "Födelsedatum",
        FieldKind.DATE,
        ("fodelsedatum", "fodd", "birth date", "date of birth", "birthdate"),
    ),
    FieldSpec("gender", "Kön", FieldKind.GENDER, ("kon", "gender", "sex")),
    FieldSpec(
        "protected_identity",
        "Skyddad identitet",
        FieldKind.YES_NO,
        ("skyddad identitet", "skyddad", "protected identity"),
    ),
    FieldSpec("school", "Skola", FieldKind.TEXT, ("skola", "school", "skolenhet")),
    FieldSpec("school_class", "Klass eller program", FieldKind.TEXT, ("klass", "program", "class")),
    FieldSpec("area", "Område", FieldKind.TEXT, ("omrade", "stadsdel", "area", "district")),
    FieldSpec(
        "home_municipality",
        "Hemkommun",
        FieldKind.TEXT,
        ("hemkommun", "kommun", "municipality", "home municipality"),
    ),
    FieldSpec(
        "interpreter_language",
        "Tolkspråk",
        FieldKind.TEXT,
        ("tolk", "tolksprak", "tolkbehov", "interpreter", "interpreter language"),
    ),
    *_guardian_fields(),
)

_REPORT = "orosanmalan"
CONCERN_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "received_on",
        "Datum",
        FieldKind.DATE,
        ("datum", "inkom", "inkommen", "mottagen", "date", "received"),
    ),
    FieldSpec(
        "source_sector",
        "Sektor (källa)",
        FieldKind.SECTOR,
        ("sektor", "kalla", "fran", "inkom fran", "avsandare", "source", "sector"),
        ("school", "social_services", "police", "leisure", "guardian", "other"),
    ),
    FieldSpec(
        "reporter_role",
        "Uppgiftslämnarens roll",
        FieldKind.TEXT,
        ("roll", "uppgiftslamnare", "uppgiftslamnarens roll", "yrkesroll", "reporter role"),
    ),
    FieldSpec(
        "level",
        "Nivå",
        FieldKind.LEVEL,
        ("niva", "level"),
        ("individual", "selective"),
    ),
    FieldSpec(
        "id_number",
        "Personnummer (ungdomen)",
        FieldKind.ID_NUMBER,
        ("personnummer", "pnr", "personnr", "person nr", "samordningsnummer", "id number"),
    ),
    FieldSpec("area", "Område", FieldKind.TEXT, ("omrade", "plats", "stadsdel", "area", "place")),
    FieldSpec(
        "group_description",
        "Grupp",
        FieldKind.TEXT,
        ("grupp", "gruppbeskrivning", "group", "group description"),
    ),
    FieldSpec(
        "risk_codes",
        "Riskkategorier",
        FieldKind.RISKS,
        ("riskkategorier", "riskkategori", "risker", "riskfaktorer", "risk", "risks"),
    ),
    FieldSpec(
        "observation",
        "Iakttagelse (fakta)",
        FieldKind.TEXT,
        ("iakttagelse", "iakttagelser", "beskrivning", "fakta", "observation", "description"),
    ),
    FieldSpec("assessment", "Bedömning", FieldKind.TEXT, ("bedomning", "assessment")),
    FieldSpec(
        "urgency",
        "Brådska",
        FieldKind.URGENCY,
        ("bradska", "prioritet", "urgency", "priority"),
        ("low", "normal", "high", "acute"),
    ),
    FieldSpec(
        "report_status",
        "Orosanmälan",
        FieldKind.REPORT_STATUS,
        (_REPORT, "orosanmalan gjord", "mandatory report"),
        ("unanswered", "not_needed", "made", "made_by_other"),
    ),
    FieldSpec(
        "report_agency",
        "Orosanmälan – myndighet",
        FieldKind.TEXT,
        (f"{_REPORT} myndighet", "anmalande myndighet"),
    ),
    FieldSpec(
        "report_reporter",
        "Orosanmälan – anmälare",
        FieldKind.TEXT,
        (f"{_REPORT} anmalare", "anmalare"),
    ),
    FieldSpec(
        "report_reported_on",
        "Orosanmälan – datum",
        FieldKind.DATE,
        (f"{_REPORT} datum", "anmalningsdatum"),
    ),
    FieldSpec(
        "report_reference",
        "Orosanmälan – diarienummer",
        FieldKind.TEXT,
        (f"{_REPORT} diarienummer", "diarienummer", "dnr"),
    ),
    FieldSpec(
        "outcome",
        "Beslut",
        FieldKind.OUTCOME,
        ("beslut", "utfall", "outcome"),
        ("pending", "not_suitable", "referred"),
    ),
    FieldSpec("outcome_on", "Beslutsdatum", FieldKind.DATE, ("beslutsdatum", "outcome date")),
    FieldSpec("outcome_reason", "Skäl", FieldKind.TEXT, ("skal", "motivering", "reason")),
)

TARGET_FIELDS: dict[ImportTarget, tuple[FieldSpec, ...]] = {
    ImportTarget.YOUNG_PERSON: PERSON_FIELDS,
    ImportTarget.CONCERN: CONCERN_FIELDS,
}


def field_specs(target: ImportTarget) -> tuple[FieldSpec, ...]:
    """The fields of ``target``, in display order."""
    return TARGET_FIELDS[target]


def field_spec(target: ImportTarget, key: str) -> FieldSpec | None:
    """The field ``key`` of ``target``, if there is one."""
    return next((spec for spec in TARGET_FIELDS[target] if spec.key == key), None)


def field_label(target: ImportTarget, key: str) -> str:
    """The Swedish label of a field (the key itself for an unknown one)."""
    spec = field_spec(target, key)
    return spec.label if spec is not None else key


_NON_WORD = re.compile(r"[^0-9a-z]+")
_GUARDIAN_WORD = re.compile(r"(vardnadshavare|vh|guardian|foralder|malsman|parent)([12])?")


def normalize_header(text: str) -> str:
    """Fold a column title for comparison: lower case, no accents, words split by spaces."""
    return _NON_WORD.sub(" ", fold_plain(text)).strip()


def _guardian_guess(words: list[str]) -> tuple[int | None, str] | None:
    """``(slot or None, part)`` when the title names a guardian's field, else ``None``."""
    for index, word in enumerate(words):
        match = _GUARDIAN_WORD.fullmatch(word)
        if match is None:
            continue
        rest = words[:index] + words[index + 1 :]
        slot = int(match[2]) if match[2] else None
        if slot is None and rest and rest[0] in ("1", "2"):
            slot = int(rest.pop(0))
        elif slot is None and rest and rest[-1] in ("1", "2"):
            slot = int(rest.pop())
        remainder = " ".join(rest)
        for part, _label, _kind, synonyms in _GUARDIAN_PARTS:
            if remainder in synonyms:
                return slot, part
        return None
    return None


def guess_field(target: ImportTarget, header: str, taken: set[str]) -> str | None:
    """The field a column title suggests that is not ``taken`` yet, if any."""
    words = normalize_header(header).split()
    if not words:
        return None
    guardian = _guardian_guess(words) if target is ImportTarget.YOUNG_PERSON else None
    if guardian is not None:
        slot, part = guardian
        slots = (slot,) if slot is not None else GUARDIAN_SLOTS
        for candidate in slots:
            key = guardian_key(candidate, part)
            if key not in taken:
                return key
        return None
    joined = " ".join(words)
    for spec in TARGET_FIELDS[target]:
        if spec.key not in taken and joined in spec.synonyms:
            return spec.key
    return None


def guess_columns(target: ImportTarget, headers: tuple[str, ...]) -> dict[str, int]:
    """Propose ``{field: column number (1-based)}`` from the column titles.

    The first matching column wins; a full-name column is dropped when both first and
    last names were found.
    """
    found: dict[str, int] = {}
    for number, header in enumerate(headers, start=1):
        key = guess_field(target, header, set(found))
        if key is not None:
            found[key] = number
    if "first_name" in found and "last_name" in found:
        found.pop("name", None)
    return found
