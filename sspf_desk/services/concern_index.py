"""An in-memory list-and-search index of concerns, refreshed after relevant commits.

Reading 50 000 concerns takes about a second; filtering and searching them in memory
takes milliseconds. The index is built on first use (the search texts on the first
search) and afterwards only the concerns a commit touched (directly, or through their
young person) are read again and put in place without re-sorting the rest. Typing a
search narrows the previous keystroke's result instead of scanning everything again.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace

from sspf_desk.domain import ConcernLevel
from sspf_desk.domain.text import SearchQuery, SearchText
from sspf_desk.services.concern_rows import ConcernFilter, ConcernRow
from sspf_desk.store.changes import CommitInfo
from sspf_desk.store.repo_concerns import ListedConcern

#: Tables whose changes can change a concern row.
WATCHED_TABLES = frozenset({"concern", "concern_risk", "young_person", "risk_category"})

Listed = tuple[ListedConcern, tuple[str, ...]]
#: ``load(concern_ids, young_person_ids)``: all concerns when both are None.
Loader = Callable[[Collection[str] | None, Collection[str] | None], list[Listed]]
#: ``load_texts(concern_ids)``: observation texts by id (all when None).
TextLoader = Callable[[Collection[str] | None], dict[str, str]]
LabelLoader = Callable[[], dict[str, str]]


def sort_key(row: ConcernRow) -> tuple[int, str]:
    """Newest first, then by id (stable)."""
    return (-row.received_on.toordinal(), row.id)


def _row(listed: ListedConcern, codes: tuple[str, ...], labels: dict[str, str]) -> ConcernRow:
    """Build the list row of one concern."""
    individual = listed.level is ConcernLevel.INDIVIDUAL and listed.young_person_id is not None
    name = f"{listed.first_name or ''} {listed.last_name or ''}".strip() if individual else ""
    return ConcernRow(
        id=listed.id,
        received_on=listed.received_on,
        source_sector=listed.source_sector,
        reporter_role=listed.reporter_role,
        level=listed.level,
        young_person_id=listed.young_person_id,
        young_person_name=name,
        protected_identity=bool(listed.protected_identity),
        area=listed.area,
        group_description=listed.group_description,
        risk_codes=codes,
        risk_labels=tuple(labels.get(code, code) for code in codes),
        urgency=listed.urgency,
        report_status=listed.report_status,
        outcome=listed.outcome,
        outcome_on=listed.outcome_on,
        case_id=listed.case_id,
    )


def _digits(listed: ListedConcern) -> str:
    """The id number digits a search may use (none for a protected identity)."""
    if listed.protected_identity or not listed.id_number:
        return ""
    return listed.id_number.replace("-", "")


def _search_text(row: ConcernRow, digits: str, observation: str) -> SearchText:
    """The folded text a search looks in."""
    return SearchText.of(
        row.young_person_name,
        digits,
        row.area,
        row.group_description,
        row.reporter_role,
        *row.risk_labels,
        observation,
    )


@dataclass(frozen=True, slots=True)
class _LastSearch:
    """The previous text search: its criteria and the rows it found."""

    criteria: ConcernFilter
    rows: list[ConcernRow]

    def narrows_to(self, criteria: ConcernFilter) -> bool:
        """Whether ``criteria`` can only find a subset of these rows (text typed on)."""
        same_rest = replace(criteria, text=self.criteria.text) == self.criteria
        return same_rest and criteria.text.startswith(self.criteria.text)


class ConcernIndex:
    """Cached rows of every concern; safe to use from several threads.

    Search texts (which include the long observation texts) are built on the first
    search, so showing the list does not pay for them.
    """

    def __init__(self, load: Loader, load_texts: TextLoader, load_labels: LabelLoader) -> None:
        """Read rows, observation texts and risk category labels with the loaders."""
        self._load = load
        self._load_texts = load_texts
        self._load_labels = load_labels
        self._lock = threading.Lock()
        self._rows: dict[str, ConcernRow] | None = None
        self._sorted: list[ConcernRow] = []
        self._digits: dict[str, str] = {}
        self._texts: dict[str, SearchText] | None = None
        self._labels: dict[str, str] = {}
        self._last: _LastSearch | None = None

    def invalidate(self) -> None:
        """Drop the cache; the next call rebuilds it."""
        with self._lock:
            self._rows = None
            self._sorted, self._digits = [], {}
            self._texts = None
            self._last = None

    def on_commit(self, changed: CommitInfo) -> None:
        """Refresh what a commit may have changed."""
        if changed.tables.isdisjoint(WATCHED_TABLES):
            return
        if changed.bulk_tables & WATCHED_TABLES or "risk_category" in changed.tables:
            self.invalidate()
            return
        concern_ids = changed.ids("concern") or frozenset()
        person_ids = changed.ids("young_person") or frozenset()
        self.refresh(concern_ids, person_ids)

    def _remove(self, concern_id: str) -> None:
        """Take one concern out of every structure (lock held)."""
        rows = self._rows if self._rows is not None else {}
        row = rows.pop(concern_id, None)
        if row is None:
            return
        position = bisect.bisect_left(self._sorted, sort_key(row), key=sort_key)
        if position < len(self._sorted) and self._sorted[position].id == concern_id:
            del self._sorted[position]
        self._digits.pop(concern_id, None)
        if self._texts is not None:
            self._texts.pop(concern_id, None)

    def refresh(self, concern_ids: Collection[str], person_ids: Collection[str]) -> None:
        """Read these concerns and those about these young persons again (deleted drop out)."""
        with self._lock:
            if self._rows is None or not (concern_ids or person_ids):
                return
            self._last = None
            persons = set(person_ids)
            stale = {key for key, row in self._rows.items() if row.young_person_id in persons}
            for concern_id in stale.union(concern_ids):
                self._remove(concern_id)
            fresh: list[ConcernRow] = []
            for listed, codes in self._load(list(concern_ids), list(persons)):
                row = _row(listed, codes, self._labels)
                self._remove(row.id)
                self._rows[row.id] = row
                self._digits[row.id] = _digits(listed)
                bisect.insort(self._sorted, row, key=sort_key)
                fresh.append(row)
            if self._texts is not None and fresh:
                observations = self._load_texts([row.id for row in fresh])
                for row in fresh:
                    text = observations.get(row.id, "")
                    self._texts[row.id] = _search_text(row, self._digits[row.id], text)

    def _build(self, *, texts: bool) -> tuple[list[ConcernRow], dict[str, SearchText]]:
        """The rows sorted newest first (built if needed), and the search texts if asked."""
        if self._rows is None:
            self._labels = self._load_labels()
            rows: dict[str, ConcernRow] = {}
            for listed, codes in self._load(None, None):
                rows[listed.id] = _row(listed, codes, self._labels)
                self._digits[listed.id] = _digits(listed)
            self._rows = rows
            self._sorted = sorted(rows.values(), key=sort_key)
        if texts and self._texts is None:
            observations = self._load_texts(None)
            self._texts = {
                key: _search_text(row, self._digits.get(key, ""), observations.get(key, ""))
                for key, row in self._rows.items()
            }
        return self._sorted, self._texts or {}

    def warm_up(self) -> None:
        """Build the rows and the search texts now (e.g. in the background after unlock)."""
        with self._lock:
            self._build(texts=True)

    def rows(self, criteria: ConcernFilter) -> list[ConcernRow]:
        """Rows meeting ``criteria``, newest first."""
        query = SearchQuery.parse(criteria.text)
        with self._lock:
            rows, texts = self._build(texts=bool(query.terms))
            if not query.terms:
                return [row for row in rows if row.matches(criteria)]
            last = self._last
            pool = last.rows if last is not None and last.narrows_to(criteria) else rows
            found = [row for row in pool if row.matches(criteria) and query.matches(texts[row.id])]
            self._last = _LastSearch(criteria, found)
            return list(found)
