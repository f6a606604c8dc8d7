"""What the GUI needs from the service facade, as structural types (``Protocol``).

The GUI depends on these instead of ``services.workspace.Workspace`` so that it never
pulls in the storage layers (import-linter forbids ``ui`` to reach ``store``/``vault``,
also indirectly), and so tests can hand in small fakes. ``sspf_desk.app`` passes the real
``Workspace``; mypy checks there that it satisfies ``WorkspacePort``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from sspf_desk.domain import (
    CustodyType,
    RelatedPerson,
    RelatedPersonInput,
    Relationship,
    User,
    YoungPerson,
    YoungPersonInput,
)
from sspf_desk.services.changes import ChangeSet, SaveStatus
from sspf_desk.services.person_rows import RelatedPersonRow, YoungPersonRow
from sspf_desk.ui.dialogs.import_state import ListImportPort
from sspf_desk.ui.ports_casework import AnonymisePort, CasesPort, ConsentsPort
from sspf_desk.ui.ports_concerns import ConcernsPort, OverviewPort
from sspf_desk.ui.ports_group_level import GroupLevelPort
from sspf_desk.ui.ports_meetings import MeetingPlanningPort, MeetingsPort, MinutesPort
from sspf_desk.ui.ports_promises import PromisesPort
from sspf_desk.ui.ports_situation import StatisticsPort
from sspf_desk.ui.ports_talks import ConcernTalksPort


class PersonsPort(Protocol):
    """The person service calls the GUI makes."""

    def list_young_persons(self) -> list[YoungPersonRow]:
        """Every young person, as list rows."""
        ...

    def search_young_persons(self, text: str) -> Sequence[YoungPersonRow]:
        """Young persons matching every word of ``text`` (name, number digits, school, area)."""
        ...

    def get_young_person(self, person_id: str) -> YoungPerson:
        """One young person (recorded as a view in the audit trail)."""
        ...

    def create_young_person(self, data: YoungPersonInput) -> YoungPerson:
        """Store a new young person; raises ``ValidationError``."""
        ...

    def update_young_person(self, person_id: str, data: YoungPersonInput) -> YoungPerson:
        """Change a young person; raises ``ValidationError``."""
        ...

    def delete_young_person(self, person_id: str) -> None:
        """Delete a young person, their links, and related persons left without a link."""
        ...

    def list_related_persons(self, young_person_id: str) -> Sequence[RelatedPersonRow]:
        """The guardians and other related persons of a young person."""
        ...

    def get_related_person(self, related_person_id: str) -> RelatedPerson:
        """One related person (recorded as a view in the audit trail)."""
        ...

    def add_related_person(
        self,
        young_person_id: str,
        data: RelatedPersonInput,
        relationship: Relationship,
        custody: CustodyType,
    ) -> RelatedPerson:
        """Add a related person and link them; raises ``ValidationError``."""
        ...

    def update_related_person(
        self,
        young_person_id: str,
        related_person_id: str,
        data: RelatedPersonInput,
        relationship: Relationship,
        custody: CustodyType,
    ) -> RelatedPerson:
        """Change a related person and their link; raises ``ValidationError``."""
        ...

    def unlink_related_person(self, young_person_id: str, related_person_id: str) -> None:
        """Remove the link (a related person left without links is deleted)."""
        ...


class UsersPort(Protocol):
    """The user service calls the GUI makes."""

    def list_users(self) -> list[User]:
        """Every user, active first, by name."""
        ...

    def set_passphrase(self, user_id: str, passphrase: str) -> None:
        """Give a user a new passphrase (slow: derives a key); raises ``ValidationError``."""
        ...


class RecoveryKeyView(Protocol):
    """A recovery key as the GUI sees it: only its printable text."""

    @property
    def text(self) -> str:
        """The grouped Base32 text, shown once."""
        ...


class WorkspacePort(Protocol):
    """One open vault, as the GUI uses it."""

    @property
    def path(self) -> Path:
        """The vault file."""
        ...

    @property
    def current_user(self) -> User:
        """The user whose key slot opened the vault."""
        ...

    @property
    def opened_with_recovery_key(self) -> bool:
        """Whether the recovery key opened the vault."""
        ...

    @property
    def file_id(self) -> bytes:
        """The vault's stable id (printed, shortened, on the recovery sheet)."""
        ...

    @property
    def persons(self) -> PersonsPort:
        """Young persons and their related persons."""
        ...

    @property
    def consents(self) -> ConsentsPort:
        """Consents, the sharing check, signed forms and the consent settings."""
        ...

    @property
    def anonymise(self) -> AnonymisePort:
        """Anonymising a young person (irreversible)."""
        ...

    @property
    def cases(self) -> CasesPort:
        """Cases, their status trail, action plans and the timeline."""
        ...

    @property
    def concerns(self) -> ConcernsPort:
        """Concerns (orosignaler) and the risk categories."""
        ...

    @property
    def meetings(self) -> MeetingsPort:
        """Meetings, attendance, the gated agenda and the minutes' life cycle."""
        ...

    @property
    def meeting_planning(self) -> MeetingPlanningPort:
        """Standing agendas, meeting series and calendar files."""
        ...

    @property
    def minutes(self) -> MinutesPort:
        """The minutes and excerpts as PDF."""
        ...

    @property
    def concern_talks(self) -> ConcernTalksPort:
        """Bekymringssamtal (concern talks)."""
        ...

    @property
    def group_level(self) -> GroupLevelPort:
        """Places and groups (selective level): observations and measures."""
        ...

    @property
    def statistics(self) -> StatisticsPort:
        """The lägesbild: published (suppressed) statistics and their reports."""
        ...

    @property
    def promises(self) -> PromisesPort:
        """Medborgarlöften: promises, activities, progress and the follow-up report."""
        ...

    @property
    def overview(self) -> OverviewPort:
        """The overview page's blocks."""
        ...

    @property
    def users(self) -> UsersPort:
        """Users and their passphrases."""
        ...

    def replace_recovery_key(self) -> RecoveryKeyView:
        """Replace the recovery key and save; the old key stops working."""
        ...

    @property
    def list_import(self) -> ListImportPort:
        """Bringing in CSV/XLSX lists (the import wizard)."""
        ...

    def add_change_listener(self, cb: Callable[[ChangeSet], None]) -> None:
        """Call ``cb`` synchronously after each commit."""
        ...

    def add_save_listener(self, cb: Callable[[SaveStatus], None]) -> None:
        """Call ``cb`` when saving starts and ends (possibly on the saver thread)."""
        ...

    def flush(self, timeout: float | None = None) -> None:
        """Wait until every change is on disk; raises the save error if the last save failed."""
        ...

    def close(self, *, discard_unsaved: bool = False) -> None:
        """Save, release the vault lock and drop the keys (see ``Workspace.close``)."""
        ...
