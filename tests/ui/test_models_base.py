"""The shared table-model base: counts, headers, row look-ups, resets; qtmodeltester."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sspf_desk.ui.models.base import Index, RowTableModel


@dataclass(frozen=True, slots=True)
class Pet:
    id: str
    name: str
    legs: int


class PetsModel(RowTableModel[Pet]):
    """A tiny concrete table: name and legs, found by id."""

    def _header_titles(self) -> tuple[str, ...]:
        return ("Name", "Legs")

    def _row_key(self, row: Pet) -> str:
        return row.id

    def set_rows(self, rows: Sequence[Pet]) -> None:
        self._reset_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        pet = self.row_for_index(index)
        if pet is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (pet.name, str(pet.legs))[index.column()]


class KeylessModel(RowTableModel[str]):
    """A table with a constant column count and no keys."""

    def _header_titles(self) -> tuple[str, ...]:
        return ("Text",)

    def _column_count(self) -> int:
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return self.row_for_index(index) if role == Qt.ItemDataRole.DisplayRole else None


PETS = (Pet("a", "Cat", 4), Pet("b", "Hen", 2), Pet("c", "Snake", 0))


def test_base_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = PetsModel()
    qtmodeltester.check(model)
    model.set_rows(PETS)
    qtmodeltester.check(model)
    model.set_rows(())
    qtmodeltester.check(model)


def test_counts_are_zero_under_a_valid_parent() -> None:
    model = PetsModel()
    model.set_rows(PETS)
    assert (model.rowCount(), model.columnCount()) == (3, 2)
    parent = model.index(0, 0)
    assert (model.rowCount(parent), model.columnCount(parent)) == (0, 0)
    persistent = QPersistentModelIndex(parent)
    assert (model.rowCount(persistent), model.columnCount(persistent)) == (0, 0)


def test_horizontal_headers_only_within_range() -> None:
    model = PetsModel()
    horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
    assert [model.headerData(n, horizontal) for n in range(2)] == ["Name", "Legs"]
    assert model.headerData(2, horizontal) is None
    assert model.headerData(-1, horizontal) is None
    assert model.headerData(0, vertical) is None
    assert model.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole) is None


def test_rows_by_number_index_and_key() -> None:
    model = PetsModel()
    model.set_rows(PETS)
    assert model.row_at(1) is PETS[1]
    assert model.row_for_index(model.index(2, 1)) is PETS[2]
    assert model.row_for_index(QPersistentModelIndex(model.index(0, 0))) is PETS[0]
    assert model.row_for_index(QModelIndex()) is None
    assert model.row_of("c") == 2
    assert model.row_of("zebra") is None
    assert model.data(model.index(1, 0)) == "Hen"


def test_an_index_left_over_from_before_a_reset_gives_no_row() -> None:
    model = PetsModel()
    model.set_rows(PETS)
    stale = model.createIndex(2, 0)
    model.set_rows(PETS[:1])
    assert model.row_for_index(stale) is None
    assert model.data(stale) is None


def test_set_rows_is_one_model_reset(qtbot: QtBot) -> None:
    model = PetsModel()
    with (
        qtbot.wait_signal(model.modelAboutToBeReset),
        qtbot.wait_signal(model.modelReset),
    ):
        model.set_rows(PETS)
    assert model.rowCount() == 3


def test_resetting_ends_the_reset_even_when_the_update_fails(qtbot: QtBot) -> None:
    model = PetsModel()

    with (
        qtbot.wait_signal(model.modelReset),
        pytest.raises(ValueError, match="boom"),
        model._resetting(),
    ):
        raise ValueError("boom")
    model.set_rows(PETS)  # a reset still works: the failed one was closed
    assert model.rowCount() == 3


def test_column_count_hook_and_no_keys(qtmodeltester: ModelTester) -> None:
    model = KeylessModel()
    model._reset_rows(["x", "y"])
    qtmodeltester.check(model)
    assert model.columnCount() == 1
    assert model.data(model.index(1, 0)) == "y"
