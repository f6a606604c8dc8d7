"""The demo generator: deterministic, valid identity numbers, realistic families."""

from __future__ import annotations

from collections import Counter

import pytest

from sspf_desk.domain import CustodyType, IdKind
from sspf_desk.domain.identity import parse_identity
from sspf_desk.services import demo
from sspf_desk.services.archive import validate_document


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
