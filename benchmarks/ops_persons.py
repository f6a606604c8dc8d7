"""The persons list and search as services run them, against SQLCipher and plain SQLite.

The app keeps an in-memory index of young persons (``services/person_index.py``): the
first list after opening reads the database and builds it, later lists and every search
keystroke are served from it. A peer app has no index: every time the list is shown it
runs the app's own list query on its file and builds the same rows in the same Swedish
order (``peer.list_sql``), and it searches with the SQL a knowledgeable engineer would
write (``peer.search_sql``: ``LIKE '%word%'`` per word).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from benchmarks import peer
from benchmarks.fixtures import Fixture, opened_workspace, peer_store
from benchmarks.registry import SQLCIPHER, SQLITE, Case, Operation, Target
from benchmarks.timing import Step, Trial
from sspf_desk.services.persons import PersonService


def _check_count(rows: list[object], expected: int) -> None:
    if len(rows) != expected:
        raise RuntimeError(f"listed {len(rows)} young persons, expected {expected}")


# -- list ----------------------------------------------------------------------------------


@contextmanager
def list_first_app(fixture: Fixture) -> Iterator[Trial]:
    """The first list after opening: read every young person, build and sort the index."""
    expected = fixture.records["young_person"]
    with opened_workspace(fixture) as workspace:

        def step() -> None:
            _check_count(list(PersonService(workspace.store).list_young_persons()), expected)

        yield Trial([step])


@contextmanager
def list_cached_app(fixture: Fixture) -> Iterator[Trial]:
    """Every later list: served from the index."""
    expected = fixture.records["young_person"]
    with opened_workspace(fixture) as workspace:
        workspace.persons.list_young_persons()

        def step() -> None:
            _check_count(list(workspace.persons.list_young_persons()), expected)

        yield Trial([step])


def _list_peer(kind: str) -> Case:
    @contextmanager
    def case(fixture: Fixture) -> Iterator[Trial]:
        expected = fixture.records["young_person"]
        with peer_store(fixture, kind) as store:

            def step() -> None:
                with store.unit_of_work() as session:
                    _check_count(list(peer.list_sql(session)), expected)

            yield Trial([step])

    case.__doc__ = f"The app's list query and rows on {kind}, every time (no index)."
    return case


# -- search-as-you-type ---------------------------------------------------------------------


def _search_step(service: PersonService, text: str) -> Step:
    return lambda: service.search_young_persons(text)


@contextmanager
def search_app(fixture: Fixture) -> Iterator[Trial]:
    """``PersonService.search_young_persons`` per keystroke (index already built)."""
    with opened_workspace(fixture) as workspace:
        service = workspace.persons
        service.list_young_persons()
        yield Trial([_search_step(service, text) for text in fixture.keystrokes()])


def _search_peer(kind: str) -> Case:
    @contextmanager
    def case(fixture: Fixture) -> Iterator[Trial]:
        with peer_store(fixture, kind) as store:

            def keystroke(text: str) -> Step:
                def run() -> None:
                    with store.unit_of_work() as session:
                        peer.search_sql(session, text)

                return run

            yield Trial([keystroke(text) for text in fixture.keystrokes()])

    case.__doc__ = f"The SQL LIKE search on {kind}, one query per keystroke."
    return case


_LIST_NOTE = (
    "5 000 rows at the large size. Peers: the app's list query and row view-models on "
    "their file, sorted the same way, every time the list is shown (no index)."
)

OPERATIONS = [
    Operation(
        name="persons_list_first",
        title="Persons list, first after open",
        app=list_first_app,
        baselines={SQLCIPHER: _list_peer(SQLCIPHER), SQLITE: _list_peer(SQLITE)},
        targets=(Target("≤ 1.0 × SQLCipher", baseline=SQLCIPHER, at_most=1.0),),
        note="App: the same query, then build the in-memory search index. " + _LIST_NOTE,
    ),
    Operation(
        name="persons_list",
        title="Persons list, later",
        app=list_cached_app,
        baselines={SQLCIPHER: _list_peer(SQLCIPHER), SQLITE: _list_peer(SQLITE)},
        targets=(Target("≤ 1.0 × SQLCipher", baseline=SQLCIPHER, at_most=1.0),),
        note="App: from the in-memory index. " + _LIST_NOTE,
    ),
    Operation(
        name="persons_search_keystroke",
        title="Search per keystroke (service)",
        app=search_app,
        baselines={SQLCIPHER: _search_peer(SQLCIPHER), SQLITE: _search_peer(SQLITE)},
        targets=(
            Target("≤ 1.0 × SQLCipher", baseline=SQLCIPHER, at_most=1.0),
            Target("≤ 50 ms p95", at_most=50.0, stat="p95"),
        ),
        note=(
            "'Lindq' then a six-digit personnummer prefix, letter by letter; one sample "
            "per keystroke. App: in-memory index (Swedish folding). Peers: SQL LIKE."
        ),
    ),
]
