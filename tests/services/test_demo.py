"""The demo generator: deterministic, valid identity numbers, realistic families."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from sspf_desk.domain import (
    DEFAULT_RISK_CATEGORIES,
    ActionItemInput,
    ActionStatus,
    ConcernInput,
    ConcernLevel,
    ConcernOutcome,
    CustodyType,
    IdKind,
    InformationCategory,
    ReportCheckpoint,
    ReportStatus,
    Sector,
    Urgency,
    validate_action_item,
    validate_concern,
)
from sspf_desk.domain.consent import Party
from sspf_desk.domain.identity import parse_identity
from sspf_desk.services import demo
from sspf_desk.services.archive import import_document, validate_document
from tests.helpers.workspace import create_workspace


def test_same_seed_same_document_other_seed_other_document() -> None:
    assert demo.generate("small", 5) == demo.generate("small", 5)
    assert demo.generate("small", 5) != demo.generate("small", 6)


def test_document_has_the_export_shape() -> None:
    validate_document(demo.generate("small", 1))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_identity_numbers_are_valid_unique_and_match_the_row(seed: int) -> None:
    doc = demo.generate("small", seed)
    young = doc["records"]["young_person"]
    related = doc["records"]["related_person"]
    numbers = [r["id_number"] for r in young + related if r["id_number"]]
    assert len(numbers) == len(set(numbers))
    for row in young:
        if row["id_number"] is None:
            assert row["protected_identity"] or row["id_kind"] == IdKind.NONE.value
            continue
        identity = parse_identity(row["id_number"])
        assert identity.normalized == row["id_number"]
        assert identity.kind.value == row["id_kind"]
        assert identity.birth_date.isoformat() == row["birth_date"]


def test_sizes_and_families() -> None:
    doc = demo.generate("medium", 1)
    records = doc["records"]
    assert len(records["young_person"]) == 500
    assert len(records["related_person"]) == 1000
    per_child = Counter(link["young_person_id"] for link in records["person_link"])
    assert set(per_child.values()) == {2}
    custody = Counter(link["custody_type"] for link in records["person_link"])
    assert custody[CustodyType.JOINT.value] > custody[CustodyType.SOLE.value] > 0


def test_luhn_digit_matches_known_number() -> None:
    # 811218-9876 is the classic textbook example with check digit 6.
    assert demo.luhn_digit("811218987") == 6


def _date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def test_demo_concerns_consents_and_items_pass_the_domain_rules() -> None:
    records = demo.generate("small", 2)["records"]
    codes = {c.code for c in DEFAULT_RISK_CATEGORIES}
    risks: dict[str, list[str]] = {}
    for row in records["concern_risk"]:
        risks.setdefault(row["concern_id"], []).append(row["code"])
    today = demo.REFERENCE_DAY
    for row in records["concern"]:
        data = ConcernInput(
            received_on=date.fromisoformat(row["received_on"]),
            source_sector=Sector(row["source_sector"]),
            reporter_role=row["reporter_role"],
            level=ConcernLevel(row["level"]),
            young_person_id=row["young_person_id"],
            area=row["area"],
            group_description=row["group_description"],
            risk_codes=tuple(risks.get(row["id"], ())),
            observation=row["observation"],
            assessment=row["assessment"],
            urgency=Urgency(row["urgency"]),
            report=ReportCheckpoint(
                status=ReportStatus(row["report_status"]),
                agency=row["report_agency"],
                reporter=row["report_reporter"],
                reported_on=_date(row["report_reported_on"]),
                reference=row["report_reference"],
                feedback_received=row["report_feedback_received"],
                feedback_on=_date(row["report_feedback_on"]),
            ),
            outcome=ConcernOutcome(row["outcome"]),
            outcome_on=_date(row["outcome_on"]),
            outcome_reason=row["outcome_reason"],
        )
        assert (
            validate_concern(data, today=today + timedelta(days=400), known_risk_codes=codes) == {}
        )
    for row in records["action_item"]:
        item = ActionItemInput(
            what=row["what"],
            sector=Sector(row["sector"]),
            responsible=row["responsible"],
            start_on=_date(row["start_on"]),
            deadline=_date(row["deadline"]),
            status=ActionStatus(row["status"]),
            follow_up_on=_date(row["follow_up_on"]),
        )
        assert validate_action_item(item) == {}
    persons = {p["id"]: p for p in records["young_person"]}
    guardians = {
        link["related_person_id"]
        for link in records["person_link"]
        if link["custody_type"] in ("sole", "joint")
    }
    for row in records["consent"]:
        assert row["young_person_id"] in persons
        related = row["consenter_related_person_id"]
        assert (related is None) == (row["consenter_role"] == "young_person")
        assert related is None or related in guardians


def test_demo_imports_into_a_vault_and_the_audit_chain_holds(tmp_path: Path) -> None:
    workspace, _ = create_workspace(tmp_path)
    try:
        document = demo.generate("small", 4)
        counts = import_document(workspace, document)
        for name, rows in document["records"].items():
            assert counts[name] == len(rows)
        report = workspace.check()
        assert report.ok
        categories: dict[str, list[InformationCategory]] = {}
        for row in document["records"]["disclosure_category"]:
            categories.setdefault(row["disclosure_id"], []).append(
                InformationCategory(row["category"])
            )
        disclosures = document["records"]["disclosure"]
        assert disclosures
        for row in disclosures:  # every demo disclosure passes THE sharing check
            decision = workspace.consents.check_sharing(
                row["young_person_id"],
                Party(Sector(row["recipient_sector"])),
                categories[row["id"]],
                date.fromisoformat(row["disclosed_on"]),
            )
            assert decision.allowed, decision.reasons
    finally:
        workspace.close()
