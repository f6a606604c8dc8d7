"""Validation of concerns, the orosanmälan checkpoint and risk categories (by field)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from sspf_desk.domain import (
    DEFAULT_RISK_CATEGORIES,
    NO_PERSONAL_DATA,
    ConcernInput,
    ConcernLevel,
    ConcernOutcome,
    ReportCheckpoint,
    ReportStatus,
    RiskCategory,
    Sector,
    Urgency,
    looks_like_id_number,
    risk_category_code,
    validate_concern,
    validate_report_checkpoint,
    validate_risk_category,
)

TODAY = date(2025, 6, 1)
KNOWN = frozenset(category.code for category in DEFAULT_RISK_CATEGORIES)
FUTURE = "Datumet kan inte ligga i framtiden."

INDIVIDUAL = ConcernInput(
    received_on=date(2025, 5, 20),
    source_sector=Sector.SCHOOL,
    reporter_role="Mentor",
    level=ConcernLevel.INDIVIDUAL,
    young_person_id="yp",
    area="Centrum",
    group_description="",
    risk_codes=("high_absence", "criminal_peers"),
    observation="Har inte varit i skolan på tre veckor.",
    assessment="Risk för att hamna efter.",
    urgency=Urgency.HIGH,
    report=ReportCheckpoint(),
)
SELECTIVE = replace(
    INDIVIDUAL,
    level=ConcernLevel.SELECTIVE,
    young_person_id=None,
    area="Torget",
    group_description="Grupp om fem, 14-16 år, kvällstid",
)
MADE = ReportCheckpoint(
    status=ReportStatus.MADE,
    agency="Skolan",
    reporter="Rektor",
    reported_on=date(2025, 5, 21),
    reference="SoC 2025-123",
)


def individual(**changes: object) -> ConcernInput:
    return replace(INDIVIDUAL, **changes)  # type: ignore[arg-type]


def selective(**changes: object) -> ConcernInput:
    return replace(SELECTIVE, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "errors"),
    [
        (INDIVIDUAL, {}),
        (SELECTIVE, {}),
        (selective(group_description=""), {}),
        (selective(area=""), {}),
        (individual(young_person_id=None), {"young_person_id": "Välj den unge som oron gäller."}),
        (individual(young_person_id=""), {"young_person_id": "Välj den unge som oron gäller."}),
        (
            individual(group_description="Gänget"),
            {"group_description": "Gruppbeskrivning hör bara till grupp- och områdesnivå."},
        ),
        (
            selective(young_person_id="yp"),
            {"young_person_id": "Grupp- och områdesnivå får inte kopplas till en person."},
        ),
        (
            selective(area=" ", group_description=""),
            {"area": "Ange ett område eller beskriv gruppen."},
        ),
        (selective(observation="Sågs med 20100101-1234"), {"observation": NO_PERSONAL_DATA}),
        (selective(assessment="gäller 1001011234"), {"assessment": NO_PERSONAL_DATA}),
        (
            selective(group_description="201001011234 m.fl."),
            {"group_description": NO_PERSONAL_DATA},
        ),
        (selective(area="Nära 100101+1234"), {"area": NO_PERSONAL_DATA}),
        (selective(reporter_role="Lärare 100101-1234"), {"reporter_role": NO_PERSONAL_DATA}),
        (
            selective(
                outcome_reason="Se 100101-1234",
                outcome=ConcernOutcome.REFERRED,
                outcome_on=date(2025, 5, 25),
            ),
            {"outcome_reason": NO_PERSONAL_DATA},
        ),
        (individual(observation="Ringde 070-1234567 igår"), {}),
        (
            selective(outcome=ConcernOutcome.SSPF_CASE, outcome_on=date(2025, 5, 25)),
            {"outcome": "Ett SSPF-ärende gäller en enskild ungdom; välj individnivå."},
        ),
        (individual(observation="  "), {"observation": "Beskriv vad som har iakttagits."}),
        (individual(observation="x" * 4001), {"observation": "Fältet får vara högst 4000 tecken."}),
        (
            individual(reporter_role="x" * 201),
            {"reporter_role": "Fältet får vara högst 200 tecken."},
        ),
        (individual(received_on=TODAY), {}),
        (individual(received_on=date(2025, 6, 2)), {"received_on": FUTURE}),
        (individual(risk_codes=()), {}),
        (
            individual(risk_codes=("weapons", "zzz", "aaa")),
            {"risk_codes": "Okänd riskkategori: aaa, zzz."},
        ),
        (
            individual(outcome_on=date(2025, 5, 25)),
            {"outcome_on": "Ange datum först när beslutet är fattat."},
        ),
        (
            individual(outcome=ConcernOutcome.SSPF_CASE),
            {"outcome_on": "Ange datum för beslutet."},
        ),
        (individual(outcome=ConcernOutcome.SSPF_CASE, outcome_on=date(2025, 5, 20)), {}),
        (
            individual(outcome=ConcernOutcome.SSPF_CASE, outcome_on=date(2025, 5, 19)),
            {"outcome_on": "Beslutet kan inte ligga före datumet då oron kom in."},
        ),
        (
            individual(outcome=ConcernOutcome.SSPF_CASE, outcome_on=date(2025, 6, 2)),
            {"outcome_on": FUTURE},
        ),
        (
            individual(outcome=ConcernOutcome.NOT_SUITABLE, outcome_on=TODAY),
            {"outcome_reason": "Ange ett kort skäl."},
        ),
        (
            individual(outcome=ConcernOutcome.REFERRED, outcome_on=TODAY, outcome_reason=" "),
            {"outcome_reason": "Ange ett kort skäl."},
        ),
        (
            individual(outcome=ConcernOutcome.REFERRED, outcome_on=TODAY, outcome_reason="BUP"),
            {},
        ),
        (individual(report=MADE), {}),
        (
            individual(report=replace(MADE, agency="")),
            {"report.agency": "Ange vilken myndighet som gjorde anmälan."},
        ),
    ],
)
def test_validate_concern(data: ConcernInput, errors: dict[str, str]) -> None:
    assert validate_concern(data, today=TODAY, known_risk_codes=KNOWN) == errors


def test_every_problem_is_reported_at_once() -> None:
    data = selective(
        young_person_id="yp", area="", group_description="", observation="", received_on=TODAY
    )
    errors = validate_concern(data, today=TODAY, known_risk_codes=KNOWN)
    assert set(errors) == {"young_person_id", "area", "observation"}


@pytest.mark.parametrize(
    ("report", "errors"),
    [
        (ReportCheckpoint(), {}),
        (ReportCheckpoint(status=ReportStatus.NOT_NEEDED), {}),
        (ReportCheckpoint(status=ReportStatus.MADE_BY_OTHER), {}),
        (MADE, {}),
        (
            ReportCheckpoint(status=ReportStatus.MADE),
            {
                "agency": "Ange vilken myndighet som gjorde anmälan.",
                "reporter": "Ange vem som gjorde anmälan.",
                "reported_on": "Ange när anmälan gjordes.",
            },
        ),
        (replace(MADE, reported_on=TODAY), {}),
        (replace(MADE, reported_on=date(2025, 6, 2)), {"reported_on": FUTURE}),
        (replace(MADE, reference="x" * 201), {"reference": "Fältet får vara högst 200 tecken."}),
        (replace(MADE, feedback_received=True), {}),
        (replace(MADE, feedback_received=True, feedback_on=date(2025, 5, 21)), {}),
        (
            replace(MADE, feedback_received=True, feedback_on=date(2025, 5, 20)),
            {"feedback_on": "Återkopplingen kan inte komma före anmälan."},
        ),
        (
            replace(MADE, feedback_received=True, feedback_on=date(2025, 6, 2)),
            {"feedback_on": FUTURE},
        ),
        (
            replace(MADE, feedback_on=date(2025, 5, 30)),
            {"feedback_on": "Ange datum för återkoppling bara när återkoppling har kommit."},
        ),
        (
            ReportCheckpoint(status=ReportStatus.MADE_BY_OTHER, feedback_received=True),
            {},
        ),
        (
            ReportCheckpoint(feedback_received=True),
            {"feedback_received": "Återkoppling kan bara finnas när en orosanmälan är gjord."},
        ),
        (
            ReportCheckpoint(status=ReportStatus.NOT_NEEDED, feedback_received=True),
            {"feedback_received": "Återkoppling kan bara finnas när en orosanmälan är gjord."},
        ),
    ],
)
def test_validate_report_checkpoint(report: ReportCheckpoint, errors: dict[str, str]) -> None:
    assert validate_report_checkpoint(report, today=TODAY) == errors


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("100101-1234", True),
        ("100101+1234", True),
        ("1001011234", True),
        ("20100101-1234", True),
        ("201001011234", True),
        ("100101 1234", True),
        ("Grupp om fem, 14-16 år", False),
        ("2025-05-20", False),
        ("Ref 12345", False),
        ("", False),
    ],
)
def test_looks_like_id_number(text: str, found: bool) -> None:
    assert looks_like_id_number(text) is found


@pytest.mark.parametrize(
    ("label", "taken", "code"),
    [
        ("Hög frånvaro", (), "hog_franvaro"),
        ("  Våld (utsatt) ", (), "vald_utsatt"),
        ("Hot", ("hot",), "hot_2"),
        ("Hot", ("hot", "hot_2"), "hot_3"),
        ("123 abc", (), "category_123_abc"),
        ("!!!", (), "category"),
        ("x" * 80, (), "x" * 36),
    ],
)
def test_risk_category_code(label: str, taken: tuple[str, ...], code: str) -> None:
    assert risk_category_code(label, taken) == code
    assert validate_risk_category(RiskCategory(code, label.strip() or "x", True, 1)) == {}


@pytest.mark.parametrize(
    ("category", "others", "errors"),
    [
        (RiskCategory("weapons", "Vapen", True, 1), (), {}),
        (RiskCategory("weapons", "Vapen", False, 0), ("Hot",), {}),
        (
            RiskCategory("Weapons", "Vapen", True, 1),
            (),
            {"code": "Koden får bara innehålla a–z, siffror och understreck (2–40 tecken)."},
        ),
        (
            RiskCategory("w", "Vapen", True, 1),
            (),
            {"code": "Koden får bara innehålla a–z, siffror och understreck (2–40 tecken)."},
        ),
        (RiskCategory("weapons", " ", True, 1), (), {"label": "Ange ett namn."}),
        (
            RiskCategory("weapons", "vapen ", True, 1),
            (" Vapen",),
            {"label": "Det finns redan en riskkategori med det namnet."},
        ),
        (
            RiskCategory("weapons", "Vapen", True, -1),
            (),
            {"position": "Positionen kan inte vara negativ."},
        ),
    ],
)
def test_validate_risk_category(
    category: RiskCategory, others: tuple[str, ...], errors: dict[str, str]
) -> None:
    assert validate_risk_category(category, other_labels=others) == errors


def test_default_categories_are_valid() -> None:
    labels = [category.label for category in DEFAULT_RISK_CATEGORIES]
    for category in DEFAULT_RISK_CATEGORIES:
        others = [text for text in labels if text != category.label]
        assert validate_risk_category(category, other_labels=others) == {}
