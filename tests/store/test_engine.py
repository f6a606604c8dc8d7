"""The in-memory database: pragmas, foreign keys, images, integrity check."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, func, select, text
from sqlalchemy.exc import IntegrityError

from sspf_desk.errors import BugError
from sspf_desk.store import InconsistentDatabaseError, MemoryDatabase, Store
from sspf_desk.store.models import PersonLinkRecord, YoungPersonRecord
from tests.helpers.store import link_record, new_store, related_record, young_record


def pragmas(store: Store) -> tuple[int, int, int]:
    """Return (temp_store, secure_delete, foreign_keys) as seen through the engine."""
    with store.engine.connect() as connection:
        values = [
            connection.exec_driver_sql(f"PRAGMA {name}").scalar_one()
            for name in ("temp_store", "secure_delete", "foreign_keys")
        ]
    return values[0], values[1], values[2]


def test_pragmas_on_new_and_loaded_database() -> None:
    store, _ = new_store()
    assert pragmas(store) == (2, 1, 1)
    loaded = Store.open(store.serialize())
    assert pragmas(loaded) == (2, 1, 1)


def test_foreign_keys_are_enforced() -> None:
    store, _ = new_store()
    with pytest.raises(IntegrityError), store.unit_of_work() as session:
        session.add(
            PersonLinkRecord(
                young_person_id="missing",
                related_person_id="missing",
                relationship="guardian",
                custody_type="joint",
            )
        )


def test_deleting_a_young_person_cascades_to_links_in_sql() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        young = young_record()
        session.add(link_record(young, related_record()))
    with store.unit_of_work() as session:
        session.execute(delete(YoungPersonRecord))
    with store.unit_of_work() as session:
        assert session.scalar(select(func.count()).select_from(PersonLinkRecord)) == 0


def test_image_round_trip() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        session.add(young_record("Åsa", "Öberg"))
    loaded = Store.open(store.serialize())
    with loaded.unit_of_work() as session:
        names = session.execute(select(YoungPersonRecord.first_name)).scalars().all()
    assert names == ["Åsa"]


def test_empty_database_cannot_serialize_but_a_migrated_one_can() -> None:
    database = MemoryDatabase()
    with pytest.raises(Exception, match="serialize"):
        database.serialize()
    store, _ = new_store()
    assert store.serialize().startswith(b"SQLite format 3\x00")


def test_garbage_image_is_inconsistent() -> None:
    with pytest.raises(InconsistentDatabaseError) as info:
        MemoryDatabase(b"not a database at all" * 300)
    assert info.value.exit_code == 4


def test_damaged_page_fails_quick_check() -> None:
    store, _ = new_store()
    with store.unit_of_work() as session:
        session.add_all(young_record(f"Namn{i}", "Efternamn" * 8) for i in range(300))
    with store.engine.connect() as connection:
        root = connection.execute(
            text("SELECT rootpage FROM sqlite_schema WHERE name = 'young_person'")
        ).scalar_one()
        page_size = connection.exec_driver_sql("PRAGMA page_size").scalar_one()
    image = bytearray(store.serialize())
    offset = (root - 1) * page_size + 12  # the cell pointer array of the table's root page
    image[offset : offset + 16] = b"\xff" * 16
    damaged = MemoryDatabase(bytes(image))
    assert damaged.quick_check()
    with pytest.raises(InconsistentDatabaseError):
        damaged.ensure_consistent()
    MemoryDatabase(store.serialize()).ensure_consistent()


def test_memory_database_never_reconnects() -> None:
    store, _ = new_store()
    store.engine.dispose()
    with pytest.raises(BugError):
        store.engine.connect()


def test_close_frees_the_database() -> None:
    store, _ = new_store()
    store.close()
    with pytest.raises(BugError):
        store.database.serialize()
    with pytest.raises(BugError), store.unit_of_work():
        pass
