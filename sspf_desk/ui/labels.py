"""Translated display names of domain enumerations (the stored values stay English codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sspf_desk.domain import Gender


def gender_label(gender: Gender) -> str:
    """Return the translated display name of ``gender``."""
    labels = {
        Gender.FEMALE: QCoreApplication.translate("labels", "Girl"),
        Gender.MALE: QCoreApplication.translate("labels", "Boy"),
        Gender.OTHER: QCoreApplication.translate("labels", "Other"),
        Gender.UNKNOWN: QCoreApplication.translate("labels", "Unknown"),
    }
    return labels[gender]
