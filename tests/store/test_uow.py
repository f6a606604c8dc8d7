"""The unit of work: persist only committed changes, then notify."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from sspf_desk.errors import BugError
from sspf_desk.store import Store
from sspf_desk.store.changes import CommitInfo
from sspf_desk.store.models import YoungPersonRecord
from tests.helpers.store import link_record, new_store, related_record, young_record


def count_young(store: Store) -> int:
    """Return the number of young persons."""
    with store.unit_of_work() as session:
        return int(session.scalar(select(func.count()).select_from(YoungPersonRecord)) or 0)


def test_image_is_handed_over_only_after_commit() -> None:
    store, recorder = new_store()
    with store.unit_of_work() as session:
        session.add(young_record())
        session.flush()
        assert recorder.calls == []
    assert [seq for _, seq in recorder.calls] == [1]
    assert count_young(Store.open(recorder.calls[0][0])) == 1


def test_rollback_hands_over_nothing() -> None:
    store, recorder = new_store()

    class BoomError(Exception):
        pass

    with pytest.raises(BoomError), store.unit_of_work() as session:
        session.add(young_record())
        session.flush()
        raise BoomError
    assert recorder.calls == []
    assert count_young(store) == 0


def test_read_only_unit_of_work_hands_over_nothing() -> None:
    store, recorder = new_store()
    assert count_young(store) == 0
    assert recorder.calls == []
    assert store.seq == 0


def test_seq_increases_per_commit() -> None:
    store, recorder = new_store()
    for _ in range(3):
        with store.unit_of_work() as session:
            session.add(young_record())
    assert [seq for _, seq in recorder.calls] == [1, 2, 3]
    assert store.persist_now() == 4


def test_commit_listener_gets_changed_tables() -> None:
    store, _ = new_store()
    seen: list[CommitInfo] = []
    store.add_commit_listener(seen.append)
    with store.unit_of_work() as session:
        record = young_record()
        session.add(record)
    assert seen[0].tables == frozenset({"young_person", "audit_entry"})
    assert seen[0].ids("young_person") == frozenset({record.id})
    assert seen[0].bulk_tables == frozenset()


def test_commit_info_names_the_young_person_of_a_link() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        young = young_record()
        session.add(young)
    seen: list[CommitInfo] = []
    store.add_commit_listener(seen.append)
    with store.unit_of_work() as session:
        session.add(link_record(session.merge(young), related_record()))
    assert seen[0].ids("young_person") == frozenset({young.id})
    assert seen[0].tables >= {"person_link", "related_person"}


def test_listener_may_open_a_new_unit_of_work() -> None:
    store, _ = new_store()
    counts: list[int] = []
    store.add_commit_listener(lambda _changed: counts.append(count_young(store)))
    with store.unit_of_work() as session:
        session.add(young_record())
    assert counts == [1]


def test_units_of_work_do_not_nest() -> None:
    store, _ = new_store()
    with store.unit_of_work(), pytest.raises(BugError), store.unit_of_work():
        pass


def test_objects_stay_readable_after_commit() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        record = young_record("Åke")
        session.add(record)
    assert record.first_name == "Åke"
    assert len(record.id) == 36
