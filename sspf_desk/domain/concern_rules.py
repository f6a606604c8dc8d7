"""Validation of concerns, their mandatory-report checkpoint and risk categories.

Every ``validate_*`` returns ``{field: Swedish message}`` (empty when valid). Fields of the
report checkpoint appear in :func:`validate_concern` as ``"report.<field>"``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Set
from datetime import date

from sspf_desk.domain.checks import (
    MAX_LONG_TEXT,
    MAX_SHORT_TEXT,
    check_length,
    check_not_future,
    looks_like_id_number,
    require,
)
from sspf_desk.domain.concerns import ConcernInput, ReportCheckpoint, RiskCategory
from sspf_desk.domain.enums import ConcernLevel, ConcernOutcome, ReportStatus

NO_PERSONAL_DATA = "Områdes- och gruppnivå får inte innehålla personuppgifter."
MAX_CODE_LENGTH = 40
_CODE = re.compile(rf"[a-z][a-z0-9_]{{1,{MAX_CODE_LENGTH - 1}}}")
_REPORTED = frozenset({ReportStatus.MADE, ReportStatus.MADE_BY_OTHER})
_NEEDS_REASON = frozenset({ConcernOutcome.NOT_SUITABLE, ConcernOutcome.REFERRED})
_SHORT_FIELDS = ("reporter_role", "area", "group_description", "outcome_reason")
_LONG_FIELDS = ("observation", "assessment")
_SELECTIVE_TEXTS = (*_SHORT_FIELDS, *_LONG_FIELDS)


def validate_report_checkpoint(report: ReportCheckpoint, *, today: date) -> dict[str, str]:
    """Check the orosanmälan checkpoint of a concern.

    A report that was made needs the agency, the reporter and the date; a feedback date
    only goes with feedback received; feedback only exists for a report that was made;
    no date lies in the future.
    """
    errors: dict[str, str] = {}
    if report.status is ReportStatus.MADE:
        require(errors, "agency", report.agency, "Ange vilken myndighet som gjorde anmälan.")
        require(errors, "reporter", report.reporter, "Ange vem som gjorde anmälan.")
        if report.reported_on is None:
            errors["reported_on"] = "Ange när anmälan gjordes."
    for field in ("agency", "reporter", "reference"):
        check_length(errors, field, str(getattr(report, field)), MAX_SHORT_TEXT)
    check_not_future(errors, "reported_on", report.reported_on, today)
    if report.feedback_received and report.status not in _REPORTED:
        errors["feedback_received"] = "Återkoppling kan bara finnas när en orosanmälan är gjord."
    if report.feedback_on is not None:
        if not report.feedback_received:
            errors["feedback_on"] = "Ange datum för återkoppling bara när återkoppling har kommit."
        elif report.reported_on is not None and report.feedback_on < report.reported_on:
            errors["feedback_on"] = "Återkopplingen kan inte komma före anmälan."
        check_not_future(errors, "feedback_on", report.feedback_on, today)
    return errors


def _check_level(errors: dict[str, str], data: ConcernInput) -> None:
    """Individual level needs a person; selective level must carry no person data."""
    if data.level is ConcernLevel.INDIVIDUAL:
        if not data.young_person_id:
            errors["young_person_id"] = "Välj den unge som oron gäller."
        if data.group_description.strip():
            errors["group_description"] = "Gruppbeskrivning hör bara till grupp- och områdesnivå."
        return
    if data.young_person_id is not None:
        errors["young_person_id"] = "Grupp- och områdesnivå får inte kopplas till en person."
    if not data.area.strip() and not data.group_description.strip():
        errors["area"] = "Ange ett område eller beskriv gruppen."
    for field in _SELECTIVE_TEXTS:
        if looks_like_id_number(str(getattr(data, field))):
            errors[field] = NO_PERSONAL_DATA
    if data.outcome is ConcernOutcome.SSPF_CASE:
        errors["outcome"] = "Ett SSPF-ärende gäller en enskild ungdom; välj individnivå."


def _check_outcome(errors: dict[str, str], data: ConcernInput, today: date) -> None:
    """A decided outcome needs its date (not before intake) and, where asked, a reason."""
    if data.outcome is ConcernOutcome.PENDING:
        if data.outcome_on is not None:
            errors["outcome_on"] = "Ange datum först när beslutet är fattat."
        return
    if data.outcome_on is None:
        errors["outcome_on"] = "Ange datum för beslutet."
    elif data.outcome_on < data.received_on:
        errors["outcome_on"] = "Beslutet kan inte ligga före datumet då oron kom in."
    check_not_future(errors, "outcome_on", data.outcome_on, today)
    if data.outcome in _NEEDS_REASON:
        require(errors, "outcome_reason", data.outcome_reason, "Ange ett kort skäl.")


def validate_concern(
    data: ConcernInput, *, today: date, known_risk_codes: Set[str]
) -> dict[str, str]:
    """Check a concern before it is stored.

    Args:
        data: The concern as entered.
        today: Reference date for "not in the future".
        known_risk_codes: Codes of the risk categories that may be used.

    Returns:
        ``{field: Swedish message}``; report fields as ``"report.<field>"``.
    """
    errors: dict[str, str] = {}
    _check_level(errors, data)
    require(errors, "observation", data.observation, "Beskriv vad som har iakttagits.")
    for field in _SHORT_FIELDS:
        check_length(errors, field, str(getattr(data, field)), MAX_SHORT_TEXT)
    for field in _LONG_FIELDS:
        check_length(errors, field, str(getattr(data, field)), MAX_LONG_TEXT)
    check_not_future(errors, "received_on", data.received_on, today)
    unknown = sorted(set(data.risk_codes) - set(known_risk_codes))
    if unknown:
        errors["risk_codes"] = f"Okänd riskkategori: {', '.join(unknown)}."
    _check_outcome(errors, data, today)
    for field, message in validate_report_checkpoint(data.report, today=today).items():
        errors[f"report.{field}"] = message
    return errors


def risk_category_code(label: str, taken: Collection[str] = ()) -> str:
    """Derive a new snake_case code from a label, e.g. "Hög frånvaro" → ``"hog_franvaro"``.

    Args:
        label: The Swedish label.
        taken: Codes already in use; a number is appended to stay unique.
    """
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")
    if not base or not base[0].isalpha():
        base = f"category_{base}".rstrip("_")
    base = base[: MAX_CODE_LENGTH - 4].rstrip("_")
    code, number = base, 2
    while code in taken:
        code, number = f"{base}_{number}", number + 1
    return code


def validate_risk_category(
    category: RiskCategory, *, other_labels: Collection[str] = ()
) -> dict[str, str]:
    """Check a risk category: a snake_case code, and a label not used by another category."""
    errors: dict[str, str] = {}
    if not _CODE.fullmatch(category.code):
        errors["code"] = "Koden får bara innehålla a–z, siffror och understreck (2–40 tecken)."
    require(errors, "label", category.label, "Ange ett namn.")
    check_length(errors, "label", category.label, MAX_SHORT_TEXT)
    taken = {other.strip().casefold() for other in other_labels}
    if "label" not in errors and category.label.strip().casefold() in taken:
        errors["label"] = "Det finns redan en riskkategori med det namnet."
    if category.position < 0:
        errors["position"] = "Positionen kan inte vara negativ."
    return errors
