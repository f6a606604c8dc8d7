"""Bekymringssamtal: the structured record and its validation."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from sspf_desk.domain import (
    Agreement,
    ConcernTalk,
    ConcernTalkInput,
    LegalGround,
    ReportCheckpoint,
    ReportStatus,
    TalkParticipant,
    TalkRole,
    validate_concern_talk,
)

TODAY = date(2025, 5, 6)
YOUNG = TalkParticipant("Kim", TalkRole.YOUNG_PERSON)
GUARDIAN = TalkParticipant("Lena", TalkRole.GUARDIAN)
POLICE = TalkParticipant("Ola", TalkRole.POLICE, "kommunpolis")


def talk(**changes: object) -> ConcernTalkInput:
    base = ConcernTalkInput(
        young_person_id="yp1",
        held_on=date(2025, 5, 2),
        place="Polisstationen",
        called_by="Polisen",
        participants=(YOUNG, GUARDIAN, POLICE),
        reason="Gripen för snatteri.",
        risk_factors="Nya, äldre kamrater.",
        protective_factors="Fotboll två gånger i veckan.",
        information_given="Konsekvenser av brott.",
        agreements=(Agreement("Hemma senast 21", "Kim och Lena"),),
        follow_up_on=date(2025, 6, 2),
        report=ReportCheckpoint(status=ReportStatus.NOT_NEEDED),
        legal_ground=LegalGround.CONSENT,
        consent_reference="Samtycke 2025-04-30",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({}, set()),
        ({"young_person_id": ""}, {"young_person_id"}),
        ({"held_on": date(2025, 5, 7)}, {"held_on"}),
        ({"reason": " "}, {"reason"}),
        ({"participants": ()}, {"participants"}),
        ({"participants": (YOUNG, POLICE)}, {"participants"}),
        (
            {"participants": (YOUNG, GUARDIAN, TalkParticipant("", TalkRole.SCHOOL))},
            {"participants.2.name"},
        ),
        ({"agreements": (Agreement("", ""),)}, {"agreements.0.what", "agreements.0.responsible"}),
        ({"agreements": ()}, set()),
        ({"follow_up_on": date(2025, 5, 1)}, {"follow_up_on"}),
        ({"follow_up_on": None}, set()),
        ({"report": ReportCheckpoint()}, {"report.status"}),
        ({"legal_ground": None}, {"legal_ground"}),
        ({"consent_reference": ""}, {"consent_reference"}),
        ({"legal_ground": LegalGround.OSL_10_18A, "consent_reference": ""}, set()),
        ({"risk_factors": "x" * 4001}, {"risk_factors"}),
    ],
)
def test_validate_concern_talk(changes: dict[str, object], fields: set[str]) -> None:
    assert set(validate_concern_talk(talk(**changes), today=TODAY)) == fields


def test_guardians_needed_only_for_a_minor() -> None:
    alone = talk(participants=(YOUNG, POLICE))
    assert "participants" in validate_concern_talk(alone, today=TODAY)
    assert "participants" in validate_concern_talk(alone, today=TODAY, young_person_is_minor=None)
    assert validate_concern_talk(alone, today=TODAY, young_person_is_minor=False) == {}


def test_report_checkpoint_is_checked() -> None:
    made = ReportCheckpoint(status=ReportStatus.MADE)
    errors = validate_concern_talk(talk(report=made), today=TODAY)
    assert errors and all(field.startswith("report.") for field in errors)


def test_stored_talk_returns_its_input() -> None:
    stamp = datetime(2025, 5, 2, tzinfo=UTC)
    assert ConcernTalk("t1", talk(), stamp, stamp).to_input() == talk()
