"""Pure validation rules for persons and links.

Each ``validate_*`` returns ``{field: Swedish message}`` (empty when valid); each
``normalize_*`` returns the cleaned fields or raises :class:`ValidationError` with that
mapping. Field keys are the attribute names of the input dataclasses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sspf_desk.domain.enums import CustodyType, Gender, IdKind, Relationship
from sspf_desk.domain.identity import IdentityError, parse_identity
from sspf_desk.domain.persons import RelatedPersonInput, YoungPersonInput
from sspf_desk.errors import ValidationError

MAX_NAME_LENGTH = 100
MAX_TEXT_LENGTH = 200
EARLIEST_BIRTH_DATE = date(1900, 1, 1)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE = re.compile(r"\+?[0-9][0-9 ()-]{4,24}")

_TEXT_FIELDS_YOUNG = ("school", "school_class", "area", "home_municipality", "interpreter_language")
_TEXT_FIELDS_RELATED = ("phone", "email", "address", "interpreter_language")


def age_on(birth_date: date, day: date) -> int:
    """Return the age in whole years on ``day`` (born 29 February: one year older on 1 March).

    Args:
        birth_date: Date of birth.
        day: The date the age is wanted for.

    Returns:
        Completed years (negative if ``day`` is before the birth date).
    """
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - int(before_birthday)


@dataclass(frozen=True, slots=True)
class YoungPersonFields:
    """The validated, normalised fields of a young person, ready to store."""

    first_name: str
    last_name: str
    id_number: str | None
    id_kind: IdKind
    protected_identity: bool
    birth_date: date | None
    gender: Gender
    school: str
    school_class: str
    area: str
    home_municipality: str
    interpreter_language: str


@dataclass(frozen=True, slots=True)
class RelatedPersonFields:
    """The validated, normalised fields of a related person, ready to store."""

    first_name: str
    last_name: str
    id_number: str | None
    phone: str
    email: str
    address: str
    protected_address: bool
    interpreter_language: str


def _check_name(errors: dict[str, str], field: str, value: str, label: str) -> None:
    """Record an error when a required name is empty or too long."""
    if not value:
        errors[field] = f"{label} måste anges."
    elif len(value) > MAX_NAME_LENGTH:
        errors[field] = f"{label} får vara högst {MAX_NAME_LENGTH} tecken."


def _check_lengths(errors: dict[str, str], values: dict[str, str]) -> None:
    """Record an error for every free-text field longer than the limit."""
    for field, value in values.items():
        if len(value) > MAX_TEXT_LENGTH:
            errors[field] = f"Fältet får vara högst {MAX_TEXT_LENGTH} tecken."


def _check_birth_date(
    errors: dict[str, str], birth_date: date | None, derived: date | None, today: date
) -> date | None:
    """Validate the manual birth date against the id number and today; return the one to use."""
    if derived is not None and birth_date is not None and birth_date != derived:
        errors["birth_date"] = "Födelsedatumet stämmer inte med personnumret."
    effective = derived if derived is not None else birth_date
    if effective is None:
        if "id_number" not in errors:
            errors["birth_date"] = "Ange personnummer eller födelsedatum."
        return None
    if effective > today:
        errors["birth_date"] = "Födelsedatumet kan inte ligga i framtiden."
    elif effective < EARLIEST_BIRTH_DATE:
        errors["birth_date"] = "Födelsedatumet är orimligt tidigt."
    return effective


def normalize_young_person(
    data: YoungPersonInput, *, today: date | None = None
) -> YoungPersonFields:
    """Validate a young person and return the fields to store.

    The id number is normalised to ``YYYYMMDD-NNNN``; the birth date comes from it when
    given; an unknown gender becomes the legal gender of the number.

    Args:
        data: What the user entered.
        today: Reference date (defaults to today).

    Returns:
        The normalised fields.

    Raises:
        ValidationError: With ``errors`` mapping field names to Swedish messages.
    """
    today = today or date.today()
    errors: dict[str, str] = {}
    first, last = data.first_name.strip(), data.last_name.strip()
    _check_name(errors, "first_name", first, "Förnamn")
    _check_name(errors, "last_name", last, "Efternamn")
    texts = {name: str(getattr(data, name)).strip() for name in _TEXT_FIELDS_YOUNG}
    _check_lengths(errors, texts)
    id_number: str | None = None
    id_kind = IdKind.NONE
    derived: date | None = None
    gender = data.gender
    if data.id_number.strip():
        try:
            identity = parse_identity(data.id_number, today=today)
        except IdentityError as exc:
            errors.update(exc.errors)
        else:
            id_number, id_kind, derived = identity.normalized, identity.kind, identity.birth_date
            if gender is Gender.UNKNOWN:
                gender = identity.legal_gender
    birth_date = _check_birth_date(errors, data.birth_date, derived, today)
    if errors:
        raise ValidationError(errors)
    return YoungPersonFields(
        first_name=first,
        last_name=last,
        id_number=id_number,
        id_kind=id_kind,
        protected_identity=data.protected_identity,
        birth_date=birth_date,
        gender=gender,
        **texts,
    )


def normalize_related_person(
    data: RelatedPersonInput, *, today: date | None = None
) -> RelatedPersonFields:
    """Validate a related person and return the fields to store.

    Raises:
        ValidationError: With ``errors`` mapping field names to Swedish messages.
    """
    errors: dict[str, str] = {}
    first, last = data.first_name.strip(), data.last_name.strip()
    _check_name(errors, "first_name", first, "Förnamn")
    _check_name(errors, "last_name", last, "Efternamn")
    texts = {name: str(getattr(data, name)).strip() for name in _TEXT_FIELDS_RELATED}
    _check_lengths(errors, texts)
    if texts["email"] and "email" not in errors and not _EMAIL.fullmatch(texts["email"]):
        errors["email"] = "E-postadressen är inte giltig."
    if texts["phone"] and "phone" not in errors and not _PHONE.fullmatch(texts["phone"]):
        errors["phone"] = "Telefonnumret är inte giltigt."
    id_number: str | None = None
    if data.id_number.strip():
        try:
            id_number = parse_identity(data.id_number, today=today).normalized
        except IdentityError as exc:
            errors.update(exc.errors)
    if errors:
        raise ValidationError(errors)
    return RelatedPersonFields(
        first_name=first,
        last_name=last,
        id_number=id_number,
        protected_address=data.protected_address,
        **texts,
    )


def validate_link(relationship: Relationship, custody: CustodyType) -> dict[str, str]:
    """Check that only a guardian holds custody, and that a guardian does."""
    if relationship is Relationship.GUARDIAN and custody is CustodyType.NONE:
        return {"custody_type": "Ange om vårdnaden är ensam eller gemensam."}
    if relationship is not Relationship.GUARDIAN and custody is not CustodyType.NONE:
        return {"custody_type": "Bara en vårdnadshavare kan ha vårdnad."}
    return {}


def validate_young_person(data: YoungPersonInput, *, today: date | None = None) -> dict[str, str]:
    """Return ``{field: Swedish message}`` for every problem in ``data`` (empty when valid)."""
    try:
        normalize_young_person(data, today=today)
    except ValidationError as exc:
        return exc.errors
    return {}


def validate_related_person(
    data: RelatedPersonInput, *, today: date | None = None
) -> dict[str, str]:
    """Return ``{field: Swedish message}`` for every problem in ``data`` (empty when valid)."""
    try:
        normalize_related_person(data, today=today)
    except ValidationError as exc:
        return exc.errors
    return {}
