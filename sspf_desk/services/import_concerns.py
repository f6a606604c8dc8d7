"""Reading one list row as a concern (orosignal) (pure; the vault's lookups come in a context).

The young person is found by identity number among the persons already in the vault
(import the persons first). The level is individual when the row names a young person,
else selective (area/group), unless a level column says otherwise. The domain's
``validate_concern`` gives the messages, so the rules are the intake form's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sspf_desk.domain import (
    ConcernInput,
    ConcernLevel,
    ConcernOutcome,
    ReportCheckpoint,
    ReportStatus,
    Sector,
    Urgency,
)
from sspf_desk.domain.concern_rules import validate_concern
from sspf_desk.domain.identity import IdentityError, parse_identity
from sspf_desk.services.import_cells import CellError, id_number_text, parse_date
from sspf_desk.services.import_choices import (
    LEVELS,
    OUTCOMES,
    REPORT_STATUSES,
    SECTORS,
    URGENCIES,
    parse_choice,
    parse_risks,
)
from sspf_desk.services.import_persons import Row
from sspf_desk.services.import_rows import ImportContext, RowResult

T = TypeVar("T")

UNKNOWN_PERSON = "Det finns ingen ungdom med det personnumret i valvet. Importera ungdomarna först."
NO_CASE_BY_IMPORT = "Ett SSPF-ärende öppnas i programmet; importera orosignalen som obeslutad."
SECTOR_MISSING = "Ange sektor: skola, socialtjänst, polis, fritid, vårdnadshavare eller annan."
DATE_MISSING = "Ange datum då oron kom in."

# Domain error keys → import fields.
_FIELD_OF_ERROR = {
    "young_person_id": "id_number",
    "report.status": "report_status",
    "report.agency": "report_agency",
    "report.reporter": "report_reporter",
    "report.reported_on": "report_reported_on",
    "report.reference": "report_reference",
    "report.feedback_on": "report_status",
    "report.feedback_received": "report_status",
}


@dataclass(frozen=True, slots=True)
class ConcernImport:
    """A concern to create."""

    data: ConcernInput

    def planned(self) -> dict[str, int]:
        """Records this row creates."""
        return {"concern": 1}


def _cell(errors: dict[str, str], key: str, read: Callable[[], T]) -> T | None:
    """Run a cell reader; record its message under ``key`` when it fails."""
    try:
        return read()
    except CellError as exc:
        errors[key] = exc.message
        return None


def _optional_date(text: str) -> date | None:
    return parse_date(text) if text else None


def _person_id(row: Row, errors: dict[str, str], context: ImportContext) -> str | None:
    """The id of the young person the row names, if any (errors when unknown)."""
    text = id_number_text(row.get("id_number"))
    if not text:
        return None
    try:
        normalized = parse_identity(text, today=context.today).normalized
    except IdentityError as exc:
        errors["id_number"] = exc.errors["id_number"]
        return None
    found = context.young_persons.get(normalized)
    if found is None:
        errors["id_number"] = UNKNOWN_PERSON
    return found


def _report(row: Row, errors: dict[str, str]) -> ReportCheckpoint:
    status = _cell(
        errors,
        "report_status",
        lambda: parse_choice(row.get("report_status"), REPORT_STATUSES, ReportStatus),
    )
    reported_on = _cell(
        errors, "report_reported_on", lambda: _optional_date(row.get("report_reported_on"))
    )
    return ReportCheckpoint(
        status=status or ReportStatus.UNANSWERED,
        agency=row.get("report_agency"),
        reporter=row.get("report_reporter"),
        reported_on=reported_on,
        reference=row.get("report_reference"),
    )


def read_concern_row(
    cells: Mapping[str, str], defaults: Mapping[str, str], context: ImportContext
) -> RowResult:
    """Read a concern; report every problem at once."""
    row = Row(cells, defaults)
    errors: dict[str, str] = {}
    received = _cell(errors, "received_on", lambda: _optional_date(row.get("received_on")))
    if received is None:
        errors.setdefault("received_on", DATE_MISSING)
    sector = _cell(
        errors, "source_sector", lambda: parse_choice(row.get("source_sector"), SECTORS, Sector)
    )
    if sector is None:
        errors.setdefault("source_sector", SECTOR_MISSING)
    person_id = _person_id(row, errors, context)
    level = _cell(errors, "level", lambda: parse_choice(row.get("level"), LEVELS, ConcernLevel))
    if level is None:
        level = ConcernLevel.INDIVIDUAL if row.get("id_number") else ConcernLevel.SELECTIVE
    urgency = _cell(errors, "urgency", lambda: parse_choice(row.get("urgency"), URGENCIES, Urgency))
    outcome = _cell(
        errors, "outcome", lambda: parse_choice(row.get("outcome"), OUTCOMES, ConcernOutcome)
    )
    if outcome is ConcernOutcome.SSPF_CASE:
        errors["outcome"] = NO_CASE_BY_IMPORT
    outcome_on = _cell(errors, "outcome_on", lambda: _optional_date(row.get("outcome_on")))
    risks = _cell(
        errors,
        "risk_codes",
        lambda: parse_risks(row.get("risk_codes"), context.risk_categories),
    )
    report = _report(row, errors)
    if received is None or sector is None:
        return RowResult(row.values, errors, None)
    data = ConcernInput(
        received_on=received,
        source_sector=sector,
        reporter_role=row.get("reporter_role"),
        level=level,
        young_person_id=person_id if level is ConcernLevel.INDIVIDUAL else None,
        area=row.get("area"),
        group_description=row.get("group_description"),
        risk_codes=risks or (),
        observation=row.get("observation"),
        assessment=row.get("assessment"),
        urgency=urgency or Urgency.NORMAL,
        report=report,
        outcome=outcome or ConcernOutcome.PENDING,
        outcome_on=outcome_on,
        outcome_reason=row.get("outcome_reason"),
    )
    if level is ConcernLevel.SELECTIVE and row.get("id_number"):
        errors.setdefault("id_number", "Grupp- och områdesnivå får inte kopplas till en person.")
    known = frozenset(context.risk_categories.values())
    for key, message in validate_concern(data, today=context.today, known_risk_codes=known).items():
        errors.setdefault(_FIELD_OF_ERROR.get(key, key), message)
    if errors:
        return RowResult(row.values, errors, None)
    return RowResult(row.values, errors, ConcernImport(data), _duplicate_key(data))


def _duplicate_key(data: ConcernInput) -> str:
    """Rows with the same date, sector, person or area and observation are duplicates."""
    return concern_key(
        data.received_on,
        data.source_sector,
        data.young_person_id,
        data.area,
        data.group_description,
        data.observation,
    )


def concern_key(
    received_on: date, sector: Sector, person_id: str | None, area: str, group: str, text: str
) -> str:
    """The duplicate key of a stored concern (same as :func:`_duplicate_key`)."""
    subject = person_id or f"{area}|{group}"
    return "|".join((received_on.isoformat(), str(sector), subject, text))
