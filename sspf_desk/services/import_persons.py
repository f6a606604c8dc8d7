"""Reading one list row as a young person with up to two guardians (pure; no storage).

The domain's own rules validate the person and each guardian, so a row gets the same
Swedish messages as the form in the program; the messages are keyed by the import
fields (a guardian's phone problem under ``guardian1_phone``, a name problem under
``name`` when the list has one full-name column).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sspf_desk.domain import (
    CustodyType,
    Gender,
    IdentityError,
    RelatedPersonInput,
    Relationship,
    YoungPersonInput,
    normalize_related_person,
    normalize_young_person,
    parse_identity,
)
from sspf_desk.domain.rules import RelatedPersonFields, YoungPersonFields
from sspf_desk.errors import ValidationError
from sspf_desk.services.import_cells import (
    CellError,
    id_number_text,
    parse_custody,
    parse_date,
    parse_gender,
    parse_yes_no,
    phone_text,
    split_name,
)
from sspf_desk.services.import_fields import GUARDIAN_SLOTS, guardian_key
from sspf_desk.services.import_rows import ImportContext, RowResult

T = TypeVar("T")

_TEXT_FIELDS = ("school", "school_class", "area", "home_municipality", "interpreter_language")
_GUARDIAN_PARTS = ("name", "id_number", "phone", "custody")
_CUSTODIAL = (CustodyType.SOLE, CustodyType.JOINT)

NAME_MISSING = "Vårdnadshavarens namn saknas, men andra uppgifter om vårdnadshavaren är ifyllda."
NAME_MISSING_CUSTODY = "Vårdnad är angiven men vårdnadshavarens namn saknas."
NAME_INCOMPLETE = "Skriv vårdnadshavarens för- och efternamn."
CUSTODY_MISSING = "Ange vårdnad: ensam, gemensam eller ingen."
CUSTODY_CONFLICT = "Ensam vårdnad går inte ihop med en andra vårdnadshavare som har vårdnad."
SAME_AS_YOUNG = "Samma personnummer som ungdomen."
SAME_AS_FIRST = "Samma personnummer som vårdnadshavare 1."


@dataclass(frozen=True, slots=True)
class GuardianImport:
    """A guardian (or a parent without custody) to create and link to the young person."""

    fields: RelatedPersonFields
    relationship: Relationship
    custody: CustodyType


@dataclass(frozen=True, slots=True)
class PersonImport:
    """A young person to create, with the guardians of the same row."""

    person: YoungPersonFields
    guardians: tuple[GuardianImport, ...]

    def planned(self) -> dict[str, int]:
        """Records this row creates (before guardians already in the vault are reused)."""
        return {
            "young_person": 1,
            "related_person": len(self.guardians),
            "person_link": len(self.guardians),
        }


class Row:
    """The cells of one row, with the mapping's defaults for empty ones."""

    def __init__(self, cells: Mapping[str, str], defaults: Mapping[str, str]) -> None:
        self.cells = cells
        self.defaults = defaults
        self.values: dict[str, str] = {key: value for key, value in cells.items() if value}

    def raw(self, key: str) -> str:
        """The cell itself (no default)."""
        return self.cells.get(key, "")

    def get(self, key: str) -> str:
        """The cell, or the default when the cell is empty (then shown as the value)."""
        value = self.cells.get(key, "")
        if not value and key in self.defaults:
            value = self.defaults[key]
            self.values[key] = value
        return value

    def maps(self, key: str) -> bool:
        """Whether the field has a column or a default."""
        return key in self.cells or key in self.defaults


def read_person_row(
    cells: Mapping[str, str], defaults: Mapping[str, str], context: ImportContext
) -> RowResult:
    """Read a young person and the row's guardians; report every problem at once."""
    today = context.today
    row = Row(cells, defaults)
    errors: dict[str, str] = {}
    person = _read_person(row, errors, today)
    key = _identity_key(row.get("id_number"), today)
    guardians: list[tuple[int, GuardianImport | None]] = []
    for slot in GUARDIAN_SLOTS:
        if any(row.raw(guardian_key(slot, part)) for part in _GUARDIAN_PARTS):
            guardians.append((slot, _read_guardian(row, slot, errors, today)))
    _cross_check(guardians, key, errors)
    if errors or person is None:
        return RowResult(row.values, errors, None, key)
    found = tuple(guardian for _slot, guardian in guardians if guardian is not None)
    return RowResult(row.values, errors, PersonImport(person, found), key)


def _identity_key(text: str, today: date) -> str | None:
    """The normalised identity number (duplicate key), or None when absent or invalid."""
    text = id_number_text(text)
    if not text:
        return None
    try:
        return parse_identity(text, today=today).normalized
    except IdentityError:
        return None


def _cell(errors: dict[str, str], key: str, read: Callable[[], T]) -> T | None:
    """Run a cell reader; record its message under ``key`` when it fails."""
    try:
        return read()
    except CellError as exc:
        errors[key] = exc.message
        return None


def _optional_date(text: str) -> date | None:
    return parse_date(text) if text else None


def _read_person(row: Row, errors: dict[str, str], today: date) -> YoungPersonFields | None:
    """Validate the young person's fields with the domain rules."""
    use_name = row.maps("name") and not (row.maps("first_name") and row.maps("last_name"))
    if use_name:
        first, last = split_name(row.get("name"))
    else:
        first, last = row.get("first_name"), row.get("last_name")
    gender = _cell(errors, "gender", lambda: parse_gender(row.get("gender")))
    protected = _cell(
        errors, "protected_identity", lambda: parse_yes_no(row.get("protected_identity"))
    )
    birth = _cell(errors, "birth_date", lambda: _optional_date(row.get("birth_date")))
    texts = {name: row.get(name) for name in _TEXT_FIELDS}
    data = YoungPersonInput(
        first_name=first,
        last_name=last,
        id_number=id_number_text(row.get("id_number")),
        protected_identity=bool(protected),
        birth_date=birth,
        gender=gender or Gender.UNKNOWN,
        school=texts["school"],
        school_class=texts["school_class"],
        area=texts["area"],
        home_municipality=texts["home_municipality"],
        interpreter_language=texts["interpreter_language"],
    )
    try:
        return normalize_young_person(data, today=today)
    except ValidationError as exc:
        for key, message in exc.errors.items():
            errors.setdefault(_person_error_key(row, key, use_name=use_name), message)
        return None


def _person_error_key(row: Row, key: str, *, use_name: bool) -> str:
    """The import field a domain error of the young person belongs to."""
    if use_name and key in ("first_name", "last_name"):
        return "name"
    if key == "birth_date" and not row.maps("birth_date"):
        return "id_number"  # "Ange personnummer eller födelsedatum." where the list has a column
    return key


def _read_guardian(
    row: Row, slot: int, errors: dict[str, str], today: date
) -> GuardianImport | None:
    """Validate one guardian of the row (only called when one of its cells is filled)."""
    keys = {part: guardian_key(slot, part) for part in _GUARDIAN_PARTS}
    own: dict[str, str] = {}
    name = row.get(keys["name"])
    if not name:
        own[keys["name"]] = NAME_MISSING_CUSTODY if row.raw(keys["custody"]) else NAME_MISSING
    first, last = split_name(name)
    if name and not (first and last):
        own[keys["name"]] = NAME_INCOMPLETE
    custody = _cell(own, keys["custody"], lambda: parse_custody(row.get(keys["custody"])))
    if custody is None:
        own.setdefault(keys["custody"], CUSTODY_MISSING)
    data = RelatedPersonInput(
        first_name=first,
        last_name=last,
        id_number=id_number_text(row.get(keys["id_number"])),
        phone=phone_text(row.get(keys["phone"])),
    )
    fields: RelatedPersonFields | None = None
    try:
        fields = normalize_related_person(data, today=today)
    except ValidationError as exc:
        for key, message in exc.errors.items():
            part = "name" if key in ("first_name", "last_name") else key
            own.setdefault(keys.get(part, keys["name"]), message)
    errors.update({key: message for key, message in own.items() if key not in errors})
    if own or fields is None or custody is None:
        return None
    relationship = Relationship.GUARDIAN if custody in _CUSTODIAL else Relationship.PARENT
    return GuardianImport(fields, relationship, custody)


def _cross_check(
    guardians: list[tuple[int, GuardianImport | None]],
    young_key: str | None,
    errors: dict[str, str],
) -> None:
    """Checks across the young person and both guardians of a row."""
    valid = [(slot, g) for slot, g in guardians if g is not None]
    for slot, guardian in valid:
        if young_key is not None and guardian.fields.id_number == young_key:
            errors.setdefault(guardian_key(slot, "id_number"), SAME_AS_YOUNG)
    if len(valid) < len(GUARDIAN_SLOTS):
        return
    (_, first), (second_slot, second) = valid
    if first.fields.id_number and first.fields.id_number == second.fields.id_number:
        errors.setdefault(guardian_key(second_slot, "id_number"), SAME_AS_FIRST)
    custodies = (first.custody, second.custody)
    if CustodyType.SOLE in custodies and all(c in _CUSTODIAL for c in custodies):
        errors.setdefault(guardian_key(second_slot, "custody"), CUSTODY_CONFLICT)
