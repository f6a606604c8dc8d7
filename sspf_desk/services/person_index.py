"""An in-memory list-and-search index of young persons, rebuilt after relevant commits.

Listing and searching 5 000 young persons must feel instant: the index holds one
immutable row per person plus its folded search text, sorted the Swedish way, and is
thrown away whenever a young person or a link changes. Fields hidden by a protected
identity are neither shown nor searchable.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sspf_desk.domain.text import SearchQuery, SearchText, swedish_sort_key
from sspf_desk.services.person_rows import YoungPersonLike, YoungPersonRow, make_row

WATCHED_TABLES = frozenset({"young_person", "person_link"})
_FEW = 16

__all__ = ["PersonIndex", "YoungPersonRow"]


@dataclass(frozen=True, slots=True)
class _Entry:
    """A row with its search text and sort key."""

    row: YoungPersonRow
    text: SearchText
    key: tuple[str, str, str]


def _entry(person: YoungPersonLike, guardian_count: int) -> _Entry:
    """Build the index entry of a young person."""
    row = make_row(person, guardian_count)
    if person.protected_identity:
        text = SearchText.of(person.first_name, person.last_name)
    else:
        text = SearchText.of(
            person.first_name,
            person.last_name,
            (person.id_number or "").replace("-", ""),
            person.school,
            person.school_class,
            person.area,
        )
    key = (swedish_sort_key(person.last_name), swedish_sort_key(person.first_name), person.id)
    return _Entry(row=row, text=text, key=key)


def _key(entry: _Entry) -> tuple[str, str, str]:
    return entry.key


Loader = Callable[[frozenset[str] | None], Sequence[tuple[YoungPersonLike, int]]]


class PersonIndex:
    """Cached, sorted rows of every young person; safe to use from several threads."""

    def __init__(self, load: Loader) -> None:
        """``load(ids)`` returns young persons (all when ``ids`` is None) with guardian counts."""
        self._load = load
        self._lock = threading.Lock()
        self._entries: list[_Entry] | None = None
        self._keys: dict[str, tuple[str, str, str]] = {}

    def invalidate(self) -> None:
        """Drop the cache; the next call rebuilds it."""
        with self._lock:
            self._entries = None

    def refresh(self, ids: frozenset[str] | None) -> None:
        """Reload the given young persons (deleted ones drop out); ``None`` means all."""
        with self._lock:
            if self._entries is None:
                return
            if ids is None:
                self._entries = None
                return
            if not ids:
                return
            fresh = [_entry(person, count) for person, count in self._load(ids)]
            self._entries = self._replaced(self._entries, ids, fresh)

    def _replaced(
        self, entries: list[_Entry], ids: frozenset[str], fresh: list[_Entry]
    ) -> list[_Entry]:
        """Return a copy of the sorted ``entries`` with the rows of ``ids`` replaced by ``fresh``.

        A few changed persons (the usual commit) are found, removed and inserted by binary
        search on their sort keys, so saving one edit does not re-sort 5 000 entries.
        """
        if len(ids) > _FEW:
            result = [entry for entry in entries if entry.row.id not in ids]
            result.extend(fresh)
            result.sort(key=_key)
        else:
            result = entries.copy()
            for person_id in ids:
                key = self._keys.get(person_id)
                index = len(result) if key is None else bisect.bisect_left(result, key, key=_key)
                if index < len(result) and result[index].row.id == person_id:
                    del result[index]
            for entry in fresh:
                bisect.insort(result, entry, key=_key)
        for person_id in ids:
            self._keys.pop(person_id, None)
        self._keys.update((entry.row.id, entry.key) for entry in fresh)
        return result

    def _current(self) -> list[_Entry]:
        """Return the entries, building them if needed."""
        with self._lock:
            if self._entries is None:
                entries = [_entry(person, count) for person, count in self._load(None)]
                entries.sort(key=_key)
                self._entries = entries
                self._keys = {entry.row.id: entry.key for entry in entries}
            return self._entries

    def rows(self) -> list[YoungPersonRow]:
        """Every young person, sorted by last name then first name."""
        return [entry.row for entry in self._current()]

    def search(self, text: str) -> list[YoungPersonRow]:
        """Rows where every word of ``text`` occurs (see :mod:`sspf_desk.domain.text`)."""
        query = SearchQuery.parse(text)
        entries = self._current()
        if not query.terms:
            return [entry.row for entry in entries]
        return [entry.row for entry in entries if query.matches(entry.text)]
