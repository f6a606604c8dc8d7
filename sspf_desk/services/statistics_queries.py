"""Raw counts of the lägesbild: categories × time buckets, counted in SQL.

Internal to the statistics service: these are the *unsuppressed* counts and never leave
``services.statistics`` except in tests. Each count is a GROUP BY over the month of the
record's date and its category (every bucket of a query is a union of months); only the
age bands and lead times need per-record dates, and then only ``(date, date)`` tuples are
read, never whole records.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, String, func, literal, or_, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from sspf_desk.domain import (
    CLOSING_REASON_LABELS,
    MEETING_TYPE_LABELS,
    SECTOR_LABELS,
    ActionStatus,
    ClosingReason,
    ConcernLevel,
    MeetingStatus,
    Sector,
)
from sspf_desk.domain.group_level import MEASURE_KIND_LABELS
from sspf_desk.domain.statistics import StatsQuery
from sspf_desk.domain.text import swedish_sort_key
from sspf_desk.services.statistics_concerns import concern_tables
from sspf_desk.services.statistics_counting import (
    Counted,
    Counter,
    RawTable,
    enum_table,
    grouped,
    person_area,
)
from sspf_desk.store.models import YoungPersonRecord
from sspf_desk.store.models_cases import ActionItemRecord, CaseRecord
from sspf_desk.store.models_concerns import ConcernRecord
from sspf_desk.store.models_consent import ConsentRecord
from sspf_desk.store.models_group_level import (
    GroupMeasureRecord,
    GroupObservationRecord,
    GroupSiteRecord,
)
from sspf_desk.store.models_meetings import MeetingRecord


@dataclass(frozen=True, slots=True)
class RawCounts:
    """Every raw table of a query plus what the key figures need."""

    tables: dict[str, RawTable]
    lead_days: tuple[int, ...]
    open_cases: int


def _two_rows(
    session: Session,
    query: StatsQuery,
    key: str,
    rows: Sequence[tuple[str, Any, Select[Any]]],
) -> RawTable:
    counter = Counter(query, [label for label, _, _ in rows])
    for label, day, base in rows:
        counter.add((m, label, n) for m, _, n in grouped(session, day, literal(1), base, query))
    return counter.table(key, [label for label, _, _ in rows])


def _by_person(record: Any, query: StatsQuery) -> Select[Any]:
    return (
        select()
        .select_from(record)
        .join(YoungPersonRecord, YoungPersonRecord.id == record.young_person_id)
        .where(*person_area(query))
    )


def _case_tables(session: Session, query: StatsQuery) -> dict[str, RawTable]:
    consents = _by_person(ConsentRecord, query)
    cases = _by_person(CaseRecord, query)
    closed = cases.where(CaseRecord.closed_on.is_not(None))
    reasons = list(ClosingReason)
    closing = grouped(
        session, CaseRecord.closed_on, func.coalesce(CaseRecord.closing_reason, "other"),
        closed, query,
    )  # fmt: skip
    closing_counter = Counter(query, [r.value for r in reasons]).add(closing)
    items = (
        select()
        .select_from(ActionItemRecord)
        .join(CaseRecord, CaseRecord.id == ActionItemRecord.case_id)
        .join(YoungPersonRecord, YoungPersonRecord.id == CaseRecord.young_person_id)
        .where(*person_area(query))
    )
    item_day = func.coalesce(
        type_coerce(ActionItemRecord.start_on, String),
        func.substr(type_coerce(ActionItemRecord.created_at, String), 1, 10),
    )
    return {
        "consents": _two_rows(
            session, query, "consents",
            [
                ("Lämnade samtycken", ConsentRecord.valid_from, consents),
                ("Återkallade samtycken", ConsentRecord.withdrawn_on, consents),
            ],
        ),
        "cases": _two_rows(
            session, query, "cases",
            [
                ("Öppnade ärenden", CaseRecord.opened_on, cases),
                ("Avslutade ärenden", CaseRecord.closed_on, closed),
            ],
        ),
        "closing_reasons": closing_counter.table(
            "closing_reasons", [CLOSING_REASON_LABELS[r] for r in reasons]
        ),
        "actions_by_sector": enum_table(
            session, query, "actions_by_sector", SECTOR_LABELS,
            Counted(item_day, ActionItemRecord.sector, items),
        ),
    }  # fmt: skip


def _meetings(session: Session, query: StatsQuery) -> RawTable:
    base = select().select_from(MeetingRecord).where(MeetingRecord.status != MeetingStatus.PLANNED)
    counted = Counted(MeetingRecord.held_on, MeetingRecord.meeting_type, base)
    return enum_table(session, query, "meetings_held", MEETING_TYPE_LABELS, counted)


def _site_area(query: StatsQuery) -> list[ColumnElement[bool]]:
    return [] if query.area is None else [GroupSiteRecord.area == query.area]


def _group_tables(session: Session, query: StatsQuery) -> dict[str, RawTable]:
    selective = (
        select()
        .select_from(ConcernRecord)
        .where(ConcernRecord.level == ConcernLevel.SELECTIVE)
        .where(*([] if query.area is None else [ConcernRecord.area == query.area]))
    )
    observations = (
        select()
        .select_from(GroupObservationRecord)
        .join(GroupSiteRecord, GroupSiteRecord.id == GroupObservationRecord.site_id)
        .where(*_site_area(query))
    )
    signals = Counter(query, list(Sector))
    signals.add(
        grouped(session, ConcernRecord.received_on, ConcernRecord.source_sector, selective, query)
    )
    signals.add(
        grouped(
            session, GroupObservationRecord.observed_on, GroupObservationRecord.sector,
            observations, query,
        )
    )  # fmt: skip
    measures = (
        select()
        .select_from(GroupMeasureRecord)
        .join(GroupSiteRecord, GroupSiteRecord.id == GroupMeasureRecord.site_id)
        .where(GroupMeasureRecord.status == ActionStatus.DONE, *_site_area(query))
    )
    return {
        "area_signals": signals.table("area_signals", [SECTOR_LABELS[s] for s in Sector]),
        "group_measures": enum_table(
            session, query, "group_measures", MEASURE_KIND_LABELS,
            Counted(GroupMeasureRecord.done_on, GroupMeasureRecord.kind, measures),
        ),
    }  # fmt: skip


def open_cases_at(session: Session, day: date, area: str | None) -> int:
    """Cases opened on or before ``day`` and not closed by then."""
    text = day.isoformat()
    stmt = (
        select(func.count())
        .select_from(CaseRecord)
        .join(YoungPersonRecord, YoungPersonRecord.id == CaseRecord.young_person_id)
        .where(
            type_coerce(CaseRecord.opened_on, String) <= text,
            or_(CaseRecord.closed_on.is_(None), type_coerce(CaseRecord.closed_on, String) > text),
            *([] if area is None else [YoungPersonRecord.area == area]),
        )
    )
    return int(session.execute(stmt).scalar_one())


#: The order of the tables in the lägesbild.
TABLE_KEYS: tuple[str, ...] = (
    "concerns_by_sector",
    "concerns_by_risk",
    "concerns_by_age",
    "concerns_by_gender",
    "concerns_by_area",
    "lead_times",
    "consents",
    "cases",
    "closing_reasons",
    "actions_by_sector",
    "meetings_held",
    "area_signals",
    "group_measures",
)


def count_tables(session: Session, query: StatsQuery) -> RawCounts:
    """Every raw table of a (valid) query, the lead times and the open cases at its end."""
    tables, lead_days = concern_tables(session, query)
    tables.update(_case_tables(session, query))
    tables["meetings_held"] = _meetings(session, query)
    tables.update(_group_tables(session, query))
    return RawCounts(
        tables={key: tables[key] for key in TABLE_KEYS},
        lead_days=tuple(lead_days),
        open_cases=open_cases_at(session, query.end, query.area),
    )


def areas(session: Session) -> tuple[str, ...]:
    """Distinct non-empty areas of young persons, concerns and group sites (Swedish order)."""
    found: set[str] = set()
    for column in (YoungPersonRecord.area, ConcernRecord.area, GroupSiteRecord.area):
        found.update(a for (a,) in session.execute(select(column).distinct()) if a and a.strip())
    return tuple(sorted(found, key=swedish_sort_key))


__all__ = ["TABLE_KEYS", "RawCounts", "RawTable", "areas", "count_tables", "open_cases_at"]
