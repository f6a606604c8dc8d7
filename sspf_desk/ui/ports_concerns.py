"""What the Översikt and Orosignaler pages need from the services, as ``Protocol`` types.

Like ``ui.ports`` these keep the GUI off the storage layers: the real ``Workspace`` gives
``ConcernService`` and ``OverviewService`` (checked by mypy in ``sspf_desk.app``), tests
hand in small fakes. Row types come from the services' light modules, which import only
the domain.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol, TypeVar

from sspf_desk.domain import (
    Concern,
    ConcernInput,
    ConcernOutcome,
    RiskCategory,
    YoungPerson,
    YoungPersonInput,
)
from sspf_desk.domain.overview import (
    ExpiringConsentRow,
    FollowUpRow,
    MissingConsentRow,
    OverdueActionRow,
    PendingConcernRow,
)
from sspf_desk.services.concern_rows import ConcernFilter, ConcernRow
from sspf_desk.services.person_rows import YoungPersonRow


class ConcernsPort(Protocol):
    """The concern service calls the GUI makes."""

    def list_concerns(self, criteria: ConcernFilter | None = None) -> list[ConcernRow]:
        """The concerns meeting ``criteria`` (all when None), newest first."""
        ...

    def get_concern(self, concern_id: str) -> Concern:
        """One concern (recorded as a view when it is about a young person)."""
        ...

    def create_concern(self, data: ConcernInput) -> Concern:
        """Store a new concern; raises ``ValidationError``."""
        ...

    def update_concern(self, concern_id: str, data: ConcernInput) -> Concern:
        """Change a concern; raises ``ValidationError``."""
        ...

    def set_outcome(
        self, concern_id: str, outcome: ConcernOutcome, on: date | None, reason: str = ""
    ) -> str | None:
        """Record the decision; an SSPF case outcome opens (or links) a case and returns its id."""
        ...

    def list_risk_categories(self, *, include_inactive: bool = False) -> list[RiskCategory]:
        """The risk categories by position (only active ones unless asked)."""
        ...

    def add_risk_category(self, label: str) -> RiskCategory:
        """Add an active category at the end (vault settings); raises ``ValidationError``."""
        ...

    def save_risk_category(self, category: RiskCategory) -> RiskCategory:
        """Change a category's label, position or active flag; raises ``ValidationError``."""
        ...

    def delete_risk_category(self, code: str) -> None:
        """Delete a category no concern uses; raises ``ValidationError`` otherwise."""
        ...


class PersonPickerPort(Protocol):
    """What choosing (or adding) the young person of a concern needs."""

    def search_young_persons(self, text: str) -> Sequence[YoungPersonRow]:
        """Young persons matching every word of ``text`` (name, number digits, school, area)."""
        ...

    def create_young_person(self, data: YoungPersonInput) -> YoungPerson:
        """Store a new young person; raises ``ValidationError``."""
        ...


R_co = TypeVar("R_co", covariant=True)


class OverviewItemView(Protocol[R_co]):
    """A row of an overview block with the name of the young person it is about."""

    @property
    def row(self) -> R_co:
        """The block's row (ids, dates and facts; see ``domain.overview``)."""
        ...

    @property
    def young_person_name(self) -> str:
        """First and last name ("" when the row is about an area or group)."""
        ...

    @property
    def protected_identity(self) -> bool:
        """The young person has a protected identity (show only the name)."""
        ...


class OverviewView(Protocol):
    """The blocks of the overview page on a day, each sorted most urgent first."""

    @property
    def day(self) -> date:
        """The day the overview was built for."""
        ...

    @property
    def follow_ups_due(self) -> Sequence[OverviewItemView[FollowUpRow]]:
        """Open action items whose follow-up is due within the week (or passed)."""
        ...

    @property
    def consents_expiring(self) -> Sequence[OverviewItemView[ExpiringConsentRow]]:
        """Consents ending within the lead time, not renewed."""
        ...

    @property
    def missing_consent(self) -> Sequence[OverviewItemView[MissingConsentRow]]:
        """Minors' cases whose consents miss a party or a guardian."""
        ...

    @property
    def overdue_actions(self) -> Sequence[OverviewItemView[OverdueActionRow]]:
        """Action items still open after their deadline."""
        ...

    @property
    def concerns_awaiting(self) -> Sequence[OverviewItemView[PendingConcernRow]]:
        """Concerns without a decision."""
        ...

    @property
    def reports_unanswered(self) -> Sequence[OverviewItemView[PendingConcernRow]]:
        """Concerns whose orosanmälan checkpoint nobody has answered."""
        ...


class OverviewPort(Protocol):
    """The overview service."""

    def overview(self, day: date | None = None) -> OverviewView:
        """The blocks on ``day`` (default today)."""
        ...
