"""Queries over concerns and risk categories; every function takes the caller's session.

The listing functions read only the columns a list row needs (no timestamps, no long
texts), in two flat queries, because the
concern list must stay fast at 50 000 rows.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, String, exists, select, type_coerce
from sqlalchemy.orm import Session, selectinload

from sspf_desk.domain import ConcernLevel, ConcernOutcome, ReportStatus, Sector, Urgency
from sspf_desk.errors import BugError, NotFoundError
from sspf_desk.store.models import YoungPersonRecord
from sspf_desk.store.models_concerns import ConcernRecord, ConcernRiskRecord, RiskCategoryRecord

_CHUNK = 500


def get_concern(session: Session, concern_id: str) -> ConcernRecord:
    """Return a concern or raise :class:`NotFoundError`."""
    record = session.get(ConcernRecord, concern_id)
    if record is None:
        raise NotFoundError()
    return record


def list_risk_categories(session: Session, *, include_inactive: bool) -> list[RiskCategoryRecord]:
    """Return the risk categories by position (active ones only unless asked)."""
    query = select(RiskCategoryRecord).order_by(
        RiskCategoryRecord.position, RiskCategoryRecord.code
    )
    if not include_inactive:
        query = query.where(RiskCategoryRecord.active.is_(True))
    return list(session.scalars(query))


def get_risk_category(session: Session, code: str) -> RiskCategoryRecord | None:
    """Return the risk category with ``code``, if any."""
    return session.get(RiskCategoryRecord, code)


def risk_code_in_use(session: Session, code: str) -> bool:
    """Whether any concern is marked with the risk category ``code``."""
    query = select(exists().where(ConcernRiskRecord.code == code))
    return bool(session.execute(query).scalar())


class ListedConcern(NamedTuple):
    """The columns of a concern (and its young person) that the list and its search need."""

    id: str
    received_on: date
    source_sector: Sector
    reporter_role: str
    level: ConcernLevel
    young_person_id: str | None
    area: str
    group_description: str
    urgency: Urgency
    report_status: ReportStatus
    outcome: ConcernOutcome
    outcome_on: date | None
    case_id: str | None
    first_name: str | None
    last_name: str | None
    id_number: str | None
    protected_identity: bool | None


_TEXT_CONCERN_COLUMNS = (
    ConcernRecord.id,
    type_coerce(ConcernRecord.received_on, String),
    type_coerce(ConcernRecord.source_sector, String),
    ConcernRecord.reporter_role,
    type_coerce(ConcernRecord.level, String),
    ConcernRecord.young_person_id,
    ConcernRecord.area,
    ConcernRecord.group_description,
    type_coerce(ConcernRecord.urgency, String),
    type_coerce(ConcernRecord.report_status, String),
    type_coerce(ConcernRecord.outcome, String),
    type_coerce(ConcernRecord.outcome_on, String),
    ConcernRecord.case_id,
)
_PERSON_COLUMNS = (
    YoungPersonRecord.first_name,
    YoungPersonRecord.last_name,
    YoungPersonRecord.id_number,
    YoungPersonRecord.protected_identity,
)


class _Converter:
    """Turns the text of stored dates and enum values into objects, remembering each one.

    Reading dates and enums as plain text and converting them through a dictionary is
    about twice as fast as SQLAlchemy's per-value processing for the 50 000-row list.
    """

    def __init__(self) -> None:
        self._dates: dict[str, date] = {}
        self._sectors = {member.value: member for member in Sector}
        self._levels = {member.value: member for member in ConcernLevel}
        self._urgencies = {member.value: member for member in Urgency}
        self._reports = {member.value: member for member in ReportStatus}
        self._outcomes = {member.value: member for member in ConcernOutcome}

    def day(self, text: str | None) -> date | None:
        """A stored date, or None."""
        if text is None:
            return None
        found = self._dates.get(text)
        if found is None:
            found = self._dates[text] = date.fromisoformat(text)
        return found

    def row(self, raw: Sequence[Any]) -> ListedConcern:
        """Convert one raw result row."""
        received_on = self.day(raw[1])
        if received_on is None:  # pragma: no cover - the column is NOT NULL
            raise BugError("concern without a date")
        return ListedConcern(
            raw[0],
            received_on,
            self._sectors[raw[2]],
            raw[3],
            self._levels[raw[4]],
            raw[5],
            raw[6],
            raw[7],
            self._urgencies[raw[8]],
            self._reports[raw[9]],
            self._outcomes[raw[10]],
            self.day(raw[11]),
            *raw[12:],
        )


def _chunks(values: Collection[str]) -> Iterable[list[str]]:
    """Split ids into lists small enough for an ``IN`` clause."""
    items = list(values)
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _fetch(session: Session, query: Select[*tuple[Any, ...]]) -> Iterable[Sequence[Any]]:
    """Rows of ``query``; a query without parameters goes straight to the DBAPI cursor.

    Skipping SQLAlchemy's result rows halves the time of reading all 50 000 concerns;
    the values are plain text and numbers either way (see :class:`_Converter`).
    """
    compiled = query.compile(dialect=session.get_bind().dialect)
    if compiled.params:
        return session.execute(query)
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        return cursor.execute(str(compiled)).fetchall()  # type: ignore[no-any-return]
    finally:
        cursor.close()


def _listing(
    session: Session, condition: ColumnElement[bool] | None, convert: _Converter
) -> list[ListedConcern]:
    """Run the listing query with an optional condition."""
    query = select(*_TEXT_CONCERN_COLUMNS, *_PERSON_COLUMNS).outerjoin(
        YoungPersonRecord, YoungPersonRecord.id == ConcernRecord.young_person_id
    )
    if condition is not None:
        query = query.where(condition)
    return [convert.row(row) for row in _fetch(session, query)]


def _risks(session: Session, condition: ColumnElement[bool] | None) -> dict[str, tuple[str, ...]]:
    """Risk codes per concern id, in their chosen order (sorted here: no temp b-tree)."""
    query = select(ConcernRiskRecord.concern_id, ConcernRiskRecord.position, ConcernRiskRecord.code)
    if condition is not None:
        query = query.where(condition)
    found: dict[str, list[tuple[int, str]]] = {}
    for concern_id, position, code in _fetch(session, query):
        codes = found.get(concern_id)
        if codes is None:
            found[concern_id] = [(position, code)]
        else:
            codes.append((position, code))
    return {
        key: (value[0][1],) if len(value) == 1 else tuple(code for _, code in sorted(value))
        for key, value in found.items()
    }


def concern_listing(
    session: Session,
    *,
    ids: Collection[str] | None = None,
    young_person_ids: Collection[str] | None = None,
) -> list[tuple[ListedConcern, tuple[str, ...]]]:
    """Return concerns (all, or those with ``ids`` or about ``young_person_ids``) and risks.

    Args:
        session: The caller's session.
        ids: Only these concerns.
        young_person_ids: Only the concerns about these young persons (added to ``ids``).
    """
    convert = _Converter()
    if ids is None and young_person_ids is None:
        rows = _listing(session, None, convert)
        risks = _risks(session, None)
        return [(row, risks.get(row.id, ())) for row in rows]
    result: dict[str, tuple[ListedConcern, tuple[str, ...]]] = {}
    for chunk in _chunks(ids or ()):
        rows = _listing(session, ConcernRecord.id.in_(chunk), convert)
        risks = _risks(session, ConcernRiskRecord.concern_id.in_(chunk))
        result.update((row.id, (row, risks.get(row.id, ()))) for row in rows)
    for chunk in _chunks(young_person_ids or ()):
        rows = _listing(session, ConcernRecord.young_person_id.in_(chunk), convert)
        for part in _chunks([row.id for row in rows]):
            risks = _risks(session, ConcernRiskRecord.concern_id.in_(part))
            result.update((row.id, (row, risks.get(row.id, ()))) for row in rows if row.id in part)
    return list(result.values())


def concern_observations(session: Session, ids: Collection[str] | None = None) -> dict[str, str]:
    """Return the observation texts of concerns (all, or those with ``ids``) by id."""
    query = select(ConcernRecord.id, ConcernRecord.observation)
    if ids is None:
        return {str(cid): str(text) for cid, text in session.execute(query)}
    found: dict[str, str] = {}
    for chunk in _chunks(ids):
        condition = ConcernRecord.id.in_(chunk)
        found.update((str(cid), str(text)) for cid, text in session.execute(query.where(condition)))
    return found


def concerns_where(session: Session, *conditions: ColumnElement[bool]) -> list[ConcernRecord]:
    """Return full concern records matching every condition (risks loaded), oldest first."""
    query = (
        select(ConcernRecord)
        .where(*conditions)
        .options(selectinload(ConcernRecord.risks))
        .order_by(ConcernRecord.received_on, ConcernRecord.id)
    )
    return list(session.scalars(query))
