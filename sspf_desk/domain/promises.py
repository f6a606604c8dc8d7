"""Medborgarlöften: yearly public promises of the municipality and the police (DOMAIN.md §5).

A promise has a year, the municipality and local police area, the problem drawn from the
lägesbild, focus areas, the intended effects and its signatories. Its *activities* have a
measurable target and an owner ("minst 4 000 timmar polisnärvaro", "minst två uppstartsmöten
för grannsamverkan"). The result of an activity is the sum of its dated progress entries
plus, when the activity counts automatically, what SSPF Desk itself recorded in the
promise's year: meetings held of a type, or group-level measures done of a kind (their
number or their hours). Nothing in a promise or its report is personal data.

Follow-up per quarter: the result up to the end of the quarter against the part of the
target due by then (a quarter of the target per quarter): *Ja* when the result reaches it,
*Delvis* when there is some result but less, *Nej* when there is none. After the fourth
quarter that is simply "reached the yearly target".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sspf_desk.domain.checks import (
    MAX_LONG_TEXT,
    MAX_SHORT_TEXT,
    check_length,
    looks_like_id_number,
    require,
)
from sspf_desk.domain.enums import MeetingType
from sspf_desk.domain.group_level import MeasureKind

QUARTERS = 4
MIN_YEAR = 2000
MAX_YEAR = 2100
#: Largest target or progress amount accepted.
MAX_AMOUNT = 1_000_000.0
#: Meetings an activity may count: those about the area and the work, not about one young
#: person (a network meeting or bekymringssamtal count of 1–4 in a quarter would be a
#: small count the lägesbild hides; a promise report is published).
COUNTABLE_MEETING_TYPES: tuple[MeetingType, ...] = (
    MeetingType.OPERATIONAL_GROUP,
    MeetingType.STEERING_GROUP,
)
_QUARTER = re.compile(r"^\s*(\d{4})\s*[-_ ]?\s*[QqKk]([1-4])\s*$")


class ActivityCounting(StrEnum):
    """How an activity's result is counted."""

    MANUAL = "manual"
    """Only the progress entries the coordinator records."""
    MEETINGS = "meetings"
    """Plus meetings of ``meeting_type`` held in the year (not planned ones)."""
    MEASURES = "measures"
    """Plus group-level measures of ``measure_kind`` done in the year (their number)."""
    MEASURE_HOURS = "measure_hours"
    """Plus the hours of group-level measures of ``measure_kind`` done in the year."""


class Fulfilment(StrEnum):
    """Ja / Delvis / Nej at a follow-up."""

    YES = "yes"
    PARTLY = "partly"
    NO = "no"


FULFILMENT_LABELS: dict[Fulfilment, str] = {
    Fulfilment.YES: "Ja",
    Fulfilment.PARTLY: "Delvis",
    Fulfilment.NO: "Nej",
}
FULFILMENT_LABELS_EN: dict[Fulfilment, str] = {
    Fulfilment.YES: "Yes",
    Fulfilment.PARTLY: "Partly",
    Fulfilment.NO: "No",
}
COUNTING_LABELS: dict[ActivityCounting, str] = {
    ActivityCounting.MANUAL: "Manuellt (registrerade resultat)",
    ActivityCounting.MEETINGS: "Hållna möten räknas automatiskt",
    ActivityCounting.MEASURES: "Genomförda åtgärder räknas automatiskt",
    ActivityCounting.MEASURE_HOURS: "Timmar för genomförda åtgärder räknas automatiskt",
}


@dataclass(frozen=True, slots=True)
class Signatory:
    """Who signs the promise (public officials: name and title)."""

    name: str
    title: str


@dataclass(frozen=True, slots=True)
class PromiseInput:
    """The editable fields of a medborgarlöfte.

    Attributes:
        year: The promise's year.
        municipality: The municipality.
        police_area: The local police area (lokalpolisområde).
        title: A short heading ("Medborgarlöfte 2024 – Tryggare centrum").
        problem: The problem, drawn from the lägesbild.
        focus_areas: The prioritised focus areas, in order.
        effects: "Det här ska vi åstadkomma": intended effects.
        signatories: The signatories, in order.
    """

    year: int
    municipality: str
    police_area: str
    title: str
    problem: str = ""
    focus_areas: tuple[str, ...] = ()
    effects: str = ""
    signatories: tuple[Signatory, ...] = ()


@dataclass(frozen=True, slots=True)
class Promise:
    """A promise as stored."""

    id: str
    data: PromiseInput
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class ActivityInput:
    """An activity of a promise ("Det här ska vi göra").

    Attributes:
        promise_id: The promise.
        title: The activity as published ("Polisnärvaro i centrum").
        owner: Who is responsible (organisation or function).
        target: The measurable target (≥ 0), in ``unit``.
        unit: What is counted ("timmar", "tillfällen", "möten").
        focus_area: The focus area it serves ("" when none).
        counting: How its result is counted.
        meeting_type: The meetings counted (``counting`` MEETINGS).
        measure_kind: The measures counted (``counting`` MEASURES / MEASURE_HOURS).
        area: Count only measures at sites of this area ("" = every area).
    """

    promise_id: str
    title: str
    owner: str
    target: float
    unit: str
    focus_area: str = ""
    counting: ActivityCounting = ActivityCounting.MANUAL
    meeting_type: MeetingType | None = None
    measure_kind: MeasureKind | None = None
    area: str = ""


@dataclass(frozen=True, slots=True)
class Activity:
    """An activity as stored, with its place in the promise."""

    id: str
    position: int
    data: ActivityInput
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class ProgressInput:
    """A dated progress entry of an activity: how much was done, with a note."""

    activity_id: str
    on: date
    amount: float
    note: str = ""


@dataclass(frozen=True, slots=True)
class Progress:
    """A progress entry as stored."""

    id: str
    data: ProgressInput
    created_at: datetime


NO_ID_NUMBERS = "Ett medborgarlöfte är offentligt; ta bort personnumret."


def _no_id_numbers(errors: dict[str, str], fields: dict[str, str]) -> None:
    """A promise is published: its texts may not hold an identity number."""
    for field, text in fields.items():
        if looks_like_id_number(text):
            errors.setdefault(field, NO_ID_NUMBERS)


def validate_promise(data: PromiseInput) -> dict[str, str]:
    """Check a promise; returns ``{field: Swedish message}``."""
    errors: dict[str, str] = {}
    if not MIN_YEAR <= data.year <= MAX_YEAR:
        errors["year"] = f"Ange ett år mellan {MIN_YEAR} och {MAX_YEAR}."
    require(errors, "municipality", data.municipality, "Ange kommunen.")
    require(errors, "police_area", data.police_area, "Ange lokalpolisområdet.")
    require(errors, "title", data.title, "Ange en rubrik för medborgarlöftet.")
    for field in ("municipality", "police_area", "title"):
        check_length(errors, field, str(getattr(data, field)), MAX_SHORT_TEXT)
    for field in ("problem", "effects"):
        check_length(errors, field, str(getattr(data, field)), MAX_LONG_TEXT)
    for i, area in enumerate(data.focus_areas):
        require(errors, f"focus_areas.{i}", area, "Ange fokusområdet eller ta bort raden.")
        check_length(errors, f"focus_areas.{i}", area, MAX_SHORT_TEXT)
    for i, signatory in enumerate(data.signatories):
        require(errors, f"signatories.{i}.name", signatory.name, "Ange namnet.")
        check_length(errors, f"signatories.{i}.name", signatory.name, MAX_SHORT_TEXT)
        check_length(errors, f"signatories.{i}.title", signatory.title, MAX_SHORT_TEXT)
    _no_id_numbers(
        errors,
        {
            "title": data.title,
            "problem": data.problem,
            "effects": data.effects,
            **{f"focus_areas.{i}": area for i, area in enumerate(data.focus_areas)},
        },
    )
    return errors


def validate_activity(data: ActivityInput) -> dict[str, str]:
    """Check an activity: a title, an owner, a target ≥ 0 with a unit, a consistent counting."""
    errors: dict[str, str] = {}
    require(errors, "title", data.title, "Ange aktiviteten.")
    require(errors, "owner", data.owner, "Ange vem som ansvarar.")
    require(errors, "unit", data.unit, "Ange vad som räknas (t.ex. timmar eller tillfällen).")
    for field in ("title", "owner", "unit", "focus_area", "area"):
        check_length(errors, field, str(getattr(data, field)), MAX_SHORT_TEXT)
    if not 0 < data.target <= MAX_AMOUNT:
        errors["target"] = "Målet ska vara ett tal större än 0."
    if data.counting is ActivityCounting.MEETINGS and data.meeting_type is None:
        errors["meeting_type"] = "Välj vilken mötestyp som räknas."
    elif (
        data.counting is ActivityCounting.MEETINGS
        and data.meeting_type not in COUNTABLE_MEETING_TYPES
    ):
        errors["meeting_type"] = (
            "Bara möten i operativ grupp och styrgrupp kan räknas: möten om enskilda unga "
            "hör inte hemma i en offentlig uppföljning."
        )
    if (
        data.counting in (ActivityCounting.MEASURES, ActivityCounting.MEASURE_HOURS)
        and data.measure_kind is None
    ):
        errors["measure_kind"] = "Välj vilken sorts åtgärd som räknas."
    _no_id_numbers(errors, {"title": data.title, "owner": data.owner})
    return errors


def validate_progress(data: ProgressInput, *, year: int, today: date) -> dict[str, str]:
    """Check a progress entry: in the promise's year, not in the future, a sensible amount."""
    errors: dict[str, str] = {}
    if data.on.year != year:
        errors["on"] = f"Datumet ska ligga inom löftets år ({year})."
    elif data.on > today:
        errors["on"] = "Datumet kan inte ligga i framtiden."
    if not -MAX_AMOUNT <= data.amount <= MAX_AMOUNT or data.amount == 0:
        errors["amount"] = "Ange hur mycket som gjorts (ett tal skilt från 0)."
    check_length(errors, "note", data.note, MAX_LONG_TEXT)
    _no_id_numbers(errors, {"note": data.note})
    return errors


def parse_quarter(text: str) -> tuple[int, int]:
    """Read a quarter such as ``2024Q2`` (also ``2024-Q2``, ``2024 K2``) as (year, quarter).

    Raises:
        ValueError: Not a quarter (the message is Swedish and names the expected form).
    """
    match = _QUARTER.match(text)
    if match is None:
        raise ValueError(f"Okänt kvartal: {text!r}. Skriv till exempel 2024Q2.")
    return int(match.group(1)), int(match.group(2))


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    """First and last day of ``quarter`` (1–4) of ``year``."""
    if not 1 <= quarter <= QUARTERS:
        raise ValueError(f"Kvartalet ska vara 1–4, inte {quarter}.")
    start = date(year, 3 * quarter - 2, 1)
    end = date(year + 1, 1, 1) if quarter == QUARTERS else date(year, 3 * quarter + 1, 1)
    return start, date.fromordinal(end.toordinal() - 1)


def quarter_label(year: int, quarter: int) -> str:
    """Swedish label of a quarter: ``kvartal 2 2024``."""
    return f"kvartal {quarter} {year}"


def due_share(target: float, quarter: int) -> float:
    """The part of a yearly target due by the end of ``quarter``."""
    return target * quarter / QUARTERS


def fulfilment(result: float, target: float, quarter: int) -> Fulfilment:
    """Ja / Delvis / Nej for a result up to the end of ``quarter`` (see the module text)."""
    if result >= due_share(target, quarter):
        return Fulfilment.YES
    if result > 0:
        return Fulfilment.PARTLY
    return Fulfilment.NO


@dataclass(frozen=True, slots=True)
class ActivityResult:
    """An activity's follow-up at a quarter (what the report and the page show).

    Attributes:
        activity: The activity.
        manual: Sum of progress entries up to the quarter's end.
        counted: What SSPF Desk counted automatically up to the quarter's end.
        by_quarter: Cumulative result at the end of each quarter 1..``quarter``.
        fulfilment: Ja / Delvis / Nej.
    """

    activity: Activity
    manual: float
    counted: float
    by_quarter: tuple[float, ...]
    fulfilment: Fulfilment

    @property
    def result(self) -> float:
        """The result so far: progress entries plus the automatic count."""
        return self.manual + self.counted


@dataclass(frozen=True, slots=True)
class PromiseReport:
    """The quarterly follow-up of a promise: no personal data, fit to publish."""

    promise: Promise
    year: int
    quarter: int
    made_on: date
    activities: tuple[ActivityResult, ...]


def format_amount(value: float) -> str:
    """An amount in Swedish style: ``4 000``, ``12,5`` (thin grouping, comma decimals)."""
    whole = round(value)
    if abs(value - whole) < 0.05:
        text = f"{whole:,}".replace(",", "\u00a0")
        return text.replace("-", "−")
    text = f"{value:,.1f}".replace(",", "\u00a0").replace(".", ",")
    return text.replace("-", "−")


#: Singular forms of the plural units coordinators use ("1 möte", not "1 möten").
_SINGULAR_UNITS: dict[str, str] = {
    "timmar": "timme",
    "möten": "möte",
    "tillfällen": "tillfälle",
    "enkäter": "enkät",
    "aktiviteter": "aktivitet",
    "insatser": "insats",
    "träffar": "träff",
    "kontroller": "kontroll",
    "vandringar": "vandring",
    "trygghetsvandringar": "trygghetsvandring",
    "fältvandringar": "fältvandring",
    "besök": "besök",
    "utbildningar": "utbildning",
    "kartläggningar": "kartläggning",
}


def amount_with_unit(value: float, unit: str) -> str:
    """An amount and its unit: ``4 000 timmar``, ``1 möte`` (singular for exactly one)."""
    word = unit.strip()
    if format_amount(value) == "1":
        singular = _SINGULAR_UNITS.get(word.casefold())
        if singular is not None:
            word = singular if word.islower() else singular.capitalize()
    return f"{format_amount(value)} {word}".strip()
