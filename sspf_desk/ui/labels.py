"""Translated display names of domain enumerations (the stored values stay English codes)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sspf_desk.domain import Gender

_GENDERS = {
    Gender.FEMALE: QT_TRANSLATE_NOOP("labels", "Girl"),
    Gender.MALE: QT_TRANSLATE_NOOP("labels", "Boy"),
    Gender.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
    Gender.UNKNOWN: QT_TRANSLATE_NOOP("labels", "Unknown"),
}


def gender_label(gender: Gender) -> str:
    """Return the translated display name of ``gender``."""
    return QCoreApplication.translate("labels", _GENDERS[gender])
