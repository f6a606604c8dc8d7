"""PromiseService.follow_up on a hand-built vault: every figure below is computed by hand.

The vault (promise year 2025, today 2025-11-15):

- operational-group meetings: held 2025-01-20, 2025-02-17 (finalized), 2025-03-17
  (approved); planned 2025-03-31 (does not count); held 2024-12-16 (another year);
  a network meeting held 2025-02-03 (another type).
- sites: "Torget" in Centrum, "Gruppen vid skateparken" in Norr.
- police presence done: Torget 2025-04-10 4 h, Torget 2025-05-20 6.5 h, skateparken
  2025-06-01 3 h, Torget 2025-08-05 2 h (Q3); planned with 10 h at Torget (not done);
  cancelled with 5 h at Torget; done 2024-11-01 8 h at Torget (another year); a safety
  walk done 2025-02-20 at skateparken with 1.5 h (another kind).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from sspf_desk.domain import ActionStatus, AuditAction, MeetingStatus, MeetingType, Sector
from sspf_desk.domain.group_level import MeasureInput, MeasureKind, SiteInput, SiteKind
from sspf_desk.domain.promises import (
    ActivityCounting,
    ActivityInput,
    Fulfilment,
    ProgressInput,
    PromiseInput,
)
from sspf_desk.errors import NotFoundError, ValidationError
from sspf_desk.services.group_level import GroupLevelService
from sspf_desk.services.promises import PromiseService
from sspf_desk.store import Store
from sspf_desk.store.audit import list_entries
from sspf_desk.store.models_meetings import MeetingRecord
from tests.helpers.minutes import flat, pdf_text
from tests.helpers.store import new_store
from tests.store.test_models_meetings import meeting_input

TODAY = date(2025, 11, 15)
YES, PARTLY, NO = Fulfilment.YES, Fulfilment.PARTLY, Fulfilment.NO
POLICE_PRESENCE = MeasureKind.POLICE_PRESENCE


def add_meeting(store: Store, day: date, status: MeetingStatus, kind: MeetingType) -> None:
    with store.unit_of_work() as session:
        record = MeetingRecord()
        record.apply(meeting_input(day, meeting_type=kind))
        record.status = status
        session.add(record)


@dataclass
class World:
    store: Store
    promises: PromiseService
    ids: dict[str, str]


def activity(promise_id: str, title: str, target: float, **extra: object) -> ActivityInput:
    return ActivityInput(promise_id, title, "Kommunen", target, "st", **extra)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def world() -> World:
    store = new_store()[0]
    group = GroupLevelService(store, today=lambda: TODAY)
    promises = PromiseService(store, today=lambda: TODAY)
    og, held = MeetingType.OPERATIONAL_GROUP, MeetingStatus.HELD
    add_meeting(store, date(2025, 1, 20), held, og)
    add_meeting(store, date(2025, 2, 17), MeetingStatus.FINALIZED, og)
    add_meeting(store, date(2025, 3, 17), MeetingStatus.APPROVED, og)
    add_meeting(store, date(2025, 3, 31), MeetingStatus.PLANNED, og)
    add_meeting(store, date(2024, 12, 16), held, og)
    add_meeting(store, date(2025, 2, 3), held, MeetingType.NETWORK_MEETING)
    torget = group.create_site(SiteInput("Torget", SiteKind.PLACE, area="Centrum")).id
    park = group.create_site(SiteInput("Gruppen vid skateparken", SiteKind.GROUP, area="Norr")).id

    def measure(
        site: str, kind: MeasureKind, done: date | None, hours: float, **extra: object
    ) -> None:
        status = ActionStatus.DONE if done else ActionStatus.PLANNED
        values: dict[str, object] = {"status": status, "done_on": done, "hours": hours}
        values.update(extra)
        group.add_measure(MeasureInput(site, kind, "Insats", Sector.POLICE, **values))  # type: ignore[arg-type]

    measure(torget, POLICE_PRESENCE, date(2025, 4, 10), 4)
    measure(torget, POLICE_PRESENCE, date(2025, 5, 20), 6.5)
    measure(park, POLICE_PRESENCE, date(2025, 6, 1), 3)
    measure(torget, POLICE_PRESENCE, date(2025, 8, 5), 2)
    measure(torget, POLICE_PRESENCE, None, 10, planned_on=date(2025, 5, 1))
    measure(torget, POLICE_PRESENCE, None, 5, status=ActionStatus.CANCELLED)
    measure(torget, POLICE_PRESENCE, date(2024, 11, 1), 8)
    measure(park, MeasureKind.SAFETY_WALK, date(2025, 2, 20), 1.5)

    promise = promises.create_promise(
        PromiseInput(2025, "Exempelkommun", "LPO Exempel", "Tryggare centrum")
    ).id
    ids = {"promise": promise}
    specs = {
        "meetings": activity(
            promise, "Möten", 12, counting=ActivityCounting.MEETINGS, meeting_type=og
        ),
        "hours_centrum": activity(
            promise,
            "Polisnärvaro i Centrum",
            40,
            counting=ActivityCounting.MEASURE_HOURS,
            measure_kind=POLICE_PRESENCE,
            area="Centrum",
        ),
        "hours_all": activity(
            promise,
            "Polisnärvaro",
            20,
            counting=ActivityCounting.MEASURE_HOURS,
            measure_kind=POLICE_PRESENCE,
        ),
        "times_all": activity(
            promise,
            "Polisnärvarotillfällen",
            4,
            counting=ActivityCounting.MEASURES,
            measure_kind=POLICE_PRESENCE,
        ),
        "watch": activity(promise, "Uppstartsmöten grannsamverkan", 4),
        "nothing": activity(promise, "Ingenting gjort", 3),
    }
    for key, data in specs.items():
        ids[key] = promises.add_activity(data).id
    promises.add_progress(ProgressInput(ids["watch"], date(2025, 2, 10), 1, "Möte i Norr"))
    promises.add_progress(ProgressInput(ids["watch"], date(2025, 8, 20), 1))
    promises.add_progress(ProgressInput(ids["meetings"], date(2025, 7, 1), 1, "Extra möte"))
    return World(store, promises, ids)


# (manual, counted, by_quarter, fulfilment) per activity and quarter, computed by hand.
EXPECTED: dict[int, dict[str, tuple[float, float, tuple[float, ...], Fulfilment]]] = {
    1: {
        "meetings": (0, 3, (3,), YES),  # 3 ≥ 12/4
        "hours_centrum": (0, 0, (0,), NO),
        "hours_all": (0, 0, (0,), NO),
        "times_all": (0, 0, (0,), NO),
        "watch": (1, 0, (1,), YES),  # 1 ≥ 4/4
        "nothing": (0, 0, (0,), NO),
    },
    2: {
        "meetings": (0, 3, (3, 3), PARTLY),  # 3 < 6
        "hours_centrum": (0, 10.5, (0, 10.5), PARTLY),  # 4 + 6.5 < 20
        "hours_all": (0, 13.5, (0, 13.5), YES),  # 4 + 6.5 + 3 ≥ 10
        "times_all": (0, 3, (0, 3), YES),  # 3 ≥ 2
        "watch": (1, 0, (1, 1), PARTLY),  # 1 < 2
        "nothing": (0, 0, (0, 0), NO),
    },
    3: {
        "meetings": (1, 3, (3, 3, 4), PARTLY),  # 4 < 9
        "hours_centrum": (0, 12.5, (0, 10.5, 12.5), PARTLY),
        "hours_all": (0, 15.5, (0, 13.5, 15.5), YES),  # 15.5 ≥ 15
        "times_all": (0, 4, (0, 3, 4), YES),  # 4 ≥ 3
        "watch": (2, 0, (1, 1, 2), PARTLY),  # 2 < 3
        "nothing": (0, 0, (0, 0, 0), NO),
    },
    4: {
        "meetings": (1, 3, (3, 3, 4, 4), PARTLY),
        "hours_centrum": (0, 12.5, (0, 10.5, 12.5, 12.5), PARTLY),
        "hours_all": (0, 15.5, (0, 13.5, 15.5, 15.5), PARTLY),  # 15.5 < 20
        "times_all": (0, 4, (0, 3, 4, 4), YES),  # 4 ≥ 4
        "watch": (2, 0, (1, 1, 2, 2), PARTLY),
        "nothing": (0, 0, (0, 0, 0, 0), NO),
    },
}


@pytest.mark.parametrize("quarter", [1, 2, 3, 4])
def test_each_quarter_matches_the_hand_computed_results(world: World, quarter: int) -> None:
    report = world.promises.follow_up(world.ids["promise"], quarter)
    assert (report.year, report.quarter, report.made_on) == (2025, quarter, TODAY)
    assert report.promise.data.title == "Tryggare centrum"
    names = {activity_id: key for key, activity_id in world.ids.items()}
    got = {
        names[r.activity.id]: (r.manual, r.counted, r.by_quarter, r.fulfilment)
        for r in report.activities
    }
    assert got == EXPECTED[quarter]
    assert [r.activity.data.title for r in report.activities][:2] == [
        "Möten",
        "Polisnärvaro i Centrum",
    ]
    for result in report.activities:
        assert result.result == result.by_quarter[-1]


def test_made_on_can_be_given(world: World) -> None:
    report = world.promises.follow_up(world.ids["promise"], 2, today=date(2025, 7, 1))
    assert report.made_on == date(2025, 7, 1)


def test_a_bad_quarter_or_an_unknown_promise_is_refused(world: World) -> None:
    for quarter in (0, 5):
        with pytest.raises(ValidationError) as caught:
            world.promises.follow_up(world.ids["promise"], quarter)
        assert set(caught.value.errors) == {"quarter"}
    with pytest.raises(NotFoundError):
        world.promises.follow_up("missing", 1)


def test_the_report_pdf_prints_the_follow_up_and_is_recorded_as_an_export(world: World) -> None:
    data = world.promises.report_pdf(world.ids["promise"], 2)
    assert data.startswith(b"%PDF")
    text = flat(pdf_text(data))
    assert flat("Tryggare centrum") in text
    assert flat("Polisnärvaro i Centrum") in text
    assert flat("10,5") in text
    with world.store.unit_of_work() as session:
        entries = list_entries(
            session, entity_type="citizen_promise", entity_id=world.ids["promise"]
        )
    assert AuditAction.EXPORT in [entry.action for entry in entries]
