"""A young person's timeline: concerns, consents, case status changes and plan work by date.

:func:`build_timeline` is pure (domain objects in, entries out); ``CaseService.timeline``
reads the records and calls it. Meetings join the timeline when they are built.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime

from sspf_desk.domain import (
    CASE_STATUS_LABELS,
    CONSENTER_ROLE_LABELS,
    SECTOR_LABELS,
    ActionItem,
    ActionPlan,
    Case,
    CaseEvent,
    CaseStatus,
    Concern,
    Consent,
)
from sspf_desk.services.case_rows import TimelineEntry, TimelineKind


def local_day(moment: datetime) -> date:
    """The local calendar day of a UTC timestamp."""
    return moment.astimezone().date()


def _concern_entries(concerns: Iterable[Concern]) -> Iterable[TimelineEntry]:
    """One entry per concern, on the day it came in."""
    for concern in concerns:
        title = f"Orosignal från {SECTOR_LABELS[concern.source_sector].lower()}"
        yield TimelineEntry(concern.received_on, TimelineKind.CONCERN, title, concern.id)


def _consent_entries(consents: Iterable[Consent]) -> Iterable[TimelineEntry]:
    """A consent from its first day; a withdrawal on its own day."""
    for consent in consents:
        who = CONSENTER_ROLE_LABELS[consent.consenter_role].lower()
        yield TimelineEntry(
            consent.valid_from, TimelineKind.CONSENT, f"Samtycke ({who})", consent.id
        )
        if consent.withdrawn_on is not None:
            title = f"Samtycke återkallat ({who})"
            yield TimelineEntry(
                consent.withdrawn_on, TimelineKind.CONSENT_WITHDRAWN, title, consent.id
            )


def event_title(event: CaseEvent) -> str:
    """A Swedish description of one status change."""
    after = CASE_STATUS_LABELS[event.to_status]
    if event.from_status is None:
        return f"Ärende öppnat ({after})"
    if event.to_status is CaseStatus.CLOSED:
        return "Ärende avslutat"
    if event.from_status is CaseStatus.CLOSED:
        return f"Ärende öppnat igen ({after})"
    return f"Ärende: {CASE_STATUS_LABELS[event.from_status]} → {after}"


def _case_entries(
    events: Iterable[CaseEvent], opened: Mapping[str, date]
) -> Iterable[TimelineEntry]:
    """One entry per status change; the opening on the case's opening date."""
    for event in events:
        day = local_day(event.at)
        if event.from_status is None:
            day = opened.get(event.case_id, day)
        yield TimelineEntry(
            day, TimelineKind.CASE_STATUS, event_title(event), event.case_id, event.at
        )


def _plan_entries(
    plans: Iterable[ActionPlan], items: Iterable[ActionItem]
) -> Iterable[TimelineEntry]:
    """A plan when written (and last changed); an item from its start (or creation)."""
    for plan in plans:
        written = local_day(plan.created_at)
        yield TimelineEntry(
            written, TimelineKind.PLAN, "Åtagandeplan upprättad", plan.id, plan.created_at
        )
        changed = local_day(plan.updated_at)
        if changed != written:
            yield TimelineEntry(
                changed, TimelineKind.PLAN, "Åtagandeplan ändrad", plan.id, plan.updated_at
            )
    for item in items:
        day = item.start_on or local_day(item.created_at)
        yield TimelineEntry(day, TimelineKind.ACTION, f"Insats: {item.what}", item.id)


def build_timeline(
    *,
    concerns: Sequence[Concern],
    consents: Sequence[Consent],
    cases: Sequence[Case],
    events: Sequence[CaseEvent],
    plans: Sequence[ActionPlan],
    items: Sequence[ActionItem],
) -> list[TimelineEntry]:
    """Merge everything about one young person into entries in date order."""
    entries = [
        *_concern_entries(concerns),
        *_consent_entries(consents),
        *_case_entries(events, {case.id: case.opened_on for case in cases}),
        *_plan_entries(plans, items),
    ]
    return sorted(entries, key=lambda entry: entry.sort_key)
