"""The lägesbild's tables over individual-level concerns, read in one pass.

The five tables over the same concerns (by sector, age, gender, area and lead time) are
counted from one read of ``(day, sector, young person, gender, area, birth date)`` tuples
of the period's concerns, never whole records; the risk marks by a GROUP BY; lead times
from each young person's meeting days (one read of ``(young person, day)`` pairs).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from sspf_desk.domain import (
    GENDER_LABELS,
    SECTOR_LABELS,
    ConcernLevel,
    Gender,
    MeetingStatus,
    Sector,
)
from sspf_desk.domain.statistics import (
    AGE_BANDS,
    LEAD_TIME_BANDS,
    NO_MEETING_YET,
    UNKNOWN_AGE,
    UNKNOWN_AREA,
    StatsQuery,
    age_band,
    lead_time_band,
)
from sspf_desk.domain.text import swedish_sort_key
from sspf_desk.services.statistics_counting import (
    Counter,
    Days,
    RawTable,
    as_text,
    grouped,
    in_period,
    person_area,
)
from sspf_desk.store.models import YoungPersonRecord
from sspf_desk.store.models_concerns import ConcernRecord, ConcernRiskRecord, RiskCategoryRecord
from sspf_desk.store.models_meetings import AgendaItemRecord, MeetingRecord


def individual_concerns(query: StatsQuery) -> Select[Any]:
    """Individual-level concerns of the area (by the young person's area)."""
    return (
        select()
        .select_from(ConcernRecord)
        .outerjoin(YoungPersonRecord, YoungPersonRecord.id == ConcernRecord.young_person_id)
        .where(ConcernRecord.level == ConcernLevel.INDIVIDUAL, *person_area(query))
    )


def _meeting_days(session: Session, query: StatsQuery) -> dict[str, list[date]]:
    """Per young person, the days (ascending) of meetings that took place from the period's
    start on with an agenda item about them."""
    held = as_text(MeetingRecord.held_on)
    stmt = (
        select(AgendaItemRecord.young_person_id, held)
        .join(MeetingRecord, MeetingRecord.id == AgendaItemRecord.meeting_id)
        .where(
            AgendaItemRecord.young_person_id.is_not(None),
            MeetingRecord.status != MeetingStatus.PLANNED,
            held >= query.start.isoformat(),
        )
        .distinct()
    )
    parse = Days()
    found: dict[str, list[date]] = {}
    for person, day in session.execute(stmt):
        if person is not None:
            found.setdefault(person, []).append(parse(day) or query.start)
    for days in found.values():
        days.sort()
    return found


def _first_on_or_after(days: Sequence[date] | None, day: date) -> date | None:
    if not days:
        return None
    k = bisect_left(days, day)
    return days[k] if k < len(days) else None


def concern_tables(session: Session, query: StatsQuery) -> tuple[dict[str, RawTable], list[int]]:
    """The five tables over the same individual concerns (one read of their categories),
    the risk marks on them, and the lead times in days of those that had a meeting."""
    day = ConcernRecord.received_on
    stmt = individual_concerns(query).add_columns(
        as_text(day),
        as_text(ConcernRecord.source_sector),
        ConcernRecord.young_person_id,
        as_text(YoungPersonRecord.gender),
        YoungPersonRecord.area,
        as_text(YoungPersonRecord.birth_date),
    ).where(in_period(day, query))  # fmt: skip
    sectors = Counter(query, [s.value for s in Sector])
    genders = Counter(query, [g.value for g in Gender])
    ages = Counter(query, ages_labels())
    leads = Counter(query, lead_labels())
    meetings = _meeting_days(session, query)
    parse = Days()
    by_area: list[tuple[int, str]] = []
    lead_days: list[int] = []
    column = sectors.column
    sector_rows, gender_rows = sectors.rows, genders.rows
    age_rows, lead_rows = ages.rows, leads.rows
    unknown_gender = Gender.UNKNOWN.value
    for received_text, sector, person, gender, area, born in session.execute(stmt):
        received_on = parse(received_text) or query.start
        k = column[received_text[:7]]
        sector_rows[sector][k] += 1
        gender_rows[gender or unknown_gender][k] += 1
        age_rows[age_band(parse(born), received_on)][k] += 1
        first = _first_on_or_after(meetings.get(person), received_on)
        lead = None if first is None else (first - received_on).days
        if lead is not None:
            lead_days.append(lead)
        lead_rows[lead_time_band(lead)][k] += 1
        by_area.append((k, area or ""))
    area_labels = sorted({a for _, a in by_area if a}, key=swedish_sort_key)
    if query.area is not None:
        area_labels = [query.area]
    if not area_labels or any(not a for _, a in by_area):
        area_labels.append(UNKNOWN_AREA)  # (a table without rows cannot be linked)
    areas_counter = Counter(query, area_labels)
    for k, area in by_area:
        areas_counter.rows[area or UNKNOWN_AREA][k] += 1

    risks = session.execute(
        select(RiskCategoryRecord.code, RiskCategoryRecord.label, RiskCategoryRecord.active)
        .order_by(RiskCategoryRecord.position, RiskCategoryRecord.code)
    ).all()  # fmt: skip
    marks = grouped(
        session, day, ConcernRiskRecord.code,
        individual_concerns(query).join(
            ConcernRiskRecord, ConcernRiskRecord.concern_id == ConcernRecord.id
        ),
        query,
    )  # fmt: skip
    used = {code for _, code, _ in marks}
    shown = [(code, label) for code, label, active in risks if active or code in used]
    by_risk = Counter(query, [code for code, _ in shown]).add(marks)
    tables = {
        "concerns_by_sector": sectors.table(
            "concerns_by_sector", [SECTOR_LABELS[s] for s in Sector]
        ),
        "concerns_by_risk": by_risk.table("concerns_by_risk", [label for _, label in shown]),
        "concerns_by_age": ages.table("concerns_by_age", ages_labels()),
        "concerns_by_gender": genders.table(
            "concerns_by_gender", [GENDER_LABELS[g] for g in Gender]
        ),
        "concerns_by_area": areas_counter.table("concerns_by_area", area_labels),
        "lead_times": leads.table("lead_times", lead_labels()),
    }
    return tables, lead_days


def ages_labels() -> list[str]:
    """The rows of the age table."""
    return [label for _, label in AGE_BANDS] + [UNKNOWN_AGE]


def lead_labels() -> list[str]:
    """The rows of the lead-time table."""
    return [label for _, label in LEAD_TIME_BANDS] + [NO_MEETING_YET]
