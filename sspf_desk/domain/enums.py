"""Enumerations shared by the whole application (stored by value, so never rename a value)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """What a user of SSPF Desk may do."""

    ADMIN = "admin"
    COORDINATOR = "coordinator"
    SECTOR_STAFF = "sector_staff"
    READ_ONLY = "read_only"


class Gender(StrEnum):
    """Gender as recorded for a young person."""

    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class IdKind(StrEnum):
    """Which kind of Swedish identity number a person has."""

    PERSONNUMMER = "personnummer"
    SAMORDNINGSNUMMER = "samordningsnummer"
    NONE = "none"


class CustodyType(StrEnum):
    """Custody held by a related person (vårdnad)."""

    SOLE = "sole"
    JOINT = "joint"
    NONE = "none"


class Relationship(StrEnum):
    """How a related person is related to the young person."""

    GUARDIAN = "guardian"
    PARENT = "parent"
    SIBLING = "sibling"
    OTHER = "other"


class AuditAction(StrEnum):
    """What happened to a record, as written in the audit trail."""

    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    VIEW = "view"
    EXPORT = "export"
    IMPORT = "import"
