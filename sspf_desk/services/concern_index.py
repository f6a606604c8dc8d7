"""An in-memory list-and-search index of concerns, refreshed after relevant commits.

Reading 50 000 concerns takes about a second; filtering and searching them in memory
takes milliseconds. The index is built on first use (the search texts on the first
search) and afterwards only the concerns a commit touched (directly, or through their
young person) are read again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection
from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class _Entry:
    """A row, the id digits its search may use, and its sort key (newest first)."""

    row: ConcernRow
    id_digits: str
    key: tuple[int, str]

    def search_text(self, observation: str) -> SearchText:
        """The folded text a search looks in."""
        row = self.row
        return SearchText.of(
            row.young_person_name,
            self.id_digits,
            row.area,
            row.group_description,
            row.reporter_role,
            *row.risk_labels,
            observation,
        )


def _entry(listed: ListedConcern, codes: tuple[str, ...], labels: dict[str, str]) -> _Entry:
    """Build the index entry of one concern."""
    individual = listed.level is ConcernLevel.INDIVIDUAL and listed.young_person_id is not None
    name = f"{listed.first_name or ''} {listed.last_name or ''}".strip() if individual else ""
    protected = bool(listed.protected_identity)
    row = ConcernRow(
        id=listed.id,
        received_on=listed.received_on,
        source_sector=listed.source_sector,
        reporter_role=listed.reporter_role,
        level=listed.level,
        young_person_id=listed.young_person_id,
        young_person_name=name,
        protected_identity=protected,
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
    id_digits = "" if protected else (listed.id_number or "").replace("-", "")
    return _Entry(row=row, id_digits=id_digits, key=(-listed.received_on.toordinal(), listed.id))


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
        self._entries: dict[str, _Entry] | None = None
        self._texts: dict[str, SearchText] | None = None
        self._sorted: list[_Entry] | None = None
        self._labels: dict[str, str] = {}

    def invalidate(self) -> None:
        """Drop the cache; the next call rebuilds it."""
        with self._lock:
            self._entries = None
            self._texts = None
            self._sorted = None

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

    def refresh(self, concern_ids: Collection[str], person_ids: Collection[str]) -> None:
        """Read these concerns and those about these young persons again (deleted drop out)."""
        with self._lock:
            if self._entries is None or not (concern_ids or person_ids):
                return
            entries = self._entries
            persons = set(person_ids)
            stale = {key for key, e in entries.items() if e.row.young_person_id in persons}
            stale.update(concern_ids)
            for concern_id in stale:
                entries.pop(concern_id, None)
            fresh = {
                listed.id: _entry(listed, codes, self._labels)
                for listed, codes in self._load(list(concern_ids), list(persons))
            }
            entries.update(fresh)
            if self._texts is not None:
                for concern_id in stale:
                    self._texts.pop(concern_id, None)
                observations = self._load_texts(list(fresh))
                for concern_id, entry in fresh.items():
                    text = observations.get(concern_id, "")
                    self._texts[concern_id] = entry.search_text(text)
            self._sorted = None

    def _current(self, *, texts: bool) -> tuple[list[_Entry], dict[str, SearchText]]:
        """The entries sorted newest first (built if needed), and the search texts if asked."""
        with self._lock:
            if self._entries is None:
                self._labels = self._load_labels()
                self._entries = {
                    listed.id: _entry(listed, codes, self._labels)
                    for listed, codes in self._load(None, None)
                }
            if self._sorted is None:
                self._sorted = sorted(self._entries.values(), key=lambda entry: entry.key)
            if texts and self._texts is None:
                observations = self._load_texts(None)
                self._texts = {
                    key: entry.search_text(observations.get(key, ""))
                    for key, entry in self._entries.items()
                }
            return self._sorted, self._texts or {}

    def rows(self, criteria: ConcernFilter) -> list[ConcernRow]:
        """Rows meeting ``criteria``, newest first."""
        query = SearchQuery.parse(criteria.text)
        entries, texts = self._current(texts=bool(query.terms))
        rows = [entry.row for entry in entries if entry.row.matches(criteria)]
        if not query.terms:
            return rows
        return [row for row in rows if query.matches(texts[row.id])]
