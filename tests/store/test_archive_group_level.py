"""The JSON export with the group level and medborgarlöften: byte-identical round trip."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select

from sspf_desk.domain import ActionStatus, MeetingType, Sector
from sspf_desk.domain.group_level import MeasureInput, MeasureKind, ObservationInput
from sspf_desk.domain.promises import ActivityCounting, ActivityInput, ProgressInput
from sspf_desk.services.archive import (
    ImportRefusedError,
    dump_document,
    export_document,
    import_document,
)
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
from tests.store.test_models_group_level import PROMISE, SITE, measure_input
from tests.store.test_models_meetings import add_meeting

TABLES = (
    "group_site",
    "group_observation",
    "group_measure",
    "citizen_promise",
    "promise_activity",
    "promise_progress",
)


@dataclass
class Holder:
    """Exposes a store like the Workspace does."""

    store: Store


def filled_store() -> Store:
    """A store with every group-level and promise table filled (nulls and numbers included)."""
    store, _ = new_store()
    with store.unit_of_work() as session:
        site = GroupSiteRecord()
        site.apply(SITE)
        session.add(site)
        meeting = add_meeting(session)
        observation = GroupObservationRecord()
        observation.apply(ObservationInput(site.id, date(2025, 3, 7), Sector.LEISURE, "Lugnt."))
        linked, bare = GroupMeasureRecord(), GroupMeasureRecord()
        linked.apply(measure_input(site.id, meeting.id))
        bare.apply(
            MeasureInput(site.id, MeasureKind.SAFETY_WALK, "Trygghetsvandring", Sector.OTHER)
        )
        promise = PromiseRecord()
        promise.apply(PROMISE)
        session.add_all([observation, linked, bare, promise])
        session.flush()
        hours, manual = PromiseActivityRecord(position=0), PromiseActivityRecord(position=1)
        hours.apply(
            ActivityInput(
                promise.id,
                "Polisnärvaro",
                "Polisen",
                4000,
                "timmar",
                counting=ActivityCounting.MEASURE_HOURS,
                measure_kind=MeasureKind.POLICE_PRESENCE,
            )
        )
        manual.apply(
            ActivityInput(
                promise.id,
                "Kartläggningsmöten",
                "Kommunen",
                2.5,
                "möten",
                counting=ActivityCounting.MEETINGS,
                meeting_type=MeetingType.OPERATIONAL_GROUP,
            )
        )
        session.add_all([hours, manual])
        session.flush()
        progress = PromiseProgressRecord()
        progress.apply(ProgressInput(manual.id, date(2025, 2, 3), 1.25, "Uppstart i Öster"))
        session.add(progress)
        assert linked.status is ActionStatus.DONE
    return store


def test_export_import_export_is_byte_identical_with_sites_and_promises() -> None:
    source = filled_store()
    first = export_document(Holder(source))
    for table in TABLES:
        assert first["records"][table], table
    measures = {row["kind"]: row for row in first["records"]["group_measure"]}
    assert measures["police_presence"]["hours"] == 12.5
    assert measures["safety_walk"]["hours"] is None
    assert measures["safety_walk"]["meeting_id"] is None
    (promise,) = first["records"]["citizen_promise"]
    assert promise["focus_areas"].startswith('["Trygg offentlig miljö"')
    (progress,) = first["records"]["promise_progress"]
    assert (progress["on_day"], progress["amount"]) == ("2025-02-03", 1.25)
    target, _ = new_store()
    counts = import_document(Holder(target), copy.deepcopy(first))
    assert {table: counts[table] for table in TABLES} == {
        "group_site": 1,
        "group_observation": 1,
        "group_measure": 2,
        "citizen_promise": 1,
        "promise_activity": 2,
        "promise_progress": 1,
    }
    second = export_document(Holder(target))
    assert dump_document(second) == dump_document(first)
    with target.unit_of_work() as session:
        (stored,) = session.scalars(select(PromiseRecord))
        assert stored.to_domain().data == PROMISE


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("group_measure", "site_id", "saknas"),
        ("promise_progress", "activity_id", "saknas"),
        ("group_measure", "kind", "razzia"),
    ],
)
def test_a_broken_row_is_refused_by_its_record_type(table: str, column: str, value: str) -> None:
    document = export_document(Holder(filled_store()))
    document["records"][table][0][column] = value
    target, _ = new_store()
    with pytest.raises(ImportRefusedError) as caught:
        import_document(Holder(target), document)
    assert table in caught.value.message()
    with target.unit_of_work() as session:
        assert list(session.scalars(select(GroupSiteRecord))) == []
