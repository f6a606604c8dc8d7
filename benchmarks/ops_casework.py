"""Concern list and search, case list and the overview, as the services run them.

The app keeps an in-memory index of concerns (``services/concern_index.py``): the first
list after opening reads the database and builds it, later lists and every search
keystroke are served from it (the search texts are built on the first search). The case
list and the overview query the database on every call. The peers run the same service
code on a file (plain SQLite or SQLCipher) with a fresh service per call, as an app on
SQLCipher would.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from benchmarks.fixtures import Fixture, opened_workspace, peer_store
from benchmarks.registry import SQLCIPHER, SQLITE, Case, Operation, Target
from benchmarks.timing import Step, Trial
from sspf_desk.services.cases import CaseService
from sspf_desk.services.concern_rows import ConcernFilter
from sspf_desk.services.concerns import ConcernService
from sspf_desk.services.demo import REFERENCE_DAY
from sspf_desk.services.overview import OverviewService
from sspf_desk.store.uow import Store


def _check(rows: list[object], expected: int, what: str) -> None:
    if len(rows) != expected:
        raise RuntimeError(f"listed {len(rows)} {what}, expected {expected}")


# -- concerns -------------------------------------------------------------------------------


@contextmanager
def concerns_first_app(fixture: Fixture) -> Iterator[Trial]:
    """The first concern list after opening: read every concern, build and sort the index."""
    expected = fixture.records["concern"]
    with opened_workspace(fixture) as workspace:

        def step() -> None:
            _check(list(ConcernService(workspace.store).list_concerns()), expected, "concerns")

        yield Trial([step])


@contextmanager
def concerns_cached_app(fixture: Fixture) -> Iterator[Trial]:
    """Every later concern list (all 50 000 at the large size), from the index."""
    expected = fixture.records["concern"]
    with opened_workspace(fixture) as workspace:
        workspace.concerns.list_concerns()

        def step() -> None:
            _check(list(workspace.concerns.list_concerns()), expected, "concerns")

        yield Trial([step])


def _concerns_peer(kind: str) -> Case:
    @contextmanager
    def case(fixture: Fixture) -> Iterator[Trial]:
        expected = fixture.records["concern"]
        with peer_store(fixture, kind) as store:

            def step() -> None:
                _check(list(ConcernService(store).list_concerns()), expected, "concerns")

            yield Trial([step])

    case.__doc__ = f"The same concern list code on {kind}, querying the file every time."
    return case


def _search_step(service: ConcernService, text: str) -> Step:
    return lambda: service.list_concerns(ConcernFilter(text=text))


@contextmanager
def concerns_search_app(fixture: Fixture) -> Iterator[Trial]:
    """Concern search per keystroke (index and search texts already built)."""
    with opened_workspace(fixture) as workspace:
        service = workspace.concerns
        service.list_concerns(ConcernFilter(text="a"))
        yield Trial([_search_step(service, text) for text in fixture.keystrokes()])


@contextmanager
def concerns_first_search_app(fixture: Fixture) -> Iterator[Trial]:
    """The first search after the list: reads the observations and folds the search texts."""
    with opened_workspace(fixture) as workspace:
        current: list[ConcernService] = []

        def reset() -> None:
            current[:] = [ConcernService(workspace.store)]
            current[0].list_concerns()

        def step() -> None:
            current[0].list_concerns(ConcernFilter(text="a"))

        yield Trial([step], reset=reset)


# -- cases and overview ---------------------------------------------------------------------


@contextmanager
def cases_app(fixture: Fixture) -> Iterator[Trial]:
    """``CaseService.list_cases``: every case with name and open/overdue item counts."""
    expected = fixture.records["sspf_case"]
    with opened_workspace(fixture) as workspace:

        def step() -> None:
            _check(list(workspace.cases.list_cases()), expected, "cases")

        yield Trial([step])


def _cases_peer(kind: str) -> Case:
    @contextmanager
    def case(fixture: Fixture) -> Iterator[Trial]:
        expected = fixture.records["sspf_case"]
        with peer_store(fixture, kind) as store:

            def step() -> None:
                _check(list(CaseService(store).list_cases()), expected, "cases")

            yield Trial([step])

    case.__doc__ = f"The same case list code on {kind}."
    return case


def _overview_trial(store: Store, concerns: ConcernService) -> Trial:
    """Build the page from scratch each repetition (a fresh service has no built page)."""
    concerns.list_concerns()
    current: list[OverviewService] = []

    def reset() -> None:
        current[:] = [OverviewService(store, concerns.list_concerns)]

    def step() -> None:
        current[0].overview(REFERENCE_DAY)

    return Trial([step], reset=reset)


@contextmanager
def overview_app(fixture: Fixture) -> Iterator[Trial]:
    """``OverviewService.overview`` on the demo's reference day (concern index built)."""
    with opened_workspace(fixture) as workspace:
        yield _overview_trial(workspace.store, workspace.concerns)


def _overview_peer(kind: str) -> Case:
    @contextmanager
    def case(fixture: Fixture) -> Iterator[Trial]:
        with peer_store(fixture, kind) as store:
            yield _overview_trial(store, ConcernService(store))

    case.__doc__ = f"The same overview code on {kind}."
    return case


_SIZES_NOTE = "50 000 concerns, 30 000 action items at the large size."
_SAME_CODE = {
    SQLCIPHER: (_concerns_peer(SQLCIPHER), _cases_peer(SQLCIPHER), _overview_peer(SQLCIPHER)),
    SQLITE: (_concerns_peer(SQLITE), _cases_peer(SQLITE), _overview_peer(SQLITE)),
}


def _peers(index: int) -> dict[str, Case]:
    return {kind: cases[index] for kind, cases in _SAME_CODE.items()}


OPERATIONS = [
    Operation(
        name="concerns_list_first",
        title="Concern list, first after open",
        app=concerns_first_app,
        baselines=_peers(0),
        targets=(Target("≤ 1.0 × SQLCipher", baseline=SQLCIPHER, at_most=1.0),),
        note="App: query + build and sort the in-memory index. " + _SIZES_NOTE,
    ),
    Operation(
        name="concerns_list",
        title="Concern list, later",
        app=concerns_cached_app,
        baselines=_peers(0),
        targets=(Target("≤ 100 ms", at_most=100.0),),
        note="App: from the in-memory index; peers rebuild from their file. " + _SIZES_NOTE,
    ),
    Operation(
        name="concerns_search_first",
        title="Concern search, first (builds texts)",
        app=concerns_first_search_app,
        targets=(Target("≤ 3000 ms", at_most=3000.0),),
        note="Reads the observations and folds every search text (list already built).",
        warmup=1,
        repeat=5,
    ),
    Operation(
        name="concerns_search_keystroke",
        title="Concern search per keystroke",
        app=concerns_search_app,
        targets=(Target("≤ 250 ms p95", at_most=250.0, stat="p95"),),
        note="The persons keystrokes (name, then id prefix) over every concern's search text.",
    ),
    Operation(
        name="cases_list",
        title="Case list",
        app=cases_app,
        baselines=_peers(1),
        targets=(Target("≤ 1.0 × SQLCipher", baseline=SQLCIPHER, at_most=1.0),),
        note="Cases with name and open/overdue item counts (one aggregate query).",
    ),
    Operation(
        name="overview",
        title="Overview page",
        app=overview_app,
        baselines=_peers(2),
        targets=(Target("≤ 1.0 × SQLCipher", baseline=SQLCIPHER, at_most=1.0),),
        note=(
            "All six blocks built from scratch on the reference day (the concern blocks "
            "from the index); afterwards the page is reused until a relevant change."
        ),
    ),
]
