"""Small-count suppression (issue 6): table tests and properties checked by brute force."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sspf_desk.domain.suppression import (
    PRIMARY_LABEL,
    SECONDARY_LABEL,
    SUPPRESSED,
    PublishedCount,
    PublishedTable,
    Suppression,
    suppress_line,
    suppress_table,
    suppressed_positions,
)

Grid = list[list[int]]
Pos = tuple[int, int]

P = PRIMARY_LABEL
S = SECONDARY_LABEL


def with_margins(counts: Sequence[Sequence[int]]) -> Grid:
    grid = [[*row, sum(row)] for row in counts]
    grid.append([sum(row[j] for row in grid) for j in range(len(grid[0]))])
    return grid


def hidden_of(table: PublishedTable) -> set[Pos]:
    return {
        (i, j)
        for i, row in enumerate(table.grid())
        for j, entry in enumerate(row)
        if entry.is_suppressed
    }


def lines(n_rows: int, n_cols: int) -> list[list[Pos]]:
    rows = [[(i, j) for j in range(n_cols)] for i in range(n_rows)]
    cols = [[(i, j) for i in range(n_rows)] for j in range(n_cols)]
    return rows + cols


def find_table(
    published: list[list[int | None]], bound: int, target: Pos, value: int
) -> Grid | None:
    """A table of counts 0..bound agreeing with every published entry, with target == value.

    ``published`` is the grid with margins, None where hidden. Only published values are
    used (apart from the search bound), so a table found is one a reader cannot rule out.
    Depth-first over the inner cells, pruning on published totals.
    """
    n_rows, n_cols = len(published) - 1, len(published[0]) - 1
    cells = [[0] * n_cols for _ in range(n_rows)]

    def consistent_end() -> bool:
        grid = with_margins(cells)
        for i, row in enumerate(published):
            for j, shown in enumerate(row):
                if shown is not None and grid[i][j] != shown:
                    return False
        return grid[target[0]][target[1]] == value

    def col_ok(j: int, upto: int, complete: bool) -> bool:
        total = published[n_rows][j]
        if total is None:
            return True
        partial = sum(cells[i][j] for i in range(upto + 1))
        return partial == total if complete else partial <= total

    def search(k: int) -> bool:
        if k == n_rows * n_cols:
            return consistent_end()
        i, j = divmod(k, n_cols)
        shown = published[i][j]
        options = [shown] if shown is not None else list(range(bound + 1))
        row_total = published[i][n_cols]
        for option in options:
            cells[i][j] = option
            partial = sum(cells[i][: j + 1])
            if row_total is not None and (
                partial > row_total or (j == n_cols - 1 and partial != row_total)
            ):
                continue
            if not col_ok(j, i, i == n_rows - 1):
                continue
            if search(k + 1):
                return True
        cells[i][j] = 0
        return False

    return [row[:] for row in cells] if search(0) else None


def published_values(counts: Sequence[Sequence[int]], hidden: set[Pos]) -> list[list[int | None]]:
    return [
        [None if (i, j) in hidden else v for j, v in enumerate(row)]
        for i, row in enumerate(with_margins(counts))
    ]


# --- table tests -----------------------------------------------------------------------


def test_small_cell_hidden_with_its_cheapest_partners() -> None:
    table = suppress_table([[3, 10, 20], [12, 0, 7], [8, 9, 15]])
    assert table.labels() == (
        (P, S, "20", "33"),
        ("12", "0", "7", "19"),
        (S, S, "15", "32"),
        ("23", "19", "42", "84"),
    )
    assert table.cells[0][0] == PublishedCount(SUPPRESSED, Suppression.PRIMARY)
    assert table.cells[0][1] == PublishedCount(SUPPRESSED, Suppression.SECONDARY)
    assert table.cells[1][0] == PublishedCount(12)
    assert table.grand_total.shown == 84


def test_nothing_small_nothing_hidden_and_zeros_published() -> None:
    table = suppress_table([[0, 5], [7, 0]])
    assert table.labels() == (("0", "5", "5"), ("7", "0", "7"), ("7", "5", "12"))
    assert not hidden_of(table)


def test_single_small_cell_hides_its_totals() -> None:
    # The only non-zero neighbours are its own totals: they go (the grand total too).
    table = suppress_table([[3, 0], [0, 0]])
    assert table.labels() == ((P, "0", P), ("0", "0", "0"), (P, "0", P))


def test_zero_is_never_the_complement() -> None:
    # Row 0 has only zeros beside the 2: its total is hidden, not a zero.
    table = suppress_table([[2, 0, 0], [6, 9, 11]])
    grid = table.grid()
    assert grid[0][1].shown == 0 and grid[0][2].shown == 0
    assert grid[0][3].is_suppressed


def test_single_row_table_hides_column_totals() -> None:
    # With one row the column totals repeat the cells, so they are hidden with them.
    table = suppress_table([[2, 7, 9]])
    assert table.labels() == ((P, S, "9", "18"), (P, S, "9", "18"))


def test_total_of_one_to_four_is_primary() -> None:
    table = suppress_table([[1, 1], [0, 9]])
    assert table.row_totals[0].suppression is Suppression.PRIMARY
    assert table.column_totals[0].suppression is Suppression.PRIMARY
    assert table.labels() == ((P, P, P), ("0", S, S), (P, S, "11"))


def test_two_per_line_is_not_enough() -> None:
    """Every line here has two hidden entries, yet the 1 in cell (1, 2) is given back.

    These are the entries rules 1 and 2 alone would hide (a hidden row total (1, 3) and so
    on); adding up rows and columns isolates (1, 2). suppress_table hides more.
    """
    counts = [[7, 0, 8], [3, 0, 1], [8, 5, 2]]
    two_per_line = {(0, 0), (0, 3), (1, 0), (1, 2), (1, 3), (2, 1), (2, 2), (3, 1), (3, 2)}
    for line in lines(4, 4):
        assert sum(p in two_per_line for p in line) in (0, 2, 3)
    shown = published_values(counts, two_per_line)
    assert find_table(shown, 20, (1, 2), 0) is None
    assert find_table(shown, 20, (1, 2), 2) is None

    table = suppress_table(counts)
    hidden = hidden_of(table)
    assert two_per_line < hidden
    shown = published_values(counts, hidden)
    assert find_table(shown, 20, (1, 2), 0) is not None
    assert find_table(shown, 20, (1, 2), 2) is not None


def test_positions_split_primary_and_secondary() -> None:
    primary, secondary = suppressed_positions([[3, 10, 20], [12, 0, 7], [8, 9, 15]])
    assert primary == {(0, 0)}
    assert secondary == {(0, 1), (2, 0), (2, 1)}


@pytest.mark.parametrize(
    ("counts", "labels"),
    [
        ([], ("0",)),
        ([0, 0], ("0", "0", "0")),
        ([12, 7], ("12", "7", "19")),
        ([2, 10, 7, 0], (P, "10", S, "0", "19")),
        ([2, 3, 9], (P, P, "9", "14")),
        ([3, 0, 0], (P, "0", "0", P)),
        ([3, 0, 6], (P, "0", S, "9")),
        ([1, 1, 1], (P, P, P, P)),
    ],
)
def test_line(counts: list[int], labels: tuple[str, ...]) -> None:
    assert suppress_line(counts).labels == labels


@pytest.mark.parametrize("counts", [[[1, -1]], [], [[]], [[1, 2], [3]]])
def test_bad_tables_rejected(counts: list[list[int]]) -> None:
    with pytest.raises(ValueError):
        suppress_table(counts)


def test_negative_line_rejected() -> None:
    with pytest.raises(ValueError):
        suppress_line([3, -2])


# --- properties ------------------------------------------------------------------------


@st.composite
def tables(draw: st.DrawFn, max_side: int = 5, max_count: int = 30) -> Grid:
    n_rows = draw(st.integers(1, max_side))
    n_cols = draw(st.integers(1, max_side))
    # Weight small counts: they are what the rules are about.
    count = st.one_of(st.integers(0, 5), st.integers(0, max_count))
    return [[draw(count) for _ in range(n_cols)] for _ in range(n_rows)]


@settings(max_examples=300, deadline=None)
@given(tables())
def test_published_values_exact_and_never_small(counts: Grid) -> None:
    table = suppress_table(counts)
    grid = with_margins(counts)
    for i, row in enumerate(table.grid()):
        for j, entry in enumerate(row):
            value = grid[i][j]
            if entry.is_suppressed:
                assert entry.shown is SUPPRESSED
                assert value >= 1  # a known zero is never hidden
                expected = Suppression.PRIMARY if value <= 4 else Suppression.SECONDARY
                assert entry.suppression is expected
                assert entry.label == (P if value <= 4 else S)
            else:
                assert entry.shown == value
                assert not 1 <= value <= 4
                assert entry.label == str(value)


@settings(max_examples=300, deadline=None)
@given(tables())
def test_every_line_with_a_hidden_entry_has_two(counts: Grid) -> None:
    table = suppress_table(counts)
    hidden = hidden_of(table)
    for line in lines(len(counts) + 1, len(counts[0]) + 1):
        assert sum(p in hidden for p in line) != 1


@settings(max_examples=200, deadline=None)
@given(tables())
def test_deterministic(counts: Grid) -> None:
    assert suppress_table(counts) == suppress_table([row[:] for row in counts])


@settings(max_examples=150, deadline=None)
@given(tables(max_side=3, max_count=8))
def test_no_hidden_entry_follows_from_published_figures(counts: Grid) -> None:
    """The guarantee: for a hidden entry of count v, tables of non-negative counts agreeing
    with everything published exist with that entry v - 1 and with it v + 1."""
    table = suppress_table(counts)
    hidden = hidden_of(table)
    shown = published_values(counts, hidden)
    grid = with_margins(counts)
    bound = max(max(row) for row in counts) + 1
    for i, j in sorted(hidden):
        value = grid[i][j]
        for other in (value - 1, value + 1):
            witness = find_table(shown, bound, (i, j), other)
            assert witness is not None, (counts, (i, j), other)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.integers(0, 5), st.integers(0, 30)), max_size=8))
def test_line_properties(counts: list[int]) -> None:
    line = suppress_line(counts)
    values = [*counts, sum(counts)]
    entries = [*line.cells, line.total]
    hidden = [k for k, e in enumerate(entries) if e.is_suppressed]
    assert len(hidden) != 1
    for k, entry in enumerate(entries):
        if entry.is_suppressed:
            assert values[k] >= 1
        else:
            assert entry.shown == values[k]
            assert not 1 <= values[k] <= 4
    assert suppress_line(counts) == line
