"""Every enumeration value has a Swedish and an English display label."""

from __future__ import annotations

from enum import StrEnum

import pytest

from sspf_desk.domain import (
    CASE_STATUS_LABELS,
    CaseStatus,
    LegalGround,
    Sector,
    label,
)
from sspf_desk.domain import enums as enums_module
from sspf_desk.domain.labels import LABELS

ALL_ENUMS = [
    value
    for value in vars(enums_module).values()
    if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum
]


def test_every_enum_is_labelled() -> None:
    assert set(ALL_ENUMS) == set(LABELS)


@pytest.mark.parametrize("enum", ALL_ENUMS, ids=lambda enum: enum.__name__)
def test_every_value_has_both_labels(enum: type[StrEnum]) -> None:
    swedish, english = LABELS[enum]
    assert set(swedish) == set(enum)
    assert set(english) == set(enum)
    for value in enum:
        assert label(value).strip()
        assert label(value, "en").strip()
    assert len(set(swedish.values())) == len(enum), "Swedish labels must be distinct"
    assert len(set(english.values())) == len(enum), "English labels must be distinct"


def test_case_status_labels_follow_the_contract() -> None:
    assert [CASE_STATUS_LABELS[status] for status in CaseStatus] == [
        "Aktualisering",
        "Samtycke",
        "Kartläggning",
        "Aktiv plan",
        "Uppföljning",
        "Avslutat",
    ]


def test_label_language_and_fallback() -> None:
    assert label(Sector.SOCIAL_SERVICES) == "Socialtjänst"
    assert label(Sector.SOCIAL_SERVICES, "en") == "Social services"
    assert label(Sector.POLICE, "de") == "Polis"
    assert "18 a §" in label(LegalGround.OSL_10_18A)


def test_labels_are_read_only() -> None:
    with pytest.raises(TypeError):
        CASE_STATUS_LABELS[CaseStatus.CLOSED] = "x"  # type: ignore[index]
