"""PromiseService: promises, activities in order, progress entries, validation, audit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from sspf_desk.domain import AuditAction, MeetingType
from sspf_desk.domain.promises import (
    ActivityCounting,
    ActivityInput,
    ProgressInput,
    PromiseInput,
    Signatory,
)
from sspf_desk.errors import NotFoundError, ValidationError
from sspf_desk.services.promise_rows import PromiseRow
from sspf_desk.services.promises import PromiseService
from sspf_desk.store import Store
from sspf_desk.store.audit import list_entries
from sspf_desk.store.models_promises import PromiseActivityRecord, PromiseProgressRecord
from tests.helpers.store import new_store

TODAY = date(2025, 6, 15)


def promise_input(year: int = 2025, **extra: object) -> PromiseInput:
    values: dict[str, object] = {
        "year": year,
        "municipality": "Exempelkommun",
        "police_area": "LPO Exempel",
        "title": f"Medborgarlöfte {year}",
        "problem": "Otrygghet kring torget kvällstid.",
        "focus_areas": ("Trygga offentliga miljöer", "Ungdomar"),
        "effects": "Fler känner sig trygga.",
        "signatories": (Signatory("Anna Ek", "Kommunstyrelsens ordförande"),),
    }
    values.update(extra)
    return PromiseInput(**values)  # type: ignore[arg-type]


def activity_input(promise_id: str, title: str = "Polisnärvaro", **extra: object) -> ActivityInput:
    values: dict[str, object] = {
        "promise_id": promise_id,
        "title": title,
        "owner": "Polisen",
        "target": 400.0,
        "unit": "timmar",
    }
    values.update(extra)
    return ActivityInput(**values)  # type: ignore[arg-type]


def service() -> tuple[Store, PromiseService]:
    store = new_store()[0]
    return store, PromiseService(store, today=lambda: TODAY)


def test_promise_round_trip_list_and_audit() -> None:
    store, promises = service()
    assert promises.list_promises() == []
    older = promises.create_promise(promise_input(2024))
    newer = promises.create_promise(promise_input(2025))
    assert promises.get_promise(newer.id).data == promise_input(2025)
    promises.add_activity(activity_input(newer.id))
    promises.add_activity(activity_input(newer.id, "Trygghetsvandringar"))
    assert promises.list_promises() == [
        PromiseRow(newer.id, 2025, "Medborgarlöfte 2025", "Exempelkommun", "LPO Exempel", 2),
        PromiseRow(older.id, 2024, "Medborgarlöfte 2024", "Exempelkommun", "LPO Exempel", 0),
    ]
    changed = replace(promise_input(2025), title="Tryggare centrum", focus_areas=())
    assert promises.update_promise(newer.id, changed).data == changed
    with store.unit_of_work() as session:
        actions = [e.action for e in list_entries(session, entity_type="citizen_promise")]
    assert actions.count(AuditAction.INSERT) == 2
    assert AuditAction.UPDATE in actions


def test_invalid_promises_are_refused_with_field_messages() -> None:
    _, promises = service()
    bad = promise_input(1999, title=" ", focus_areas=("",), signatories=(Signatory("", "x"),))
    with pytest.raises(ValidationError) as caught:
        promises.create_promise(bad)
    assert set(caught.value.errors) == {"year", "title", "focus_areas.0", "signatories.0.name"}
    with pytest.raises(NotFoundError):
        promises.update_promise("missing", promise_input())
    stored = promises.create_promise(promise_input())
    with pytest.raises(ValidationError):
        promises.update_promise(stored.id, bad)
    assert promises.get_promise(stored.id).data == promise_input()


def test_activities_keep_their_order_and_move() -> None:
    _, promises = service()
    promise = promises.create_promise(promise_input()).id
    ids = [promises.add_activity(activity_input(promise, t)).id for t in "ABCD"]

    def titles() -> str:
        return "".join(a.data.title for a in promises.activities(promise))

    assert titles() == "ABCD"
    promises.move_activity(ids[3], -2)
    assert titles() == "ADBC"
    promises.move_activity(ids[0], 10)  # stops at the end
    assert titles() == "DBCA"
    promises.move_activity(ids[1], -10)  # and at the start
    assert titles() == "BDCA"
    assert [a.position for a in promises.activities(promise)] == [0, 1, 2, 3]
    promises.delete_activity(ids[3])
    assert titles() == "BCA"
    assert promises.add_activity(activity_input(promise, "E")).position == 4
    assert titles() == "BCAE"
    with pytest.raises(NotFoundError):
        promises.move_activity("missing", 1)
    with pytest.raises(NotFoundError):
        promises.activities("missing")


def test_activity_validation_and_update_keeps_the_place() -> None:
    _, promises = service()
    promise = promises.create_promise(promise_input()).id
    other = promises.create_promise(promise_input(2024)).id
    first = promises.add_activity(activity_input(promise, "A"))
    second = promises.add_activity(activity_input(promise, "B"))
    with pytest.raises(ValidationError) as caught:
        promises.add_activity(activity_input(promise, counting=ActivityCounting.MEETINGS))
    assert set(caught.value.errors) == {"meeting_type"}
    with pytest.raises(NotFoundError):
        promises.add_activity(activity_input("missing"))
    counted = activity_input(
        promise,
        "Möten",
        counting=ActivityCounting.MEETINGS,
        meeting_type=MeetingType.OPERATIONAL_GROUP,
        target=12,
        unit="möten",
    )
    updated = promises.update_activity(first.id, counted)
    assert (updated.data, updated.position) == (counted, first.position)
    with pytest.raises(ValidationError) as caught:
        promises.update_activity(second.id, activity_input(other))
    assert set(caught.value.errors) == {"promise_id"}
    with pytest.raises(NotFoundError):
        promises.update_activity("missing", counted)


def test_progress_is_checked_against_the_promise_year_and_today() -> None:
    store, promises = service()
    promise = promises.create_promise(promise_input(2025)).id
    activity = promises.add_activity(activity_input(promise)).id
    later = promises.add_progress(ProgressInput(activity, date(2025, 5, 2), 12.5, "Maj"))
    earlier = promises.add_progress(ProgressInput(activity, date(2025, 2, 1), 4))
    assert [p.id for p in promises.progress(activity)] == [earlier.id, later.id]
    for on, amount, field in (
        (date(2024, 12, 31), 1.0, "on"),
        (date(2025, 6, 16), 1.0, "on"),  # after today
        (date(2025, 3, 1), 0.0, "amount"),
    ):
        with pytest.raises(ValidationError) as caught:
            promises.add_progress(ProgressInput(activity, on, amount))
        assert set(caught.value.errors) == {field}
    assert promises.add_progress(ProgressInput(activity, TODAY, -2)).data.amount == -2
    with pytest.raises(NotFoundError):
        promises.add_progress(ProgressInput("missing", TODAY, 1))
    changed = ProgressInput(activity, date(2025, 1, 15), 5, "Rättat")
    assert promises.update_progress(earlier.id, changed).data == changed
    other = promises.add_activity(activity_input(promise, "B")).id
    with pytest.raises(ValidationError) as caught:
        promises.update_progress(earlier.id, replace(changed, activity_id=other))
    assert set(caught.value.errors) == {"activity_id"}
    promises.delete_progress(later.id)
    assert len(promises.progress(activity)) == 2
    with pytest.raises(NotFoundError):
        promises.delete_progress(later.id)
    with store.unit_of_work() as session:
        actions = [e.action for e in list_entries(session, entity_type="promise_progress")]
    assert actions.count(AuditAction.INSERT) == 3
    assert AuditAction.DELETE in actions


def test_deleting_a_promise_deletes_its_activities_and_progress_row_by_row() -> None:
    store, promises = service()
    promise = promises.create_promise(promise_input()).id
    kept = promises.create_promise(promise_input(2024)).id
    activity = promises.add_activity(activity_input(promise)).id
    promises.add_activity(activity_input(kept))
    promises.add_progress(ProgressInput(activity, date(2025, 3, 3), 2))
    promises.delete_promise(promise)
    with pytest.raises(NotFoundError):
        promises.get_promise(promise)
    with pytest.raises(NotFoundError):
        promises.delete_promise(promise)
    with store.unit_of_work() as session:
        assert session.query(PromiseProgressRecord).count() == 0
        assert session.query(PromiseActivityRecord).count() == 1
        deleted = [e.entity_type for e in list_entries(session) if e.action is AuditAction.DELETE]
    assert sorted(deleted) == ["citizen_promise", "promise_activity", "promise_progress"]
