"""The persons table model and its proxy: model invariants, sorting, search-as-you-type."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from sspf_desk.ui.models.persons_model import (
    PERSON_ID_ROLE,
    Column,
    PersonsModel,
    PersonsProxy,
)
from tests.helpers.identity import make_identity
from tests.ui.fakes import FakeRow, row

ROWS = [
    row(
        "Åsa",
        "Öberg",
        id_display=make_identity(date(2010, 2, 15), 238),
        birth=date(2010, 2, 15),
        school="Västerskolan",
        area="Norr",
    ),
    row(
        "Kim",
        "Andersson",
        birth=date(2008, 11, 3),
        school="Östra gymnasiet",
        area="Söder",
        guardians=2,
    ),
    row(
        "Ali",
        "Åkesson",
        id_display=make_identity(date(2009, 5, 1), 114),
        birth=date(2009, 5, 1),
        area="Norr",
        guardians=10,
    ),
    row("Sara", "Zetterberg", protected=True, birth=date(2011, 1, 20), school="Hemlig skola"),
    row("Ann-Sofie", "Ärlig", birth=None, school="Västerskolan"),
]


@pytest.fixture
def model() -> PersonsModel:
    m = PersonsModel()
    m.set_rows(ROWS)  # type: ignore[arg-type]  # FakeRow has the YoungPersonRow shape
    return m


def names(model: PersonsModel | PersonsProxy) -> list[str]:
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


def test_model_passes_modeltester(qtmodeltester: ModelTester) -> None:
    m = PersonsModel()
    qtmodeltester.check(m)
    m.set_rows(ROWS)  # type: ignore[arg-type]
    qtmodeltester.check(m)
    m.set_rows(ROWS[:2])  # type: ignore[arg-type]
    m.clear()
    assert m.rowCount() == 0


def test_proxy_passes_modeltester(qtmodeltester: ModelTester, model: PersonsModel) -> None:
    proxy = PersonsProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.NAME)
    proxy.set_search_text("norr")
    qtmodeltester.check(proxy)
    model.set_rows(ROWS[1:])  # type: ignore[arg-type]
    qtmodeltester.check(proxy)


def at(model: PersonsModel, person: FakeRow, column: Column) -> object:
    row = model.row_of(person.id)
    assert row is not None
    return model.index(row, column).data()


def test_display_texts(model: PersonsModel) -> None:
    assert at(model, ROWS[0], Column.NAME) == "Öberg, Åsa"
    assert at(model, ROWS[2], Column.GUARDIANS) == "10"
    first = model.row_of(ROWS[0].id)
    assert first is not None
    assert model.index(first, Column.NAME).data(PERSON_ID_ROLE) == ROWS[0].id
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_protected_identity_hides_number_and_location(model: PersonsModel) -> None:
    assert at(model, ROWS[3], Column.IDENTITY) == "Protected identity"
    assert at(model, ROWS[3], Column.SCHOOL) == ""
    proxy = PersonsProxy()
    proxy.setSourceModel(model)
    proxy.set_search_text("hemlig")
    assert proxy.rowCount() == 0


def test_names_sort_with_swedish_collation(model: PersonsModel) -> None:
    proxy = PersonsProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert [n.split(",")[0] for n in names(proxy)] == [
        "Andersson",
        "Zetterberg",
        "Åkesson",
        "Ärlig",
        "Öberg",
    ]


def test_dates_sort_as_dates_and_counts_as_numbers(model: PersonsModel) -> None:
    proxy = PersonsProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.BIRTH_DATE, Qt.SortOrder.AscendingOrder)
    births = [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]
    assert births == [
        "Ärlig, Ann-Sofie",
        "Andersson, Kim",
        "Åkesson, Ali",
        "Öberg, Åsa",
        "Zetterberg, Sara",
    ]
    proxy.sort(Column.GUARDIANS, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, Column.GUARDIANS).data() == "10"
    assert proxy.index(1, Column.GUARDIANS).data() == "2"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 5),
        ("öberg", 1),
        ("ÖBERG", 1),
        ("västerskolan", 2),
        ("norr åsa", 1),
        ("100215", 1),
        ("100215-238", 1),
        ("ann-sofie", 1),
        ("oberg", 1),
        ("zetterberg", 1),
        ("nobody", 0),
    ],
)
def test_search_as_you_type(model: PersonsModel, text: str, expected: int) -> None:
    proxy = PersonsProxy()
    proxy.setSourceModel(model)
    proxy.set_search_text(text)
    assert proxy.rowCount() == expected


def test_search_follows_model_reset(model: PersonsModel) -> None:
    proxy = PersonsProxy()
    proxy.setSourceModel(model)
    proxy.set_search_text("norr")
    assert proxy.rowCount() == 2
    model.set_rows([r for r in ROWS if r.first_name != "Åsa"])  # type: ignore[misc]
    assert proxy.rowCount() == 1


def test_sort_keeps_selection_and_new_rows_follow_the_sort(model: PersonsModel) -> None:
    model.sort(Column.GUARDIANS, Qt.SortOrder.DescendingOrder)
    assert at(model, ROWS[2], Column.NAME) == model.index(0, Column.NAME).data()
    persistent = QPersistentModelIndex(model.index(0, 0))
    model.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert persistent.row() == model.row_of(ROWS[2].id)
    model.sort(Column.BIRTH_DATE, Qt.SortOrder.AscendingOrder)
    model.set_rows(list(reversed(ROWS)))  # type: ignore[arg-type]
    assert model.index(0, Column.NAME).data() == "Ärlig, Ann-Sofie"  # no birth date first


def test_fake_row_matches_contract() -> None:
    assert set(FakeRow.__dataclass_fields__) == {
        "id",
        "first_name",
        "last_name",
        "id_display",
        "birth_date",
        "gender",
        "school",
        "school_class",
        "area",
        "protected_identity",
        "guardian_count",
    }
