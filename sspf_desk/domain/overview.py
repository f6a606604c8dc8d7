"""Rules of the overview page (Översikt): what needs the coordinator's attention on a day.

Pure functions over domain records; each returns small frozen rows with the ids and dates
the page needs (services add display names), sorted most urgent first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sspf_desk.domain.cases import Case
from sspf_desk.domain.concerns import Concern
from sspf_desk.domain.consent import SSPF_PARTIES, Consent, Party
from sspf_desk.domain.enums import (
    CaseStatus,
    ConcernLevel,
    ConcernOutcome,
    ConsenterRole,
    ReportStatus,
    Sector,
    Urgency,
)
from sspf_desk.domain.plans import ActionItem, is_overdue
from sspf_desk.domain.rules import age_on
from sspf_desk.domain.settings import AgeRules
from sspf_desk.domain.sharing import NO_GROUND, GuardianRef, may_share

#: Case statuses in which consent should be in place (or be asked for): every open one.
#: A case in intake was taken up as an SSPF case; getting consent is the next step, so
#: it belongs in the overview from the start (otherwise nothing there points at it).
CONSENT_EXPECTED = frozenset(
    {
        CaseStatus.INTAKE,
        CaseStatus.CONSENT,
        CaseStatus.MAPPING,
        CaseStatus.ACTIVE_PLAN,
        CaseStatus.FOLLOW_UP,
    }
)
#: Sort rank of urgencies, most urgent first.
URGENCY_RANK: Mapping[Urgency, int] = {
    Urgency.ACUTE: 0,
    Urgency.HIGH: 1,
    Urgency.NORMAL: 2,
    Urgency.LOW: 3,
}


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    """An open action item whose follow-up date is due within the horizon (or passed)."""

    item_id: str
    case_id: str
    young_person_id: str
    what: str
    sector: Sector
    responsible: str
    follow_up_on: date
    overdue: bool


@dataclass(frozen=True, slots=True)
class ExpiringConsentRow:
    """A consent valid today that ends within the lead time and has no renewal."""

    consent_id: str
    young_person_id: str
    consenter_role: ConsenterRole
    consenter_related_person_id: str | None
    valid_to: date
    days_left: int


@dataclass(frozen=True, slots=True)
class ConsentSubject:
    """What :func:`missing_guardian_consent` needs to know about one young person."""

    young_person_id: str
    birth_date: date | None
    guardians: tuple[GuardianRef, ...]
    consents: tuple[Consent, ...]


@dataclass(frozen=True, slots=True)
class MissingConsentRow:
    """An open case of a minor whose consents do not (fully) cover the SSPF parties.

    Attributes:
        missing: Parties consent does not allow sharing with.
        partial: Parties allowed, but with a warning (e.g. one of two guardians).
        messages: The distinct Swedish reasons and warnings.
    """

    case_id: str
    young_person_id: str
    case_status: CaseStatus
    missing: tuple[Party, ...]
    partial: tuple[Party, ...]
    messages: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OverdueActionRow:
    """An action item still planned or ongoing after its deadline."""

    item_id: str
    case_id: str
    young_person_id: str | None
    what: str
    sector: Sector
    responsible: str
    deadline: date
    days_overdue: int


@dataclass(frozen=True, slots=True)
class PendingConcernRow:
    """A concern awaiting a decision or an answer on the orosanmälan checkpoint."""

    concern_id: str
    young_person_id: str | None
    level: ConcernLevel
    source_sector: Sector
    received_on: date
    urgency: Urgency


def follow_ups_due(
    items: Sequence[ActionItem], cases: Sequence[Case], day: date, horizon_days: int = 7
) -> list[FollowUpRow]:
    """Open items of open cases with a follow-up on or before ``day + horizon_days``."""
    open_cases = {case.id: case for case in cases if not case.is_closed}
    last = day + timedelta(days=horizon_days)
    rows = [
        FollowUpRow(
            item_id=item.id,
            case_id=item.case_id,
            young_person_id=open_cases[item.case_id].young_person_id,
            what=item.what,
            sector=item.sector,
            responsible=item.responsible,
            follow_up_on=item.follow_up_on,
            overdue=item.follow_up_on < day,
        )
        for item in items
        if item.follow_up_on is not None
        and item.follow_up_on <= last
        and item.is_open
        and item.case_id in open_cases
    ]
    return sorted(rows, key=lambda row: (row.follow_up_on, row.item_id))


def _same_consenter(a: Consent, b: Consent) -> bool:
    """Whether two consents were given by the same person about the same young person."""
    return (
        a.young_person_id == b.young_person_id
        and a.consenter_role is b.consenter_role
        and a.consenter_related_person_id == b.consenter_related_person_id
    )


def _renews(later: Consent, ending: Consent, last_day: date) -> bool:
    """Whether ``later`` continues ``ending`` (ending on ``last_day``).

    Same consenter, no gap, lasting longer, not withdrawn by then, at least the same scope.
    """
    if later.id == ending.id or not _same_consenter(later, ending):
        return False
    if later.withdrawn_on is not None and later.withdrawn_on <= last_day:
        return False
    if later.valid_from > last_day + timedelta(days=1):
        return False
    if later.valid_to is not None and later.valid_to <= last_day:
        return False
    scope = frozenset(ending.categories)
    return all(later.covers(party, scope) for party in ending.parties)


def consents_expiring(
    consents: Sequence[Consent], day: date, lead_days: int
) -> list[ExpiringConsentRow]:
    """Consents valid on ``day`` whose last day is within ``lead_days`` and not yet renewed."""
    rows = [
        ExpiringConsentRow(
            consent_id=record.id,
            young_person_id=record.young_person_id,
            consenter_role=record.consenter_role,
            consenter_related_person_id=record.consenter_related_person_id,
            valid_to=record.valid_to,
            days_left=(record.valid_to - day).days,
        )
        for record in consents
        if record.valid_to is not None
        and record.is_valid_on(day)
        and (record.valid_to - day).days <= lead_days
        and not any(_renews(other, record, record.valid_to) for other in consents)
    ]
    return sorted(rows, key=lambda row: (row.valid_to, row.consent_id))


def _is_minor(birth_date: date | None, day: date, rules: AgeRules) -> bool:
    """Under ``only_self_from`` on ``day``; an unknown birth date counts as a minor."""
    return birth_date is None or age_on(birth_date, day) < rules.only_self_from


def _consent_gaps(
    case: Case,
    subject: ConsentSubject,
    day: date,
    rules: AgeRules,
    parties: Sequence[Party],
) -> MissingConsentRow | None:
    """Ask the sharing rule (consent only) for each party; a row when any fails or warns."""
    missing: list[Party] = []
    partial: list[Party] = []
    messages: list[str] = []
    for party in parties:
        decision = may_share(
            day=day,
            recipient=party,
            categories=frozenset(),
            birth_date=subject.birth_date,
            guardians=subject.guardians,
            consents=subject.consents,
            ground_records=(),
            rules=rules,
        )
        if not decision.allowed:
            missing.append(party)
        elif decision.warnings:
            partial.append(party)
        for text in (*decision.reasons, *decision.warnings):
            if text != NO_GROUND and text not in messages:
                messages.append(text)
    if not missing and not partial:
        return None
    return MissingConsentRow(
        case_id=case.id,
        young_person_id=case.young_person_id,
        case_status=case.status,
        missing=tuple(missing),
        partial=tuple(partial),
        messages=tuple(messages),
    )


def missing_guardian_consent(
    cases: Sequence[Case],
    subjects: Mapping[str, ConsentSubject],
    day: date,
    rules: AgeRules,
    parties: Sequence[Party] = SSPF_PARTIES,
) -> list[MissingConsentRow]:
    """Minors' open cases whose consents fail or warn for any of ``parties``.

    Args:
        cases: Cases to look at (closed cases do not count).
        subjects: Per young person id, the birth date, guardians and consents; a person
            missing here is treated as having none of them.
        day: The day to judge.
        rules: The configured age rules.
        parties: The parties consent should cover (default: the four SSPF sectors).
    """
    rows: list[MissingConsentRow] = []
    for case in cases:
        if case.status not in CONSENT_EXPECTED:
            continue
        subject = subjects.get(case.young_person_id) or ConsentSubject(
            case.young_person_id, None, (), ()
        )
        if not _is_minor(subject.birth_date, day, rules):
            continue
        row = _consent_gaps(case, subject, day, rules, parties)
        if row is not None:
            rows.append(row)
    return sorted(rows, key=lambda row: (-len(row.missing), row.case_id))


def overdue_actions(
    items: Sequence[ActionItem], day: date, *, cases: Sequence[Case] | None = None
) -> list[OverdueActionRow]:
    """Items past their deadline and still open, the longest overdue first.

    When ``cases`` is given, items of closed cases are left out and the rows carry the
    young person's id; otherwise ``young_person_id`` is None.
    """
    by_id = {case.id: case for case in cases} if cases is not None else None
    rows: list[OverdueActionRow] = []
    for item in items:
        if not is_overdue(item, day) or item.deadline is None:
            continue
        case = by_id.get(item.case_id) if by_id is not None else None
        if by_id is not None and (case is None or case.is_closed):
            continue
        rows.append(
            OverdueActionRow(
                item_id=item.id,
                case_id=item.case_id,
                young_person_id=case.young_person_id if case is not None else None,
                what=item.what,
                sector=item.sector,
                responsible=item.responsible,
                deadline=item.deadline,
                days_overdue=(day - item.deadline).days,
            )
        )
    return sorted(rows, key=lambda row: (row.deadline, row.item_id))


def _pending_row(concern: Concern) -> PendingConcernRow:
    """The overview row of ``concern``."""
    return PendingConcernRow(
        concern_id=concern.id,
        young_person_id=concern.young_person_id,
        level=concern.level,
        source_sector=concern.source_sector,
        received_on=concern.received_on,
        urgency=concern.urgency,
    )


def _by_urgency(rows: list[PendingConcernRow]) -> list[PendingConcernRow]:
    """Most urgent first, then the oldest."""
    return sorted(
        rows, key=lambda row: (URGENCY_RANK[row.urgency], row.received_on, row.concern_id)
    )


def concerns_awaiting(concerns: Sequence[Concern]) -> list[PendingConcernRow]:
    """Concerns whose outcome is still pending."""
    return _by_urgency([_pending_row(c) for c in concerns if c.outcome is ConcernOutcome.PENDING])


def reports_unanswered(concerns: Sequence[Concern]) -> list[PendingConcernRow]:
    """Concerns where nobody has answered whether an orosanmälan is needed."""
    return _by_urgency(
        [_pending_row(c) for c in concerns if c.report.status is ReportStatus.UNANSWERED]
    )
