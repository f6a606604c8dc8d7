"""Translated names of the list-import targets, fields and fixed values (wizard and model)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from sspf_desk.domain import (
    ConcernLevel,
    ConcernOutcome,
    CustodyType,
    ReportStatus,
    Sector,
    Urgency,
    label,
)
from sspf_desk.services.import_fields import FieldKind, FieldSpec, ImportTarget
from sspf_desk.ui.i18n import current_language
from sspf_desk.ui.labels import custody_label

_GUARDIAN_PREFIX = "guardian"


def target_label(target: ImportTarget) -> str:
    """What the rows of a list become, as a choice in the wizard."""
    labels = {
        ImportTarget.YOUNG_PERSON: QCoreApplication.translate(
            "ImportFields", "Young persons, with up to two guardians each"
        ),
        ImportTarget.CONCERN: QCoreApplication.translate(
            "ImportFields", "Concerns, one per row (the young persons must be in the vault)"
        ),
    }
    return labels[target]


def _plain_labels() -> dict[str, str]:
    return {
        "first_name": QCoreApplication.translate("ImportFields", "First name"),
        "last_name": QCoreApplication.translate("ImportFields", "Last name"),
        "name": QCoreApplication.translate("ImportFields", "Name (first and last)"),
        "id_number": QCoreApplication.translate("ImportFields", "Personal identity number"),
        "birth_date": QCoreApplication.translate("ImportFields", "Birth date"),
        "gender": QCoreApplication.translate("ImportFields", "Gender"),
        "protected_identity": QCoreApplication.translate("ImportFields", "Protected identity"),
        "school": QCoreApplication.translate("ImportFields", "School"),
        "school_class": QCoreApplication.translate("ImportFields", "Class or programme"),
        "area": QCoreApplication.translate("ImportFields", "Area"),
        "home_municipality": QCoreApplication.translate("ImportFields", "Home municipality"),
        "interpreter_language": QCoreApplication.translate("ImportFields", "Interpreter language"),
        **_concern_labels(),
    }


def _concern_labels() -> dict[str, str]:
    return {
        "received_on": QCoreApplication.translate("ImportFields", "Date received"),
        "source_sector": QCoreApplication.translate("ImportFields", "Sector (source)"),
        "reporter_role": QCoreApplication.translate("ImportFields", "Reporter's role"),
        "level": QCoreApplication.translate("ImportFields", "Level"),
        "group_description": QCoreApplication.translate("ImportFields", "Group"),
        "risk_codes": QCoreApplication.translate("ImportFields", "Risk categories"),
        "observation": QCoreApplication.translate("ImportFields", "Observation (facts)"),
        "assessment": QCoreApplication.translate("ImportFields", "Assessment"),
        "urgency": QCoreApplication.translate("ImportFields", "Urgency"),
        "report_status": QCoreApplication.translate("ImportFields", "Mandatory report"),
        "report_agency": QCoreApplication.translate("ImportFields", "Report – agency"),
        "report_reporter": QCoreApplication.translate("ImportFields", "Report – reporter"),
        "report_reported_on": QCoreApplication.translate("ImportFields", "Report – date"),
        "report_reference": QCoreApplication.translate("ImportFields", "Report – reference"),
        "outcome": QCoreApplication.translate("ImportFields", "Decision"),
        "outcome_on": QCoreApplication.translate("ImportFields", "Decision date"),
        "outcome_reason": QCoreApplication.translate("ImportFields", "Reason"),
    }


def _guardian_parts() -> dict[str, str]:
    return {
        "name": QCoreApplication.translate("ImportFields", "Guardian %1 – name"),
        "id_number": QCoreApplication.translate("ImportFields", "Guardian %1 – identity number"),
        "phone": QCoreApplication.translate("ImportFields", "Guardian %1 – phone"),
        "custody": QCoreApplication.translate("ImportFields", "Guardian %1 – custody"),
    }


def field_label(key: str) -> str:
    """Translated name of an import field (the key itself for an unknown one)."""
    plain = _plain_labels().get(key)
    if plain is not None:
        return plain
    if key.startswith(_GUARDIAN_PREFIX) and "_" in key:
        head, _, part = key.partition("_")
        template = _guardian_parts().get(part)
        slot = head.removeprefix(_GUARDIAN_PREFIX)
        if template is not None and slot.isdigit():
            return template.replace("%1", slot)
    return key


def choice_label(spec: FieldSpec, value: str) -> str:
    """Translated name of a fixed value of a field (custody: sole, joint, none)."""
    if spec.kind is FieldKind.CUSTODY:
        return custody_label(CustodyType(value))
    enum = _CHOICE_ENUMS.get(spec.kind)
    if enum is not None:
        return label(enum(value), current_language())
    return value


_CHOICE_ENUMS: dict[FieldKind, type[StrEnum]] = {
    FieldKind.SECTOR: Sector,
    FieldKind.URGENCY: Urgency,
    FieldKind.LEVEL: ConcernLevel,
    FieldKind.REPORT_STATUS: ReportStatus,
    FieldKind.OUTCOME: ConcernOutcome,
}
