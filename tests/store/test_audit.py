"""The automatic, hash-chained audit trail."""

from __future__ import annotations

from sqlalchemy import text

from sspf_desk.domain import AuditAction
from sspf_desk.store import Store, record_view, verify_chain
from sspf_desk.store.audit import list_entries
from sspf_desk.store.models import YoungPersonRecord
from tests.helpers.store import link_record, new_store, related_record, user_record, young_record


def entries(store: Store) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(action, entity_type, actor, fields) of every entry, oldest first."""
    with store.unit_of_work() as session:
        found = list_entries(session)
    return [(e.action, e.entity_type, e.actor, e.fields) for e in reversed(found)]


def chain(store: Store) -> tuple[bool, int, int | None]:
    """Verify the chain and return (ok, entries, first_bad_seq)."""
    with store.unit_of_work() as session:
        report = verify_chain(session)
    return report.ok, report.entries, report.first_bad_seq


def populated() -> tuple[Store, str]:
    """A store with five audited changes; returns it and the young person's id."""
    store, _ = new_store(actor="user-1")
    with store.unit_of_work() as session:
        session.add(user_record())
        young = young_record("Hemlig", "Person")
        session.add(link_record(young, related_record()))
    with store.unit_of_work() as session:
        record = session.get(YoungPersonRecord, young.id)
        assert record is not None
        record.school = "Ekskolan"
        record.first_name = "Hemlig"  # unchanged value: not reported
    return store, young.id


def test_inserts_updates_and_views_are_recorded() -> None:
    store, young_id = populated()
    with store.unit_of_work() as session:
        record_view(session, "young_person", young_id)
    found = entries(store)
    assert [(a, t) for a, t, _, _ in found] == [
        ("insert", "person_link"),
        ("insert", "related_person"),
        ("insert", "user"),
        ("insert", "young_person"),
        ("update", "young_person"),
        ("view", "young_person"),
    ]
    assert {actor for _, _, actor, _ in found} == {"user-1"}
    assert found[4][3] == ("school",)


def test_values_never_enter_the_audit_trail() -> None:
    store, _ = populated()
    with store.engine.connect() as connection:
        rows = connection.execute(text("SELECT * FROM audit_entry")).all()
    dumped = repr(rows)
    for value in ("Hemlig", "Person", "Ekskolan", "Eva", "Kim Koordinator"):
        assert value not in dumped


def test_delete_cascades_are_audited() -> None:
    store, young_id = populated()
    with store.unit_of_work() as session:
        record = session.get(YoungPersonRecord, young_id)
        session.delete(record)
    deleted = [(a, t) for a, t, _, _ in entries(store) if a == AuditAction.DELETE]
    assert sorted(deleted) == [("delete", "person_link"), ("delete", "young_person")]


def test_intact_chain_verifies() -> None:
    store, _ = populated()
    assert chain(store) == (True, 5, None)
    assert chain(Store.open(store.serialize())) == (True, 5, None)


def test_empty_chain_verifies() -> None:
    store, _ = new_store()
    assert chain(store) == (True, 0, None)


def tamper(store: Store, *statements: str) -> None:
    """Run raw SQL against the store (as an attacker with the key could)."""
    with store.engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))


def test_altered_entry_is_detected() -> None:
    store, _ = populated()
    tamper(store, "UPDATE audit_entry SET actor = 'someone-else' WHERE seq = 3")
    assert chain(store) == (False, 3, 3)


def test_altered_fields_are_detected() -> None:
    store, _ = populated()
    tamper(store, "UPDATE audit_entry SET fields = '' WHERE seq = 5")
    assert chain(store)[2] == 5


def test_removed_entry_is_detected() -> None:
    store, _ = populated()
    tamper(store, "DELETE FROM audit_entry WHERE seq = 2")
    assert chain(store) == (False, 2, 2)


def test_reordered_entries_are_detected() -> None:
    store, _ = populated()
    tamper(
        store,
        "UPDATE audit_entry SET seq = 100 WHERE seq = 2",
        "UPDATE audit_entry SET seq = 2 WHERE seq = 3",
        "UPDATE audit_entry SET seq = 3 WHERE seq = 100",
    )
    assert chain(store)[2] == 2


def test_truncated_chain_is_detected() -> None:
    store, _ = populated()
    tamper(store, "DELETE FROM audit_entry WHERE seq >= 4")
    assert chain(store) == (False, 3, 4)


def test_truncation_with_rewound_head_seq_is_detected() -> None:
    store, _ = populated()
    tamper(
        store,
        "DELETE FROM audit_entry WHERE seq = 5",
        "UPDATE meta SET value = '4' WHERE key = 'audit.head_seq'",
    )
    assert chain(store)[0] is False


def test_new_entries_continue_the_chain_after_reload() -> None:
    store, young_id = populated()
    loaded = Store.open(store.serialize(), actor="user-2")
    with loaded.unit_of_work() as session:
        record_view(session, "young_person", young_id)
    assert chain(loaded) == (True, 6, None)
    assert entries(loaded)[-1][2] == "user-2"
