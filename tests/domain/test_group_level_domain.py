"""Group and area level: no person data, measures with a done date (domain/group_level.py)."""

from __future__ import annotations

from datetime import date

import pytest

from sspf_desk.domain import ActionStatus, Sector
from sspf_desk.domain.group_level import (
    NO_ID_NUMBERS,
    MeasureInput,
    MeasureKind,
    ObservationInput,
    SiteInput,
    SiteKind,
    counts_as_done,
    validate_measure,
    validate_observation,
    validate_site,
)

TODAY = date(2025, 5, 20)


def test_a_site_needs_a_name_and_no_identity_numbers() -> None:
    assert validate_site(SiteInput("Torget", SiteKind.PLACE, area="Centrum")) == {}
    assert "name" in validate_site(SiteInput(" ", SiteKind.GROUP))
    errors = validate_site(SiteInput("Gruppen", SiteKind.GROUP, description="Bl.a. 080101-1234"))
    assert errors == {"description": NO_ID_NUMBERS}


def test_an_observation_is_dated_not_ahead_and_anonymous() -> None:
    ok = ObservationInput("s", date(2025, 5, 1), Sector.POLICE, "Samling vid kiosken kl 22")
    assert validate_observation(ok, today=TODAY) == {}
    ahead = ObservationInput("s", date(2025, 5, 21), Sector.POLICE, "x")
    assert "observed_on" in validate_observation(ahead, today=TODAY)
    empty = ObservationInput("s", TODAY, Sector.SCHOOL, "  ")
    assert "text" in validate_observation(empty, today=TODAY)
    named = ObservationInput("s", TODAY, Sector.SCHOOL, "Eleven 20080101-1234 syntes")
    assert validate_observation(named, today=TODAY)["text"] == NO_ID_NUMBERS


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"description": ""}, "description"),
        ({"status": ActionStatus.DONE}, "done_on"),
        ({"status": ActionStatus.DONE, "done_on": date(2025, 6, 1)}, "done_on"),
        ({"hours": -1.0}, "hours"),
        ({"hours": 10_000.0}, "hours"),
        ({"planned_on": date(2025, 5, 1), "follow_up_on": date(2025, 4, 1)}, "follow_up_on"),
        ({"follow_up": "ring 010101-0101"}, "follow_up"),
    ],
)
def test_measure_errors(changes: dict[str, object], field: str) -> None:
    fields: dict[str, object] = {
        "site_id": "s",
        "kind": MeasureKind.POLICE_PRESENCE,
        "description": "Närvaro fredagskvällar",
        "sector": Sector.POLICE,
    }
    fields.update(changes)
    assert field in validate_measure(MeasureInput(**fields), today=TODAY)  # type: ignore[arg-type]


def test_counts_as_done_only_when_done_within_the_period() -> None:
    done = MeasureInput(
        "s",
        MeasureKind.SAFETY_WALK,
        "Trygghetsvandring",
        Sector.LEISURE,
        status=ActionStatus.DONE,
        done_on=date(2025, 3, 31),
    )
    assert validate_measure(done, today=TODAY) == {}
    assert counts_as_done(done, date(2025, 1, 1), date(2025, 3, 31))
    assert not counts_as_done(done, date(2025, 4, 1), date(2025, 6, 30))
    planned = MeasureInput("s", MeasureKind.SAFETY_WALK, "x", Sector.LEISURE)
    assert not counts_as_done(planned, date(2025, 1, 1), date(2025, 12, 31))
