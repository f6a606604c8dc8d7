"""The demo group and area level and medborgarlöften: sizes, rules, links and the follow-up."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select

from sspf_desk.domain import ActionStatus, MeetingStatus, MeetingType, Sector
from sspf_desk.domain.group_level import (
    MeasureKind,
    validate_measure,
    validate_observation,
    validate_site,
)
from sspf_desk.domain.promises import (
    Fulfilment,
    validate_activity,
    validate_progress,
    validate_promise,
)
from sspf_desk.services import demo
from sspf_desk.services import demo_data as words
from sspf_desk.services.archive import import_document
from sspf_desk.services.promises import PromiseService
from sspf_desk.store import Store
from sspf_desk.store.models_group_level import (
    GroupMeasureRecord,
    GroupObservationRecord,
    GroupSiteRecord,
)
from sspf_desk.store.models_promises import (
    PromiseActivityRecord,
    PromiseProgressRecord,
    PromiseRecord,
)
from tests.helpers.store import new_store

Row = dict[str, Any]
TODAY = demo.REFERENCE_DAY
SSPF_SECTORS = {Sector.SCHOOL, Sector.SOCIAL_SERVICES, Sector.POLICE, Sector.LEISURE}


@dataclass
class Holder:
    """Exposes a store like the Workspace does."""

    store: Store


@pytest.fixture(scope="module")
def small() -> dict[str, list[Row]]:
    records: dict[str, list[Row]] = demo.generate("small", 1)["records"]
    return records


@pytest.fixture(scope="module")
def medium() -> dict[str, list[Row]]:
    records: dict[str, list[Row]] = demo.generate("medium", 1)["records"]
    return records


@pytest.mark.parametrize("size", ["small", "medium"])
def test_sizes(size: str) -> None:
    plan = demo.SIZES[size]
    records = demo.generate(size, 1)["records"]
    assert len(records["group_observation"]) == plan.young_persons * 6 // 5
    assert len(records["group_site"]) == 4 * plan.districts + 1
    monthly = [r for r in records["group_measure"] if r["description"].endswith("månadens pass")]
    assert len(monthly) == 25 * plan.districts  # police presence every month of the period
    assert len(records["group_measure"]) == round(len(records["group_observation"]) / 4) + len(
        monthly
    )
    assert sorted(row["year"] for row in records["citizen_promise"]) == [2025, 2026]
    assert [r["id"] for r in records["group_observation"]] == sorted(
        r["id"] for r in records["group_observation"]
    )


@pytest.fixture(scope="module")
def medium_store(medium: dict[str, list[Row]]) -> Store:
    store, _ = new_store()
    import_document(Holder(store), {**demo.generate("medium", 1), "records": medium})
    return store


def test_every_row_passes_the_domain_rules(medium_store: Store) -> None:
    with medium_store.unit_of_work() as session:
        for site in session.scalars(select(GroupSiteRecord)):
            assert validate_site(site.to_domain().data) == {}, site.id
        for observation in session.scalars(select(GroupObservationRecord)):
            data = observation.to_domain().data
            assert validate_observation(data, today=TODAY) == {}, observation.id
        for measure in session.scalars(select(GroupMeasureRecord)):
            assert validate_measure(measure.to_domain().data, today=TODAY) == {}, measure.id
        years = {}
        for promise in session.scalars(select(PromiseRecord)):
            assert validate_promise(promise.to_domain().data) == {}, promise.id
            years[promise.id] = promise.year
        activity_year = {}
        for activity in session.scalars(select(PromiseActivityRecord)):
            assert validate_activity(activity.to_domain().data) == {}, activity.id
            activity_year[activity.id] = years[activity.promise_id]
        for progress in session.scalars(select(PromiseProgressRecord)):
            year = activity_year[progress.activity_id]
            entry = progress.to_domain().data
            assert validate_progress(entry, year=year, today=TODAY) == {}, progress.id


def test_all_four_sectors_observe_in_every_district_across_areas(
    medium: dict[str, list[Row]],
) -> None:
    sites = {row["id"]: row for row in medium["group_site"]}
    by_district: dict[int, set[Sector]] = defaultdict(set)
    areas_of: dict[Sector, set[str]] = defaultdict(set)
    for row in medium["group_observation"]:
        area = sites[row["site_id"]]["area"]
        by_district[words.AREAS.index(area) % 2].add(Sector(row["sector"]))
        areas_of[Sector(row["sector"])].add(area)
    assert by_district == {0: SSPF_SECTORS, 1: SSPF_SECTORS}
    assert all(len(areas) >= 4 for areas in areas_of.values())
    days = sorted(row["observed_on"] for row in medium["group_observation"])
    assert days[0] < "2024-10-01" and days[-1] > "2026-08-01" and days[-1] < TODAY.isoformat()
    inactive = [row["id"] for row in medium["group_site"] if not row["active"]]
    assert len(inactive) == 1


def test_measures_of_every_kind_with_police_hours_follow_ups_and_meetings(
    small: dict[str, list[Row]], medium: dict[str, list[Row]]
) -> None:
    for records in (small, medium):
        measures = records["group_measure"]
        assert {MeasureKind(row["kind"]) for row in measures} == set(MeasureKind)
        assert {ActionStatus(row["status"]) for row in measures} == set(ActionStatus)
        presence = [
            row
            for row in measures
            if row["kind"] == MeasureKind.POLICE_PRESENCE.value and row["status"] == "done"
        ]
        assert presence and any(row["hours"] for row in presence)
        assert any(row["follow_up"] for row in measures)
        assert (
            any(
                row["status"] in ("planned", "ongoing") and row["follow_up_on"] < TODAY.isoformat()
                for row in records["group_measure"]
            )
            or records is small
        )
        meetings = {row["id"]: row for row in records["meeting"]}
        linked = [row for row in measures if row["meeting_id"]]
        assert len(linked) >= len(measures) // 4
        for row in linked:
            meeting = meetings[row["meeting_id"]]
            assert meeting["meeting_type"] == MeetingType.OPERATIONAL_GROUP.value
            assert meeting["status"] != MeetingStatus.PLANNED.value
            assert meeting["held_on"] <= row["planned_on"]


def test_group_level_texts_name_nobody(medium: dict[str, list[Row]]) -> None:
    names = set(words.FIRST_NAMES_FEMALE + words.FIRST_NAMES_MALE + words.LAST_NAMES)
    texts = [row["text"] for row in medium["group_observation"]]
    for row in medium["group_site"]:
        texts += [row["name"], row["description"], row["time_pattern"]]
    for row in medium["group_measure"]:
        texts += [row["description"], row["responsible"], row["follow_up"]]
    for text in set(texts):
        assert not names & set(re.findall(r"\w+", text)), text


def promise_follow_up(store: Store, year: int, quarter: int) -> dict[str, tuple[float, Fulfilment]]:
    """Each activity's result and Ja/Delvis/Nej from the promise service's follow-up."""
    service = PromiseService(store, today=lambda: TODAY)
    (row,) = (row for row in service.list_promises() if row.year == year)
    report = service.follow_up(row.id, quarter, today=TODAY)
    return {r.activity.data.title: (r.result, r.fulfilment) for r in report.activities}


@pytest.mark.parametrize("size", ["small", "medium"])
def test_the_promise_follow_up_counts_something_and_mixes_yes_partly_no(
    size: str, medium_store: Store
) -> None:
    store = medium_store
    if size == "small":
        store, _ = new_store()
        import_document(Holder(store), demo.generate(size, 1))
    current = promise_follow_up(store, 2026, 2)
    automatic = [title for title in current if not title.startswith(("Uppstart", "Trygghetsenk"))]
    assert all(current[title][0] > 0 for title in automatic), current
    assert current["Uppstartsmöten för grannsamverkan"][0] > 0
    last_year = promise_follow_up(store, 2025, 4)
    outcomes = Counter(f for _, f in [*current.values(), *last_year.values()])
    assert set(outcomes) == set(Fulfilment), outcomes
