"""Small fakes of the service facade for UI tests that do not need a real vault."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

from sspf_desk.domain import (
    Gender,
    IdKind,
    Role,
    User,
    YoungPerson,
    YoungPersonInput,
    parse_identity,
)
from sspf_desk.errors import KnownError


def stored_person(data: YoungPersonInput, person_id: str | None = None) -> YoungPerson:
    """Return ``data`` as the service would store it (identity normalised, birth date derived)."""
    now = datetime.now(UTC)
    identity = parse_identity(data.id_number) if data.id_number.strip() else None
    return YoungPerson(
        id=person_id or str(uuid.uuid4()),
        first_name=data.first_name.strip(),
        last_name=data.last_name.strip(),
        id_number=identity.normalized if identity else None,
        id_kind=identity.kind if identity else IdKind.NONE,
        protected_identity=data.protected_identity,
        birth_date=identity.birth_date if identity else data.birth_date,
        gender=data.gender,
        school=data.school,
        school_class=data.school_class,
        area=data.area,
        home_municipality=data.home_municipality,
        interpreter_language=data.interpreter_language,
        created_at=now,
        updated_at=now,
    )


@dataclass(frozen=True)
class FakeRow:
    """Same shape as ``services.YoungPersonRow`` (contracts.md §B)."""

    id: str
    first_name: str
    last_name: str
    id_display: str
    birth_date: date | None
    gender: Gender
    school: str
    school_class: str
    area: str
    protected_identity: bool
    guardian_count: int


def row(
    first: str,
    last: str,
    *,
    id_display: str = "",
    birth: date | None = None,
    school: str = "",
    area: str = "",
    protected: bool = False,
    guardians: int = 0,
) -> FakeRow:
    """Build a row with sensible defaults."""
    return FakeRow(
        id=str(uuid.uuid4()),
        first_name=first,
        last_name=last,
        id_display="Skyddad identitet" if protected else id_display,
        birth_date=birth,
        gender=Gender.UNKNOWN,
        school=school,
        school_class="",
        area=area,
        protected_identity=protected,
        guardian_count=guardians,
    )


class FakePersons:
    """In-memory person service: enough for the list and the editor."""

    def __init__(self, notify: Callable[[], None]) -> None:
        self._people: dict[str, YoungPerson] = {}
        self._notify = notify

    def list_young_persons(self) -> list[FakeRow]:
        """Rows for the list view."""
        return [
            FakeRow(
                id=p.id,
                first_name=p.first_name,
                last_name=p.last_name,
                id_display=p.id_display,
                birth_date=p.birth_date,
                gender=p.gender,
                school=p.school,
                school_class=p.school_class,
                area=p.area,
                protected_identity=p.protected_identity,
                guardian_count=0,
            )
            for p in self._people.values()
        ]

    def get_young_person(self, person_id: str) -> YoungPerson:
        """One person."""
        return self._people[person_id]

    def create_young_person(self, data: YoungPersonInput) -> YoungPerson:
        """Store a new person."""
        person = stored_person(data)
        self._people[person.id] = person
        self._notify()
        return person

    def update_young_person(self, person_id: str, data: YoungPersonInput) -> YoungPerson:
        """Replace a person's fields."""
        person = replace(
            stored_person(data, person_id), created_at=self._people[person_id].created_at
        )
        self._people[person_id] = person
        self._notify()
        return person


class FakeWorkspace:
    """Implements the part of ``services.Workspace`` the GUI uses, without a vault."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.closed = False
        self.opened_with_recovery_key = False
        now = datetime.now(UTC)
        self.current_user = User("u1", "Kim Samordnare", Role.COORDINATOR, "slot", True, now, now)
        self.close_error: KnownError | None = None
        self._change_listeners: list[Callable[[object], None]] = []
        self._save_listeners: list[Callable[[object], None]] = []
        self.persons = FakePersons(self._changed)

    def add_change_listener(self, callback: Callable[[object], None]) -> None:
        """Register a change listener."""
        self._change_listeners.append(callback)

    def add_save_listener(self, callback: Callable[[object], None]) -> None:
        """Register a save listener."""
        self._save_listeners.append(callback)

    def pending_changes(self) -> bool:
        """Nothing is ever pending here."""
        return False

    def flush(self, timeout: float | None = None) -> None:
        """Nothing to wait for."""

    def close(self, *, discard_unsaved: bool = False) -> None:
        """Mark closed (or fail like an unsaved workspace when ``close_error`` is set)."""
        if self.close_error is not None and not discard_unsaved:
            raise self.close_error
        self.closed = True

    def _changed(self) -> None:
        for callback in self._change_listeners:
            callback(object())


class FakeAccess:
    """Opens ``FakeWorkspace`` objects; a passphrase other than ``secret`` raises ``error``."""

    def __init__(self, secret: str = "rätt lösenfras", error: Exception | None = None) -> None:
        self.secret = secret
        self.error = error
        self.opened: list[FakeWorkspace] = []

    def open(self, path: Path, passphrase: str | None, recovery_key: str | None) -> FakeWorkspace:
        """Open (or refuse)."""
        if (passphrase or recovery_key) != self.secret and self.error is not None:
            raise self.error
        workspace = FakeWorkspace(path)
        self.opened.append(workspace)
        return workspace

    def create(self, path: Path, user_name: str, passphrase: str) -> tuple[FakeWorkspace, str]:
        """Create."""
        path.write_bytes(b"fake")
        workspace = FakeWorkspace(path)
        self.opened.append(workspace)
        return workspace, "ABCD-EFGH-IJKL-MNOP"
