"""The rule every new passphrase must meet (the GUI, the command line and the services).

Length is counted in characters of the NFC normal form, the form the key derivation
uses, so "å" typed as one character or as "a" plus a combining ring counts the same. A
passphrase of whitespace only is refused whatever its length. Passphrases that already
open a vault are never checked again: the rule applies when one is chosen.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum

MIN_PASSPHRASE_LENGTH = 12


class PassphraseProblem(StrEnum):
    """Why a new passphrase is refused (the GUI and the CLI word it in their language)."""

    TOO_SHORT = "too_short"
    BLANK = "blank"


_MESSAGES_SV = {
    PassphraseProblem.TOO_SHORT: f"Lösenfrasen måste ha minst {MIN_PASSPHRASE_LENGTH} tecken.",
    PassphraseProblem.BLANK: "Lösenfrasen får inte bestå av bara blanksteg.",
}


def passphrase_length(passphrase: str) -> int:
    """Return the number of characters of ``passphrase`` in NFC normal form."""
    return len(unicodedata.normalize("NFC", passphrase))


def classify_passphrase(passphrase: str) -> PassphraseProblem | None:
    """Return what is wrong with ``passphrase`` as a new passphrase, or None if it may be used."""
    if passphrase_length(passphrase) < MIN_PASSPHRASE_LENGTH:
        return PassphraseProblem.TOO_SHORT
    if not passphrase.strip():
        return PassphraseProblem.BLANK
    return None


def passphrase_problem(passphrase: str) -> str | None:
    """Return why ``passphrase`` may not be used as a new passphrase (Swedish), or None."""
    problem = classify_passphrase(passphrase)
    return None if problem is None else _MESSAGES_SV[problem]
