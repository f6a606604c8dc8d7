"""Taking names out of the free texts of minutes: every word of a hidden name is replaced.

Words are maximal runs of letters and digits compared case-insensitively, so "ALVA",
"alva-qvist" and "Alva Qvist!" all lose the name, while "Qvistgatan" is left alone. A run of
hidden words (joined by spaces or hyphens) becomes one :data:`REDACTED`. Words shorter than
two characters are never hidden (initials would take out too much).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

REDACTED = "[namn borttaget]"
_WORD = re.compile(r"\w+")
_JOIN = re.compile(r"[\s-]+")
_MIN_WORD = 2


def name_words(names: Iterable[str]) -> frozenset[str]:
    """The case-folded words of ``names`` (each at least two characters)."""
    return frozenset(
        word.casefold() for name in names for word in _WORD.findall(name) if len(word) >= _MIN_WORD
    )


@dataclass(frozen=True, slots=True)
class Redactor:
    """Replaces the given (case-folded) words in texts."""

    words: frozenset[str] = frozenset()

    def clean(self, text: str) -> str:
        """Return ``text`` with every run of hidden words replaced by :data:`REDACTED`."""
        if not self.words:
            return text
        runs: list[tuple[int, int]] = []
        for match in _WORD.finditer(text):
            if match.group().casefold() not in self.words:
                continue
            if runs and _JOIN.fullmatch(text, runs[-1][1], match.start()):
                runs[-1] = (runs[-1][0], match.end())
            else:
                runs.append((match.start(), match.end()))
        if not runs:
            return text
        parts: list[str] = []
        position = 0
        for start, end in runs:
            parts += [text[position:start], REDACTED]
            position = end
        parts.append(text[position:])
        return "".join(parts)
