"""Swedish-aware folding, sorting and search matching."""

from __future__ import annotations

import pytest

from sspf_desk.domain.text import SearchQuery, SearchText, fold_swedish, swedish_sort_key


def test_fold_keeps_swedish_letters() -> None:
    assert fold_swedish("ÖSTLUND Élise Müller Æbe") == "östlund elise muller äbe"


def test_sort_puts_swedish_letters_after_z() -> None:
    names = ["Öberg", "Åberg", "Zetterberg", "Ärlig", "Andersson", "émile"]
    assert sorted(names, key=swedish_sort_key) == [
        "Andersson",
        "émile",
        "Zetterberg",
        "Åberg",
        "Ärlig",
        "Öberg",
    ]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("östlund", True),
        ("ÖSTLUND", True),
        ("ostlund", True),
        ("ast", False),
        ("jose", True),
        ("JOSÉ", True),
        ("ekskolan 7b", True),
        ("ekskolan 8b", False),
        ("20100215-2427", True),
        ("100215-2427", True),
        ("1002152427", True),
        ("20100215", True),
        ("", True),
    ],
)
def test_matches(query: str, found: bool) -> None:
    target = SearchText.of("José", "Östlund", "201002152427", "Ekskolan", "7B")
    assert SearchQuery.parse(query).matches(target) is found


def test_query_with_swedish_letter_does_not_match_plain_name() -> None:
    assert not SearchQuery.parse("östlund").matches(SearchText.of("Ostlund"))
    assert SearchQuery.parse("ostlund").matches(SearchText.of("Ostlund"))
