"""Row-level export and import helpers."""

from __future__ import annotations

import json

import pytest

from sspf_desk.errors import UsageError
from sspf_desk.store import Store, verify_chain
from sspf_desk.store.changes import CommitInfo
from sspf_desk.store.rows import (
    SEEDED_TABLES,
    count_rows,
    delete_rows,
    insert_rows,
    iter_rows,
    table_names,
)
from tests.helpers.store import link_record, new_store, related_record, user_record, young_record


def dump(store: Store) -> dict[str, list[dict[str, object]]]:
    """Every row of every table, JSON-ready."""
    with store.unit_of_work() as session:
        return {name: list(iter_rows(session, name)) for name in table_names()}


def test_tables_are_in_dependency_order() -> None:
    names = table_names()
    assert names.index("young_person") < names.index("person_link")
    assert names.index("related_person") < names.index("person_link")
    assert "alembic_version" not in names


def test_round_trip_through_json_into_a_fresh_store() -> None:
    source, _ = new_store()
    with source.unit_of_work() as session:
        session.add(user_record())
        session.add(link_record(young_record("Åsa", "Öberg"), related_record()))
    exported = json.loads(json.dumps(dump(source)))
    target, recorder = new_store()
    seen: list[CommitInfo] = []
    target.add_commit_listener(seen.append)
    with target.unit_of_work() as session:
        for name in table_names():
            if name in SEEDED_TABLES:
                delete_rows(session, name)
            insert_rows(session, name, exported[name])
    assert dump(target) == exported
    assert len(recorder.calls) == 1
    assert {"young_person", "audit_entry", "meta"} <= seen[0].tables
    assert seen[0].ids("young_person") is None
    with target.unit_of_work() as session:
        assert verify_chain(session).ok
        assert count_rows(session, "young_person") == 1


def test_values_are_json_types() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        session.add(young_record())
    row = dump(store)["young_person"][0]
    assert row["birth_date"] == "2011-05-04"
    assert isinstance(row["created_at"], str)
    assert str(row["created_at"]).endswith("Z")
    assert row["protected_identity"] is False
    assert row["id_kind"] == "none"


def test_unknown_table_or_column_is_refused() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        with pytest.raises(UsageError):
            list(iter_rows(session, "nope"))
        with pytest.raises(UsageError):
            insert_rows(session, "meta", [{"key": "a", "value": "b", "bogus": 1}])
