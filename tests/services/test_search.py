"""Listing and searching young persons (correctness and speed on 5 000 persons)."""

from __future__ import annotations

import random
import time
from datetime import date

import pytest

from sspf_desk.domain import IdKind
from sspf_desk.domain.rules import normalize_young_person
from sspf_desk.services.persons import PersonService
from sspf_desk.store import Store
from sspf_desk.store.models import YoungPersonRecord
from tests.helpers.identity import make_identity
from tests.helpers.store import new_store
from tests.helpers.workspace import young_input as young

TODAY = date(2025, 6, 1)
PNR = make_identity(date(2010, 2, 15), 242)


@pytest.fixture
def persons() -> PersonService:
    """A service over a store with a handful of young persons."""
    service = PersonService(new_store()[0], today=lambda: TODAY)
    for data in (
        young("Åsa", "Östlund", school="Ekskolan", school_class="7B", area="Norr"),
        young("Jose", "Ostlund", school="Björkskolan", school_class="8A", area="Söder"),
        young("Émile", "Zetterberg", id_number=PNR, birth_date=None, area="Centrum"),
        young("Ärla", "Andersson", school="Ekskolan", school_class="9C", area="Norr"),
    ):
        service.create_young_person(data)
    return service


def names(rows: list[object]) -> list[str]:
    """First names of rows."""
    return [row.first_name for row in rows]  # type: ignore[attr-defined]


def test_list_is_sorted_the_swedish_way(persons: PersonService) -> None:
    assert names(persons.list_young_persons()) == ["Ärla", "Jose", "Émile", "Åsa"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Ärla", "Jose", "Émile", "Åsa"]),
        ("östlund", ["Åsa"]),
        ("ÖSTLUND", ["Åsa"]),
        ("ostlund", ["Jose", "Åsa"]),
        ("emile", ["Émile"]),
        ("ekskolan", ["Ärla", "Åsa"]),
        ("ekskolan 7b", ["Åsa"]),
        ("norr", ["Ärla", "Åsa"]),
        ("söder", ["Jose"]),
        (PNR, ["Émile"]),
        (PNR[2:], ["Émile"]),
        (PNR.replace("-", ""), ["Émile"]),
        (PNR[2:].replace("-", ""), ["Émile"]),
        ("20100215", ["Émile"]),
        ("nobody", []),
    ],
)
def test_search(persons: PersonService, query: str, expected: list[str]) -> None:
    assert names(persons.search_young_persons(query)) == expected


def test_search_sees_changes(persons: PersonService) -> None:
    target = persons.search_young_persons("jose")[0]
    persons.update_young_person(target.id, young("Jose", "Ostlund", school="Lärkskolan"))
    assert names(persons.search_young_persons("lärkskolan")) == ["Jose"]
    persons.delete_young_person(target.id)
    assert persons.search_young_persons("jose") == []


def fill(store: Store, count: int) -> None:
    """Add ``count`` young persons with varied names, schools and id numbers."""
    rng = random.Random(7)
    first = ["Ali", "Åsa", "Björn", "Élise", "Maja", "Noah", "Örjan", "Saga", "Leo", "Ines"]
    last = ["Berg", "Öberg", "Lind", "Nyström", "Ahmed", "Holm", "Åberg", "Sjögren"]
    with store.unit_of_work() as session:
        for index in range(count):
            birth = date(2006, 1, 1).fromordinal(date(2006, 1, 1).toordinal() + index % 3000)
            fields = normalize_young_person(
                young(
                    rng.choice(first),
                    rng.choice(last),
                    id_number=make_identity(birth, 1 + index // 3000 * 100 + index % 97),
                    birth_date=None,
                    school=f"Skola {index % 40}",
                    school_class=f"{7 + index % 3}{'ABC'[index % 3]}",
                    area=f"Område {index % 12}",
                ),
                today=TODAY,
            )
            record = YoungPersonRecord()
            record.apply(fields)
            session.add(record)


def test_search_is_fast_on_5000_persons() -> None:
    store, _ = new_store()
    fill(store, 5000)
    service = PersonService(store, today=lambda: TODAY)
    start = time.perf_counter()
    rows = service.list_young_persons()
    build = time.perf_counter() - start
    assert len(rows) == 5000
    assert all(row.id_display for row in rows)
    timings = []
    for query in ("berg", "öberg", "skola 7 8b", "område 3", "ines lind", "2006", "zzz"):
        start = time.perf_counter()
        found = service.search_young_persons(query)
        timings.append(time.perf_counter() - start)
        assert query == "zzz" or found
    assert service.search_young_persons(rows[0].id_display)[0].id == rows[0].id
    assert build < 2.0
    assert max(timings) < 0.1
    assert {r.id_kind for r in [service.get_young_person(rows[0].id)]} == {IdKind.PERSONNUMMER}
