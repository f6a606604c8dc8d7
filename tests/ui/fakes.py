"""Small fakes of the service facade for UI tests that do not need a real vault."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

from sspf_desk.domain import (
    CustodyType,
    Gender,
    IdKind,
    RelatedPerson,
    RelatedPersonInput,
    Relationship,
    Role,
    User,
    YoungPerson,
    YoungPersonInput,
    normalize_related_person,
    parse_identity,
    passphrase_problem,
    validate_link,
)
from sspf_desk.domain.text import SearchQuery, SearchText
from sspf_desk.errors import KnownError, ValidationError
from sspf_desk.services.changes import ChangeSet
from sspf_desk.services.person_rows import RelatedPersonRow, related_row
from tests.ui.fakes_concerns import FakeConcerns, FakeOverview


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


@dataclass(frozen=True)
class _FakeLink:
    """The link fields a related-person row needs."""

    id: str
    relationship: Relationship
    custody_type: CustodyType


def stored_related(data: RelatedPersonInput, person_id: str | None = None) -> RelatedPerson:
    """Return ``data`` as the service would store it (after the domain's validation)."""
    fields = normalize_related_person(data)
    now = datetime.now(UTC)
    return RelatedPerson(
        id=person_id or str(uuid.uuid4()),
        first_name=fields.first_name,
        last_name=fields.last_name,
        id_number=fields.id_number,
        phone=fields.phone,
        email=fields.email,
        address=fields.address,
        protected_address=fields.protected_address,
        interpreter_language=fields.interpreter_language,
        created_at=now,
        updated_at=now,
    )


def _check_link(relationship: Relationship, custody: CustodyType) -> None:
    errors = validate_link(relationship, custody)
    if errors:
        raise ValidationError(errors)


class _RelatedMethods:
    """The related-person half of the fake person service (mixed into ``FakePersons``)."""

    _related: dict[str, RelatedPerson]
    _links: dict[str, dict[str, tuple[Relationship, CustodyType]]]
    _notify: Callable[[], None]

    def list_related_persons(self, young_person_id: str) -> list[RelatedPersonRow]:
        """Rows of the links of one young person (the service's own row type)."""
        return [
            related_row(self._related[related_id], _FakeLink(related_id, relationship, custody))
            for related_id, (relationship, custody) in self._links.get(young_person_id, {}).items()
        ]

    def get_related_person(self, related_person_id: str) -> RelatedPerson:
        """One related person."""
        return self._related[related_person_id]

    def add_related_person(
        self,
        young_person_id: str,
        data: RelatedPersonInput,
        relationship: Relationship,
        custody: CustodyType,
    ) -> RelatedPerson:
        """Add and link."""
        _check_link(relationship, custody)
        person = stored_related(data)
        self._related[person.id] = person
        self._links.setdefault(young_person_id, {})[person.id] = (relationship, custody)
        self._notify()
        return person

    def update_related_person(
        self,
        young_person_id: str,
        related_person_id: str,
        data: RelatedPersonInput,
        relationship: Relationship,
        custody: CustodyType,
    ) -> RelatedPerson:
        """Change a related person and the link."""
        _check_link(relationship, custody)
        person = stored_related(data, related_person_id)
        self._related[person.id] = person
        self._links[young_person_id][person.id] = (relationship, custody)
        self._notify()
        return person

    def unlink_related_person(self, young_person_id: str, related_person_id: str) -> None:
        """Remove the link."""
        del self._links[young_person_id][related_person_id]
        self._notify()


class FakePersons(_RelatedMethods):
    """In-memory person service: enough for the list and the editors."""

    def __init__(self, notify: Callable[[], None]) -> None:
        self._people: dict[str, YoungPerson] = {}
        self._related: dict[str, RelatedPerson] = {}
        self._links: dict[str, dict[str, tuple[Relationship, CustodyType]]] = {}
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
                guardian_count=sum(
                    1
                    for relationship, _custody in self._links.get(p.id, {}).values()
                    if relationship is Relationship.GUARDIAN
                ),
            )
            for p in self._people.values()
        ]

    def search_young_persons(self, text: str) -> list[FakeRow]:
        """Rows whose name contains every word of ``text``."""
        query = SearchQuery.parse(text)
        return [
            r
            for r in self.list_young_persons()
            if query.matches(SearchText.of(r.first_name, r.last_name))
        ]

    @property
    def people(self) -> dict[str, YoungPerson]:
        """Stored persons by id (for the fake concern service's names)."""
        return self._people

    def get_young_person(self, person_id: str) -> YoungPerson:
        """One person."""
        return self._people[person_id]

    def create_young_person(self, data: YoungPersonInput) -> YoungPerson:
        """Store a new person."""
        person = stored_person(data)
        self._people[person.id] = person
        self._notify()
        return person

    def delete_young_person(self, person_id: str) -> None:
        """Delete a person, their links and related persons left without a link."""
        del self._people[person_id]
        linked = self._links.pop(person_id, {})
        still_linked = {rid for links in self._links.values() for rid in links}
        for related_id in set(linked) - still_linked:
            del self._related[related_id]
        self._notify()

    def update_young_person(self, person_id: str, data: YoungPersonInput) -> YoungPerson:
        """Replace a person's fields."""
        person = replace(
            stored_person(data, person_id), created_at=self._people[person_id].created_at
        )
        self._people[person_id] = person
        self._notify()
        return person


def make_user(user_id: str, name: str, *, active: bool = True) -> User:
    """A user as the service returns it."""
    now = datetime.now(UTC)
    return User(user_id, name, Role.COORDINATOR, f"slot-{user_id}", active, now, now)


class FakeUsers:
    """In-memory user service: records new passphrases (the domain rule applies)."""

    def __init__(self, users: list[User]) -> None:
        self.users = users
        self.passphrases: dict[str, str] = {}
        self.error: Exception | None = None

    def list_users(self) -> list[User]:
        """Every user."""
        return list(self.users)

    def set_passphrase(self, user_id: str, passphrase: str) -> None:
        """Record the new passphrase (or fail like the service)."""
        if self.error is not None:
            raise self.error
        problem = passphrase_problem(passphrase)
        if problem is not None:
            raise ValidationError({"passphrase": problem})
        self.passphrases[user_id] = passphrase


@dataclass(frozen=True)
class FakeRecoveryKey:
    """A recovery key's text."""

    text: str


class FakeWorkspace:
    """Implements the part of ``services.Workspace`` the GUI uses, without a vault."""

    def __init__(self, path: Path, *, recovery: bool = False) -> None:
        self.path = path
        self.file_id = bytes(range(16))
        self.closed = False
        self.opened_with_recovery_key = recovery
        kim = make_user("u1", "Kim Samordnare")
        users = [kim, make_user("u2", "Sam Skola"), make_user("u3", "Ex Anställd", active=False)]
        self.current_user = (
            replace(kim, id="recovery", name="Återställningsnyckel") if recovery else kim
        )
        self.users = FakeUsers(users)
        self.recovery_keys: list[str] = []
        self.close_error: KnownError | None = None
        self._change_listeners: list[Callable[[object], None]] = []
        self._save_listeners: list[Callable[[object], None]] = []
        self.persons = FakePersons(self._changed)
        self.concerns = FakeConcerns(self.persons, self._changed)
        from tests.ui.fakes_cases import FakeCases  # these import this module
        from tests.ui.fakes_casework import FakeAnonymise, FakeConsents, Hub

        hub = Hub(self._change_listeners)  # type: ignore[arg-type]
        self.consents = FakeConsents(self.persons, hub)
        self.cases = FakeCases(self.persons, hub)
        self.consents.cases = self.cases
        self.anonymise = FakeAnonymise(self.persons, self.cases, hub)
        self.overview = FakeOverview(self.concerns)
        from tests.ui.fakes_meetings import FakeMeetings, FakeMinutes, FakePlanning
        from tests.ui.fakes_talks import FakeTalks

        self.meetings = FakeMeetings(self.persons)  # type: ignore[arg-type]
        self.meeting_planning = FakePlanning(self.meetings)
        self.minutes = FakeMinutes()
        self.concern_talks = FakeTalks(self.persons, self._changed)  # type: ignore[arg-type]
        from tests.ui.fakes_group_level import FakeGroupLevel
        from tests.ui.fakes_promises import FakePromises
        from tests.ui.fakes_situation import FakeStatistics

        self.group_level = FakeGroupLevel()
        self.statistics = FakeStatistics()
        self.promises = FakePromises()

    def replace_recovery_key(self) -> FakeRecoveryKey:
        """Make a new recovery key (fails like the saver when ``close_error`` is set)."""
        if self.close_error is not None:
            raise self.close_error
        key = FakeRecoveryKey(f"NEWK-EY{len(self.recovery_keys):02d}-ABCD-EFGH")
        self.recovery_keys.append(key.text)
        return key

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
        """Nothing to wait for (fails like a full disk when ``close_error`` is set)."""
        if self.close_error is not None:
            raise self.close_error

    def close(self, *, discard_unsaved: bool = False) -> None:
        """Mark closed (or fail like an unsaved workspace when ``close_error`` is set)."""
        if self.close_error is not None and not discard_unsaved:
            raise self.close_error
        self.closed = True

    def _changed(self) -> None:
        changes = ChangeSet(frozenset({"young_person", "related_person", "person_link", "concern"}))
        for callback in self._change_listeners:
            callback(changes)


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
        workspace = FakeWorkspace(path, recovery=recovery_key is not None)
        self.opened.append(workspace)
        return workspace

    def create(self, path: Path, user_name: str, passphrase: str) -> tuple[FakeWorkspace, str]:
        """Create."""
        path.write_bytes(b"fake")
        workspace = FakeWorkspace(path)
        self.opened.append(workspace)
        return workspace, "ABCD-EFGH-IJKL-MNOP"
