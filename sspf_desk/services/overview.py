"""The overview page (Översikt): what needs the coordinator's attention on a day.

The store narrows each block down with indexed queries (open cases, open items due or
overdue, consents ending soon) and the domain rules of ``sspf_desk.domain.overview`` decide
exactly which rows belong in each block; the two concern blocks come from the concern
list's cached rows. Each row comes with the young person's name; a protected identity
shows no more than the name.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from sspf_desk.domain import ActionItem, AgeRules, Case, CaseStatus, ConcernOutcome, ReportStatus
from sspf_desk.domain.overview import (
    CONSENT_EXPECTED,
    URGENCY_RANK,
    ExpiringConsentRow,
    FollowUpRow,
    MissingConsentRow,
    OverdueActionRow,
    PendingConcernRow,
    consents_expiring,
    follow_ups_due,
    missing_guardian_consent,
    overdue_actions,
)
from sspf_desk.domain.plans import OPEN_ACTION_STATUSES
from sspf_desk.services import vault_settings
from sspf_desk.services.concern_rows import ConcernFilter, ConcernRow
from sspf_desk.services.sharing_facts import load_facts
from sspf_desk.store import reads
from sspf_desk.store.changes import CommitInfo
from sspf_desk.store.models import YoungPersonRecord
from sspf_desk.store.models_cases import ActionItemRecord, CaseRecord
from sspf_desk.store.models_consent import ConsentRecord
from sspf_desk.store.uow import Store

#: Follow-ups due within this many days are shown.
FOLLOW_UP_HORIZON_DAYS = 7

R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class OverviewItem(Generic[R]):
    """A row of a block with the young person it is about.

    Attributes:
        row: The block's row (ids, dates and the facts the block is about).
        young_person_name: First and last name ("" when the row is about an area or group).
        protected_identity: The young person has a protected identity (show only the name).
    """

    row: R
    young_person_name: str
    protected_identity: bool


@dataclass(frozen=True, slots=True)
class Overview:
    """The blocks of the overview page on ``day``, each sorted most urgent first."""

    day: date
    follow_ups_due: tuple[OverviewItem[FollowUpRow], ...]
    consents_expiring: tuple[OverviewItem[ExpiringConsentRow], ...]
    missing_consent: tuple[OverviewItem[MissingConsentRow], ...]
    overdue_actions: tuple[OverviewItem[OverdueActionRow], ...]
    concerns_awaiting: tuple[OverviewItem[PendingConcernRow], ...]
    reports_unanswered: tuple[OverviewItem[PendingConcernRow], ...]

    @property
    def counts(self) -> dict[str, int]:
        """Rows per block (for the navigation), keyed by the attribute names."""
        return {
            "follow_ups_due": len(self.follow_ups_due),
            "consents_expiring": len(self.consents_expiring),
            "missing_consent": len(self.missing_consent),
            "overdue_actions": len(self.overdue_actions),
            "concerns_awaiting": len(self.concerns_awaiting),
            "reports_unanswered": len(self.reports_unanswered),
        }


def _names(session: Session, ids: Collection[str]) -> dict[str, tuple[str, bool]]:
    """Names and protected flags of young persons by id."""
    found: dict[str, tuple[str, bool]] = {}
    items = list(ids)
    for start in range(0, len(items), 500):
        query = select(
            YoungPersonRecord.id,
            YoungPersonRecord.first_name,
            YoungPersonRecord.last_name,
            YoungPersonRecord.protected_identity,
        ).where(YoungPersonRecord.id.in_(items[start : start + 500]))
        found.update(
            (pid, (f"{first} {last}".strip(), bool(protected)))
            for pid, first, last, protected in session.execute(query)
        )
    return found


class _Namer:
    """Wraps block rows with the names of their young persons."""

    def __init__(self, names: dict[str, tuple[str, bool]]) -> None:
        self._names = names

    def __call__(
        self, rows: Sequence[R], person_of: Callable[[R], str | None]
    ) -> tuple[OverviewItem[R], ...]:
        """Wrap each row."""
        wrapped = []
        for row in rows:
            name, protected = self._names.get(person_of(row) or "", ("", False))
            wrapped.append(OverviewItem(row, name, protected))
        return tuple(wrapped)


def _pending(rows: Sequence[ConcernRow]) -> list[PendingConcernRow]:
    """Block rows of concerns, most urgent first, then the oldest.

    The concern list has already selected the concerns by the rule of the domain's
    ``concerns_awaiting`` / ``reports_unanswered``; the order is theirs too.
    """
    found = [
        PendingConcernRow(
            concern_id=row.id,
            young_person_id=row.young_person_id,
            level=row.level,
            source_sector=row.source_sector,
            received_on=row.received_on,
            urgency=row.urgency,
        )
        for row in rows
    ]
    return sorted(found, key=lambda r: (URGENCY_RANK[r.urgency], r.received_on, r.concern_id))


#: Tables whose changes can change the overview (a view's audit entry cannot).
WATCHED_TABLES = frozenset(
    {
        "young_person",
        "related_person",
        "person_link",
        "concern",
        "concern_risk",
        "risk_category",
        "consent",
        "consent_party",
        "consent_category",
        "sspf_case",
        "case_event",
        "action_plan",
        "action_item",
        "vault_setting",
    }
)


class OverviewService:
    """Builds the overview page; a built page is reused until a relevant change."""

    def __init__(
        self,
        store: Store,
        concern_rows: Callable[[ConcernFilter], list[ConcernRow]],
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        """Read from ``store`` and the concern list; ``today`` is the default day.

        Args:
            store: The open store.
            concern_rows: ``ConcernService.list_concerns`` (its cached rows keep the two
                concern blocks fast at 50 000 concerns).
            today: The clock giving the default day.
        """
        self._store = store
        self._concern_rows = concern_rows
        self._today = today
        self._lock = threading.Lock()
        self._cache: dict[date, Overview] = {}
        self._generation = 0
        store.add_commit_listener(self._on_commit)

    def _on_commit(self, changed: CommitInfo) -> None:
        """Forget built pages when something they show may have changed."""
        if not changed.tables.isdisjoint(WATCHED_TABLES):
            with self._lock:
                self._cache.clear()
                self._generation += 1

    def overview(self, day: date | None = None) -> Overview:
        """Return the blocks of the overview page on ``day`` (default today).

        The page is built once per day and data version: opening records (which only
        writes audit entries) does not rebuild it.
        """
        day = day or self._today()
        with self._lock:
            cached, generation = self._cache.get(day), self._generation
        if cached is not None:
            return cached
        built = self._build(day)
        with self._lock:
            if generation == self._generation:  # no change committed meanwhile
                self._cache[day] = built
        return built

    def _build(self, day: date) -> Overview:
        """Read and assemble every block for ``day``."""
        awaiting = _pending(self._concern_rows(ConcernFilter(outcome=ConcernOutcome.PENDING)))
        unanswered = _pending(
            self._concern_rows(ConcernFilter(report_status=ReportStatus.UNANSWERED))
        )
        with self._store.unit_of_work() as session:
            rules = vault_settings.AGE_RULES.read(session)
            lead = vault_settings.CONSENT_SETTINGS.read(session).expiry_lead_days
            cases = reads.read_cases(session, CaseRecord.status != CaseStatus.CLOSED)
            items = self._items_to_watch(session, day)
            follow_ups = follow_ups_due(items, cases, day, FOLLOW_UP_HORIZON_DAYS)
            overdue = overdue_actions(items, day, cases=cases)
            expiring = self._expiring(session, day, lead)
            missing = self._missing(session, cases, day, rules)
            persons = {c.young_person_id for c in cases}
            persons.update(row.young_person_id for row in expiring)
            persons.update(row.young_person_id or "" for row in (*awaiting, *unanswered))
            name = _Namer(_names(session, persons - {""}))
        return Overview(
            day=day,
            follow_ups_due=name(follow_ups, lambda row: row.young_person_id),
            consents_expiring=name(expiring, lambda row: row.young_person_id),
            missing_consent=name(missing, lambda row: row.young_person_id),
            overdue_actions=name(overdue, lambda row: row.young_person_id),
            concerns_awaiting=name(awaiting, lambda row: row.young_person_id),
            reports_unanswered=name(unanswered, lambda row: row.young_person_id),
        )

    @staticmethod
    def _items_to_watch(session: Session, day: date) -> list[ActionItem]:
        """Open items of open cases with a follow-up due within the horizon or overdue."""
        last = day + timedelta(days=FOLLOW_UP_HORIZON_DAYS)
        open_cases = select(CaseRecord.id).where(CaseRecord.status != CaseStatus.CLOSED)
        return reads.read_items(
            session,
            ActionItemRecord.case_id.in_(open_cases),
            ActionItemRecord.status.in_(sorted(OPEN_ACTION_STATUSES)),
            (ActionItemRecord.follow_up_on <= last) | (ActionItemRecord.deadline < day),
        )

    @staticmethod
    def _expiring(session: Session, day: date, lead: int) -> list[ExpiringConsentRow]:
        """Consents ending within the lead time and not renewed."""
        last = day + timedelta(days=lead)
        ending = select(ConsentRecord.young_person_id).where(
            ConsentRecord.valid_to.between(day, last),
            ConsentRecord.withdrawn_on.is_(None) | (ConsentRecord.withdrawn_on > day),
        )
        consents = reads.read_consents(session, ConsentRecord.young_person_id.in_(ending))
        return consents_expiring(consents, day, lead)

    @staticmethod
    def _missing(
        session: Session, cases: Sequence[Case], day: date, rules: AgeRules
    ) -> list[MissingConsentRow]:
        """Minors' open cases whose consents fail or warn for an SSPF party."""
        watched = [case for case in cases if case.status in CONSENT_EXPECTED]
        facts = load_facts(session, {case.young_person_id for case in watched}, grounds=False)
        subjects = {person_id: fact.subject() for person_id, fact in facts.items()}
        return missing_guardian_consent(watched, subjects, day, rules)
