"""Small-count suppression (issue 6): table tests and properties checked by brute force."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sspf_desk.domain.suppression import (
    HIDDEN_LABEL,
    LEGEND,
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

H = HIDDEN_LABEL


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
    published: list[list[int | None]], bound: int, target: Pos, value: int, low: int = 0
) -> Grid | None:
    """A table of counts agreeing with every published entry, with target == value.

    ``published`` is the grid with margins, None where hidden; hidden entries range over
    ``low..bound`` (``low=1``: what a reader knows, since zeros are never hidden). Only
    published values are used, so a table found is one a reader cannot rule out.
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
                if shown is None and grid[i][j] < low:
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
        options = [shown] if shown is not None else list(range(low, bound + 1))
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


def reasons(table: PublishedTable) -> list[list[str]]:
    """P / S / the count per grid entry: why each is hidden (kept internally)."""
    names = {Suppression.PRIMARY: "P", Suppression.SECONDARY: "S", None: ""}
    return [[names[e.suppression] or str(e.shown) for e in row] for row in table.grid()]


# --- table tests -----------------------------------------------------------------------


def test_small_cell_hidden_with_its_cheapest_partners() -> None:
    table = suppress_table([[3, 10, 20], [12, 0, 7], [8, 9, 15]])
    assert table.labels() == (
        (H, H, "20", "33"),
        ("12", "0", "7", "19"),
        (H, H, "15", "32"),
        ("23", "19", "42", "84"),
    )
    assert reasons(table)[0][:2] == ["P", "S"]
    assert table.cells[0][0] == PublishedCount(SUPPRESSED, Suppression.PRIMARY)
    assert table.cells[0][1] == PublishedCount(SUPPRESSED, Suppression.SECONDARY)
    assert table.cells[1][0] == PublishedCount(12)
    assert table.cells[1][0].value == 12 and table.cells[0][1].value is None
    assert table.grand_total.shown == 84


def test_one_label_for_every_hidden_entry_and_a_legend() -> None:
    assert H == ".."
    assert LEGEND.startswith(".. = uppgiften visas inte: färre än 5")
    labels = {label for row in suppress_table([[1, 9], [7, 8]]).labels() for label in row}
    assert H in labels
    assert all(label == H or label.isdigit() for label in labels)


def line_solutions(labels: Sequence[str], bound: int) -> set[tuple[int, ...]]:
    """Every line of cells ``0..bound`` a reader cannot rule out from its published labels.

    The total is the last label and published here. "färre än 5" meant 1–4 and "–" at
    least 5 (the two labels before issue 6); ``..`` means at least 1 (zeros are shown).
    """
    *cells, total = labels

    def options(label: str) -> range:
        if label == "färre än 5":
            return range(1, 5)
        if label == "–":
            return range(5, bound + 1)
        if label == H:
            return range(1, bound + 1)
        return range(int(label), int(label) + 1)

    return {
        combo
        for combo in itertools.product(*(options(label) for label in cells))
        if sum(combo) == int(total)
    }


def test_the_two_old_labels_gave_a_row_back_and_the_one_label_does_not() -> None:
    """A row [1, 5] with its total 6: "färre än 5" and "–" (≥ 5) pinned both cells."""
    assert line_solutions(("färre än 5", "–", "6"), 20) == {(1, 5)}
    published = suppress_line([1, 5])
    assert published.labels == (H, H, "6")
    assert line_solutions(published.labels, 20) == {
        (1, 5),
        (2, 4),
        (3, 3),
        (4, 2),
        (5, 1),
    }


def test_a_cycle_that_would_take_a_hidden_entry_to_zero_protects_nothing() -> None:
    """The two 1s of row 0 add up to 2; zeros are never hidden, so both are 1 (and then the
    6 and 7 under them): rules 1–3 without the lower bound hid exactly these four cells."""
    counts = [[1, 1, 5], [6, 7, 8]]
    before = {(0, 0), (0, 1), (1, 0), (1, 1)}
    shown = published_values(counts, before)
    for pos, value in ((0, 0), 1), ((1, 1), 7):
        assert find_table(shown, 12, pos, value, low=1) is not None
        assert find_table(shown, 12, pos, value + 1, low=1) is None
        assert find_table(shown, 12, pos, value - 1, low=1) is None

    table = suppress_table(counts)
    hidden = hidden_of(table)
    assert before < hidden
    shown = published_values(counts, hidden)
    for pos in sorted(hidden):
        value = with_margins(counts)[pos[0]][pos[1]]
        others = [find_table(shown, 12, pos, v, low=1) for v in (value - 1, value + 1) if v]
        assert any(other is not None for other in others), pos


def test_nothing_small_nothing_hidden_and_zeros_published() -> None:
    table = suppress_table([[0, 5], [7, 0]])
    assert table.labels() == (("0", "5", "5"), ("7", "0", "7"), ("7", "5", "12"))
    assert not hidden_of(table)


def test_single_small_cell_hides_its_totals() -> None:
    # The only non-zero neighbours are its own totals: they go (the grand total too).
    table = suppress_table([[3, 0], [0, 0]])
    assert table.labels() == ((H, "0", H), ("0", "0", "0"), (H, "0", H))


def test_zero_is_never_the_complement() -> None:
    # Row 0 has only zeros beside the 2: its total is hidden, not a zero.
    table = suppress_table([[2, 0, 0], [6, 9, 11]])
    grid = table.grid()
    assert grid[0][1].shown == 0 and grid[0][2].shown == 0
    assert grid[0][3].is_suppressed


def test_single_row_table_hides_column_totals() -> None:
    # With one row the column totals repeat the cells, so they are hidden with them.
    table = suppress_table([[2, 7, 9]])
    assert table.labels() == ((H, H, "9", "18"), (H, H, "9", "18"))
    assert reasons(table)[0] == ["P", "S", "9", "18"]


def test_total_of_one_to_four_is_primary() -> None:
    table = suppress_table([[1, 1], [0, 9]])
    assert table.row_totals[0].suppression is Suppression.PRIMARY
    assert table.column_totals[0].suppression is Suppression.PRIMARY
    assert reasons(table) == [["P", "P", "P"], ["0", "S", "S"], ["P", "S", "11"]]


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
    assert find_table(shown, 20, (1, 2), 2, low=1) is not None


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
        ([2, 10, 7, 0], (H, "10", H, "0", "19")),
        ([2, 3, 9], (H, H, "9", "14")),
        ([3, 0, 0], (H, "0", "0", H)),
        ([3, 0, 6], (H, "0", H, "9")),
        ([1, 1, 1], (H, H, H, H)),
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
                assert entry.label == H
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


@settings(max_examples=150, deadline=None)
@given(tables(max_side=3, max_count=8))
def test_no_hidden_entry_follows_when_the_reader_knows_hidden_entries_are_at_least_one(
    counts: Grid,
) -> None:
    """Zeros are never hidden, so a reader knows every ``..`` is at least 1: a table with
    every hidden entry ≥ 1 and the entry one away from its count must still exist."""
    table = suppress_table(counts)
    hidden = hidden_of(table)
    shown = published_values(counts, hidden)
    grid = with_margins(counts)
    bound = max(max(row) for row in counts) + 1
    for i, j in sorted(hidden):
        value = grid[i][j]
        up = find_table(shown, bound, (i, j), value + 1, low=1)
        down = find_table(shown, bound, (i, j), value - 1, low=1) if value >= 2 else None
        assert up is not None or down is not None, (counts, (i, j))


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
    cells = [values[k] for k in hidden if k < len(counts)]
    if cells and not line.total.is_suppressed:
        # The hidden cells add up to the published total less the rest; each is at least 1,
        # so they may not all be pinned to 1.
        assert sum(cells) > len(cells)
    assert suppress_line(counts) == line


def test_line_of_ones_beside_a_published_total_hides_more() -> None:
    # [1, 1, 5] with 7: the two hidden 1s would add up to 2, so both would be 1.
    assert suppress_line([1, 1, 5]).labels == (H, H, H, "7")
