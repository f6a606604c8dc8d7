"""Text helpers for searching and sorting Swedish names.

Swedish treats å, ä and ö as letters of their own, sorted after z. Searching is
case-insensitive; other accents (é, ü, …) are ignored; a query typed without å/ä/ö
also finds names that have them ("ostlund" finds "Östlund"), but not the other way round.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_SWEDISH = "åäö"
_SWEDISH_PLACEHOLDERS = str.maketrans({"å": "\x01", "ä": "\x02", "ö": "\x03"})
_SWEDISH_RESTORE = str.maketrans({"\x01": "å", "\x02": "ä", "\x03": "ö"})
_NORDIC_VARIANTS = str.maketrans({"æ": "ä", "ø": "ö"})
_SORT_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}"})
_SEPARATORS = str.maketrans({"-": "", "+": ""})


_CACHE_SIZE = 1 << 16


def _strip_marks(text: str) -> str:
    """Remove combining marks after NFD decomposition."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=_CACHE_SIZE)
def fold_swedish(text: str) -> str:
    """Case-fold and drop accents except on å, ä and ö (æ/ø count as ä/ö)."""
    lowered = unicodedata.normalize("NFC", text).casefold().translate(_NORDIC_VARIANTS)
    kept = lowered.translate(_SWEDISH_PLACEHOLDERS)
    return unicodedata.normalize("NFC", _strip_marks(kept)).translate(_SWEDISH_RESTORE)


@lru_cache(maxsize=_CACHE_SIZE)
def fold_plain(text: str) -> str:
    """Case-fold and drop every accent, å/ä/ö included."""
    return _strip_marks(unicodedata.normalize("NFC", text).casefold().translate(_NORDIC_VARIANTS))


@lru_cache(maxsize=_CACHE_SIZE)
def swedish_sort_key(text: str) -> str:
    """A key that sorts case-insensitively with å, ä, ö after z."""
    return fold_swedish(text).translate(_SORT_ORDER)


@dataclass(frozen=True, slots=True)
class SearchText:
    """One record's searchable text, folded two ways (see the module docstring)."""

    swedish: str
    plain: str

    @classmethod
    def of(cls, *parts: str) -> SearchText:
        """Build the searchable text of a record from its displayed fields."""
        present = [part for part in parts if part]
        return cls(
            swedish=" ".join(fold_swedish(part) for part in present),
            plain=" ".join(fold_plain(part) for part in present),
        )


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """A parsed search: every term must occur somewhere in the record's text."""

    terms: tuple[str, ...]

    @classmethod
    def parse(cls, text: str) -> SearchQuery:
        """Split on whitespace; drop - and + inside digit groups ("010101-1234")."""
        terms: list[str] = []
        for raw in text.split():
            term = fold_swedish(raw)
            stripped = term.translate(_SEPARATORS)
            is_number = stripped.isascii() and stripped.isdigit()
            terms.append(stripped if is_number else term)
        return cls(terms=tuple(t for t in terms if t))

    def matches(self, target: SearchText) -> bool:
        """Return whether every term occurs in ``target``."""
        for term in self.terms:
            haystack = target.swedish if any(ch in _SWEDISH for ch in term) else target.plain
            if term not in haystack:
                return False
        return True
