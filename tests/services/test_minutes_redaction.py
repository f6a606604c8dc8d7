"""Name redaction in free texts: whole words, any case, runs joined into one marker."""

from __future__ import annotations

import pytest

from sspf_desk.services.minutes_redaction import REDACTED, Redactor, name_words

R = REDACTED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Alva Qvist kom.", f"{R} kom."),
        ("ALVA och alva-qvist", f"{R} och {R}"),
        ("Qvistgatan, Alvas", "Qvistgatan, Alvas"),
        ("Alva,Qvist", f"{R},{R}"),
        ("Alva  \n Qvist", R),
        ("Hej Per-Olof Qvist.", f"Hej Per-Olof {R}."),
        ("", ""),
    ],
)
def test_clean(text: str, expected: str) -> None:
    assert Redactor(name_words(["Alva Qvist"])).clean(text) == expected


def test_name_words_skip_one_letter_words_and_fold_case() -> None:
    assert name_words(["Åsa B. Öberg", "O'Neil"]) == frozenset({"åsa", "öberg", "neil"})
    assert Redactor().clean("Alva") == "Alva"
