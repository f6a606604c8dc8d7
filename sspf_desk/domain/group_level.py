"""Group and area level (selektiv nivå): places and groups without any person fields.

A *site* is a place (a square, a school yard, a shopping centre) or a group (described
without names) that the operational group follows. Each sector records dated
*observations* about it, and the group agrees *measures*: field walks, safety walks
(trygghetsvandringar), police presence, leisure activities, neighbourhood watch, with a
follow-up. Nothing here names a person: the texts are checked for identity numbers, and
the records have no link to a young person (DOMAIN.md §4 "Group and area level").

Measures done count toward medborgarlöfte activities (``domain.promises``): by number of
measures or by their hours (police presence).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sspf_desk.domain.checks import (
    MAX_LONG_TEXT,
    MAX_SHORT_TEXT,
    check_length,
    check_not_future,
    looks_like_id_number,
    require,
)
from sspf_desk.domain.enums import ActionStatus, Sector

#: Most hours one measure can record (a year of round-the-clock presence).
MAX_MEASURE_HOURS = 9000.0
NO_ID_NUMBERS = (
    "Uppgifter på grupp- och områdesnivå får inte identifiera någon; ta bort personnumret."
)


class SiteKind(StrEnum):
    """Whether a site is a place or a group of young people."""

    PLACE = "place"
    GROUP = "group"


class MeasureKind(StrEnum):
    """The kinds of agreed measure at group or area level (stored by value)."""

    FIELD_WALK = "field_walk"
    SAFETY_WALK = "safety_walk"
    POLICE_PRESENCE = "police_presence"
    LEISURE_ACTIVITY = "leisure_activity"
    NEIGHBOURHOOD_WATCH = "neighbourhood_watch"
    INFORMATION = "information"
    OTHER = "other"


SITE_KIND_LABELS: dict[SiteKind, str] = {SiteKind.PLACE: "Plats", SiteKind.GROUP: "Grupp"}
SITE_KIND_LABELS_EN: dict[SiteKind, str] = {SiteKind.PLACE: "Place", SiteKind.GROUP: "Group"}
MEASURE_KIND_LABELS: dict[MeasureKind, str] = {
    MeasureKind.FIELD_WALK: "Fältvandring",
    MeasureKind.SAFETY_WALK: "Trygghetsvandring",
    MeasureKind.POLICE_PRESENCE: "Polisnärvaro",
    MeasureKind.LEISURE_ACTIVITY: "Fritidsaktivitet",
    MeasureKind.NEIGHBOURHOOD_WATCH: "Grannsamverkan",
    MeasureKind.INFORMATION: "Informationsinsats",
    MeasureKind.OTHER: "Annan åtgärd",
}
MEASURE_KIND_LABELS_EN: dict[MeasureKind, str] = {
    MeasureKind.FIELD_WALK: "Field walk",
    MeasureKind.SAFETY_WALK: "Safety walk",
    MeasureKind.POLICE_PRESENCE: "Police presence",
    MeasureKind.LEISURE_ACTIVITY: "Leisure activity",
    MeasureKind.NEIGHBOURHOOD_WATCH: "Neighbourhood watch",
    MeasureKind.INFORMATION: "Information effort",
    MeasureKind.OTHER: "Other measure",
}


@dataclass(frozen=True, slots=True)
class SiteInput:
    """The editable fields of a place or group.

    Attributes:
        name: What the operational group calls it ("Torget", "Gruppen vid skateparken").
        kind: Place or group.
        area: The district or area it belongs to (the lägesbild's area filter).
        time_pattern: When things happen ("fredagskvällar", "efter skolan").
        description: The place or the group, without names.
        active: Still followed (inactive sites stay for the statistics).
    """

    name: str
    kind: SiteKind
    area: str = ""
    time_pattern: str = ""
    description: str = ""
    active: bool = True


@dataclass(frozen=True, slots=True)
class Site:
    """A place or group as stored."""

    id: str
    data: SiteInput
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class ObservationInput:
    """What a sector saw at a site on a day (no names)."""

    site_id: str
    observed_on: date
    sector: Sector
    text: str


@dataclass(frozen=True, slots=True)
class Observation:
    """An observation as stored."""

    id: str
    data: ObservationInput
    created_at: datetime


@dataclass(frozen=True, slots=True)
class MeasureInput:
    """An agreed measure at a site and its follow-up.

    Attributes:
        site_id: Where.
        kind: Field walk, safety walk, police presence, …
        description: What is done.
        sector: The responsible party.
        responsible: The responsible organisation or function (not a private person).
        planned_on: When it is planned (optional).
        done_on: When it was carried out (required once done).
        status: Planned, ongoing, done, cancelled.
        hours: Hours spent (police presence, field work), if recorded.
        meeting_id: The meeting that agreed it, if recorded.
        follow_up_on: When to follow it up.
        follow_up: The follow-up: what it led to.
    """

    site_id: str
    kind: MeasureKind
    description: str
    sector: Sector
    responsible: str = ""
    planned_on: date | None = None
    done_on: date | None = None
    status: ActionStatus = ActionStatus.PLANNED
    hours: float | None = None
    meeting_id: str | None = None
    follow_up_on: date | None = None
    follow_up: str = ""


@dataclass(frozen=True, slots=True)
class Measure:
    """A measure as stored."""

    id: str
    data: MeasureInput
    created_at: datetime
    updated_at: datetime


def _no_id_numbers(errors: dict[str, str], field: str, text: str) -> None:
    if looks_like_id_number(text) and field not in errors:
        errors[field] = NO_ID_NUMBERS


def validate_site(data: SiteInput) -> dict[str, str]:
    """Check a place or group; returns ``{field: Swedish message}``."""
    errors: dict[str, str] = {}
    require(errors, "name", data.name, "Ange platsens eller gruppens namn.")
    for field in ("name", "area", "time_pattern"):
        check_length(errors, field, str(getattr(data, field)), MAX_SHORT_TEXT)
    check_length(errors, "description", data.description, MAX_LONG_TEXT)
    for field in ("name", "area", "time_pattern", "description"):
        _no_id_numbers(errors, field, str(getattr(data, field)))
    return errors


def validate_observation(data: ObservationInput, *, today: date) -> dict[str, str]:
    """Check an observation (not in the future, a text, no identity numbers)."""
    errors: dict[str, str] = {}
    require(errors, "site_id", data.site_id, "Välj plats eller grupp.")
    check_not_future(errors, "observed_on", data.observed_on, today)
    require(errors, "text", data.text, "Beskriv vad som iakttagits.")
    check_length(errors, "text", data.text, MAX_LONG_TEXT)
    _no_id_numbers(errors, "text", data.text)
    return errors


def validate_measure(data: MeasureInput, *, today: date) -> dict[str, str]:
    """Check a measure: a description, a done date when done (not in the future), hours ≥ 0."""
    errors: dict[str, str] = {}
    require(errors, "site_id", data.site_id, "Välj plats eller grupp.")
    require(errors, "description", data.description, "Beskriv åtgärden.")
    check_length(errors, "description", data.description, MAX_LONG_TEXT)
    check_length(errors, "responsible", data.responsible, MAX_SHORT_TEXT)
    check_length(errors, "follow_up", data.follow_up, MAX_LONG_TEXT)
    for field in ("description", "responsible", "follow_up"):
        _no_id_numbers(errors, field, str(getattr(data, field)))
    if data.status is ActionStatus.DONE and data.done_on is None:
        errors["done_on"] = "Ange när åtgärden genomfördes."
    check_not_future(errors, "done_on", data.done_on, today)
    if data.hours is not None and not 0 <= data.hours <= MAX_MEASURE_HOURS:
        errors["hours"] = f"Antalet timmar ska vara mellan 0 och {MAX_MEASURE_HOURS:.0f}."
    if (
        data.follow_up_on is not None
        and data.planned_on is not None
        and data.follow_up_on < data.planned_on
    ):
        errors["follow_up_on"] = "Uppföljningen kan inte ligga före det planerade datumet."
    return errors


def counts_as_done(data: MeasureInput, start: date, end: date) -> bool:
    """Whether a measure was carried out within ``start``–``end`` (inclusive)."""
    return (
        data.status is ActionStatus.DONE
        and data.done_on is not None
        and start <= data.done_on <= end
    )
