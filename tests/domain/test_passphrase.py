"""The rule for new passphrases: at least 12 NFC characters, not only whitespace."""

from __future__ import annotations

import unicodedata

import pytest

from sspf_desk.domain import (
    MIN_PASSPHRASE_LENGTH,
    PassphraseProblem,
    classify_passphrase,
    passphrase_problem,
)


def test_minimum_is_twelve() -> None:
    assert MIN_PASSPHRASE_LENGTH == 12
    assert passphrase_problem("x" * 11) == "Lösenfrasen måste ha minst 12 tecken."
    assert passphrase_problem("x" * 12) is None
    assert passphrase_problem("") == "Lösenfrasen måste ha minst 12 tecken."


def test_length_counts_nfc_characters() -> None:
    composed = "åäöåäöåäöåä"  # 11 characters, each one code point in NFC
    decomposed = unicodedata.normalize("NFD", composed)
    assert len(decomposed) == 22
    assert classify_passphrase(decomposed) is PassphraseProblem.TOO_SHORT
    assert classify_passphrase(decomposed + "ö") is None


@pytest.mark.parametrize("blank", [" " * 12, "\t" * 20, "\u00a0" * 12, " \n " * 5])
def test_whitespace_only_is_refused(blank: str) -> None:
    assert classify_passphrase(blank) is PassphraseProblem.BLANK
    assert passphrase_problem(blank) == "Lösenfrasen får inte bestå av bara blanksteg."


def test_spaces_inside_a_sentence_are_fine() -> None:
    assert passphrase_problem("  korrekt häst batteri  ") is None
