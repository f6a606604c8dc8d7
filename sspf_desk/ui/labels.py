"""Translated display names of domain enumerations (the stored values stay English codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sspf_desk.domain import CustodyType, Gender, Relationship


def gender_label(gender: Gender) -> str:
    """Return the translated display name of ``gender``."""
    labels = {
        Gender.FEMALE: QCoreApplication.translate("labels", "Girl"),
        Gender.MALE: QCoreApplication.translate("labels", "Boy"),
        Gender.OTHER: QCoreApplication.translate("labels", "Other"),
        Gender.UNKNOWN: QCoreApplication.translate("labels", "Unknown"),
    }
    return labels[gender]


def relationship_label(relationship: Relationship) -> str:
    """Return the translated display name of ``relationship``."""
    labels = {
        Relationship.GUARDIAN: QCoreApplication.translate("labels", "Guardian"),
        Relationship.PARENT: QCoreApplication.translate("labels", "Parent (no custody)"),
        Relationship.SIBLING: QCoreApplication.translate("labels", "Sibling"),
        Relationship.OTHER: QCoreApplication.translate("labels", "Other related person"),
    }
    return labels[relationship]


def custody_label(custody: CustodyType) -> str:
    """Return the translated display name of ``custody``."""
    labels = {
        CustodyType.SOLE: QCoreApplication.translate("labels", "Sole custody"),
        CustodyType.JOINT: QCoreApplication.translate("labels", "Joint custody"),
        CustodyType.NONE: QCoreApplication.translate("labels", "No custody"),
    }
    return labels[custody]
