"""Taking names out of the free texts of minutes: every word of a hidden name is replaced.

Words are maximal runs of letters and digits compared case-insensitively, so "ALVA",
"alva-qvist" and "Alva Qvist!" all lose the name, while "Qvistgatan" is left alone. A run of
hidden words (joined by spaces or hyphens) becomes one :data:`REDACTED`. Words shorter than
two characters are never hidden (initials would take out too much).

Besides single words, whole names (*phrases*) are hidden: a hidden person "Alva Qvist" whose
words are each also part of a name the reader may see ("Alva Rydh", "Bror Qvist") cannot be
hidden word by word without hiding the visible names too, yet "Alva Qvist" as a whole must
go. A phrase matches its words in order, joined by spaces or hyphens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

REDACTED = "[namn borttaget]"
_WORD = re.compile(r"\w+")
_JOIN = re.compile(r"[\s-]+")
_MIN_WORD = 2


def name_phrases(names: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """The case-folded word sequences of the names of two or more words."""
    phrases = (tuple(word.casefold() for word in _WORD.findall(name)) for name in names)
    return frozenset(phrase for phrase in phrases if len(phrase) > 1)


def name_words(names: Iterable[str]) -> frozenset[str]:
    """The case-folded words of ``names`` (each at least two characters)."""
    return frozenset(
        word.casefold() for name in names for word in _WORD.findall(name) if len(word) >= _MIN_WORD
    )


@dataclass(frozen=True, slots=True)
class Redactor:
    """Replaces the given (case-folded) words and word sequences (phrases) in texts."""

    words: frozenset[str] = frozenset()
    phrases: frozenset[tuple[str, ...]] = frozenset()
    _by_first: dict[str, tuple[tuple[str, ...], ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.phrases:
            by_first.setdefault(phrase[0], []).append(phrase)
        index = {first: tuple(found) for first, found in by_first.items()}
        object.__setattr__(self, "_by_first", index)

    def _hidden(self, text: str, found: list[re.Match[str]]) -> list[bool]:
        """Which of the words ``found`` in ``text`` are hidden."""
        folded = [match.group().casefold() for match in found]
        hidden = [word in self.words for word in folded]
        for i, word in enumerate(folded):
            for phrase in self._by_first.get(word, ()):
                size = len(phrase)
                if tuple(folded[i : i + size]) == phrase and all(
                    _JOIN.fullmatch(text, found[j].end(), found[j + 1].start())
                    for j in range(i, i + size - 1)
                ):
                    hidden[i : i + size] = [True] * size
        return hidden

    def clean(self, text: str) -> str:
        """Return ``text`` with every run of hidden words replaced by :data:`REDACTED`."""
        if not self.words and not self.phrases:
            return text
        found = list(_WORD.finditer(text))
        runs: list[tuple[int, int]] = []
        for match, hidden in zip(found, self._hidden(text, found), strict=True):
            if not hidden:
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
