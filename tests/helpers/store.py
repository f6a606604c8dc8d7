"""Factories for store tests: a migrated in-memory store and sample records."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sspf_desk.domain import CustodyType, Gender, IdKind, Relationship, Role
from sspf_desk.store import Store
from sspf_desk.store.models import (
    PersonLinkRecord,
    RelatedPersonRecord,
    UserRecord,
    YoungPersonRecord,
)


@dataclass
class PersistRecorder:
    """Collects ``(image, seq)`` pairs handed over by a store."""

    calls: list[tuple[bytes, int]] = field(default_factory=list)

    def __call__(self, image: bytes, seq: int) -> None:
        """Record one hand-over."""
        self.calls.append((image, seq))


def new_store(*, actor: str = "tester") -> tuple[Store, PersistRecorder]:
    """Return a migrated brand-new store whose hand-overs are recorded."""
    store = Store.open(actor=actor)
    store.migrate()
    recorder = PersistRecorder()
    store.set_persist(recorder)
    return store, recorder


def young_record(first: str = "Ada", last: str = "Berg", **extra: object) -> YoungPersonRecord:
    """A young person record with sensible defaults."""
    values: dict[str, object] = {
        "first_name": first,
        "last_name": last,
        "id_kind": IdKind.NONE,
        "gender": Gender.UNKNOWN,
        "birth_date": date(2011, 5, 4),
    }
    values.update(extra)
    return YoungPersonRecord(**values)


def related_record(first: str = "Eva", last: str = "Berg") -> RelatedPersonRecord:
    """A related person record."""
    return RelatedPersonRecord(first_name=first, last_name=last)


def link_record(
    young: YoungPersonRecord, related: RelatedPersonRecord, *, guardian: bool = True
) -> PersonLinkRecord:
    """A link between two records (guardian with joint custody by default)."""
    return PersonLinkRecord(
        young_person=young,
        related_person=related,
        relationship=Relationship.GUARDIAN if guardian else Relationship.SIBLING,
        custody_type=CustodyType.JOINT if guardian else CustodyType.NONE,
    )


def user_record(name: str = "Kim Koordinator", slot_id: str = "slot-1") -> UserRecord:
    """A user record."""
    return UserRecord(name=name, role=Role.COORDINATOR, slot_id=slot_id, active=True)
