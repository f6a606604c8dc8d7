"""Small-count suppression of published statistics (lägesbild, issue 6).

Counts from 1 to 4 are never published: they are shown as "färre än 5" (primary
suppression). Further entries are hidden (secondary suppression, shown as "–") so that
the published cells and totals cannot give a hidden one back.

A two-way table (e.g. area × sector) is published with its row totals, column totals and
grand total. Seen with its margins it is an (R+1)×(C+1) grid in which every row and every
column is a *line*: its inner entries add up to its last entry (the totals row adds the
column totals up to the grand total, the totals column adds the row totals up to it).

The rules, in order:

1. *Primary*: every entry (cell or total) with 1 ≤ count ≤ 4. A 0 is published: it is an
   exact public value, and hiding a known zero hides nothing.
2. *Lines*: a line with exactly one hidden entry would give it back by subtraction, so
   another entry of that line is hidden: the smallest non-zero published inner entry
   (ties: the first), or the line's total when there is none. Repeated until stable,
   since a fix in a row can leave a column with one hidden entry.
3. *Cycles*: rule 2 alone is not enough (two protected blocks joined by a single hidden
   entry still give that entry back from a sum of lines). Every hidden entry is made to
   lie on a cycle of hidden entries (alternately in a shared row and a shared column of
   the grid): if it does not, the cheapest path of further non-zero entries closing one
   (least sum of counts, then fewest entries) is hidden too.

What is guaranteed (:func:`suppress_table`; tested by brute force on small tables):

* no published entry has a value from 1 to 4, and published values are the exact counts;
* every hidden entry has a count of at least 1 (zeros are never hidden);
* every line with a hidden entry has at least two hidden entries;
* for every hidden entry with count ``v`` there are tables of non-negative integers that
  agree with every published cell and total in which that entry is ``v - 1`` and ``v + 1``
  (shift ±1 alternately round its cycle; every hidden entry is ≥ 1, so both directions
  stay non-negative). So no hidden count follows from the published figures and the fact
  that counts are non-negative.

Not guaranteed: the labels tell a reader that a "färre än 5" entry is 1–4 and that a "–"
entry is at least 5; with those bounds added a hidden entry's possible range can be
narrower than above (it is never pinned to a single value by the published *numbers*).
The same rules apply to a single line (:func:`suppress_line`): the ≥ 2 rule is enough there.

Pure functions; deterministic (the same counts give the same result).
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Final, Literal

#: Counts from 1 up to this value are primary-suppressed.
SMALLEST_PUBLISHED: Final = 5
PRIMARY_LABEL: Final = "färre än 5"
#: Label of a secondary-suppressed entry (hidden only to protect a primary one).
SECONDARY_LABEL: Final = "–"


class _Marker(Enum):
    SUPPRESSED = "suppressed"


#: Stands in for a hidden count in :attr:`PublishedCount.shown`.
SUPPRESSED: Final = _Marker.SUPPRESSED
Suppressed = Literal[_Marker.SUPPRESSED]


class Suppression(Enum):
    """Why an entry is hidden."""

    PRIMARY = "primary"
    SECONDARY = "secondary"


@dataclass(frozen=True, slots=True)
class PublishedCount:
    """One cell or total as published: the exact count or :data:`SUPPRESSED`."""

    shown: int | Suppressed
    suppression: Suppression | None = None

    @property
    def is_suppressed(self) -> bool:
        return self.suppression is not None

    @property
    def label(self) -> str:
        """The text to print: the count, "färre än 5" or "–"."""
        if self.suppression is Suppression.PRIMARY:
            return PRIMARY_LABEL
        if self.suppression is Suppression.SECONDARY:
            return SECONDARY_LABEL
        return str(self.shown)


@dataclass(frozen=True, slots=True)
class PublishedLine:
    """A 1-D list of counts with its total, as published."""

    cells: tuple[PublishedCount, ...]
    total: PublishedCount

    @property
    def labels(self) -> tuple[str, ...]:
        """Cell labels followed by the total's label."""
        return (*(c.label for c in self.cells), self.total.label)


@dataclass(frozen=True, slots=True)
class PublishedTable:
    """A two-way table with its margins, as published."""

    cells: tuple[tuple[PublishedCount, ...], ...]
    row_totals: tuple[PublishedCount, ...]
    column_totals: tuple[PublishedCount, ...]
    grand_total: PublishedCount

    def grid(self) -> tuple[tuple[PublishedCount, ...], ...]:
        """Rows with their totals appended, then the totals row ending with the grand total."""
        rows = tuple((*row, total) for row, total in zip(self.cells, self.row_totals, strict=True))
        return (*rows, (*self.column_totals, self.grand_total))

    def labels(self) -> tuple[tuple[str, ...], ...]:
        """:meth:`grid` as printable labels."""
        return tuple(tuple(c.label for c in row) for row in self.grid())


Pos = tuple[int, int]


def is_primary(count: int) -> bool:
    """True for a count that may not be published (1–4)."""
    return 1 <= count < SMALLEST_PUBLISHED


def _check_counts(counts: Sequence[int]) -> None:
    for c in counts:
        if c < 0:
            raise ValueError(f"counts must be non-negative, got {c}")


def _published(count: int, primary: bool, secondary: bool) -> PublishedCount:
    if primary:
        return PublishedCount(SUPPRESSED, Suppression.PRIMARY)
    if secondary:
        return PublishedCount(SUPPRESSED, Suppression.SECONDARY)
    return PublishedCount(count)


def suppress_line(counts: Sequence[int]) -> PublishedLine:
    """Publish a 1-D list of counts with its total (e.g. one breakdown of a period).

    Primary: entries 1–4 (total included). If exactly one entry is then hidden, the smallest
    non-zero published cell is hidden too, or the total when there is none.
    """
    _check_counts(counts)
    values = [*counts, sum(counts)]
    primary = {k for k, v in enumerate(values) if is_primary(v)}
    secondary: set[int] = set()
    if len(primary) == 1:
        candidates = [k for k in range(len(counts)) if k not in primary and values[k] > 0]
        pick = min(candidates, key=lambda k: (values[k], k)) if candidates else len(counts)
        secondary.add(pick)
    published = [_published(v, k in primary, k in secondary) for k, v in enumerate(values)]
    return PublishedLine(tuple(published[:-1]), published[-1])


def _grid_values(counts: Sequence[Sequence[int]]) -> list[list[int]]:
    if not counts or not counts[0]:
        raise ValueError("a table needs at least one row and one column")
    width = len(counts[0])
    for row in counts:
        if len(row) != width:
            raise ValueError("all rows must have the same number of columns")
        _check_counts(row)
    grid = [[*row, sum(row)] for row in counts]
    grid.append([sum(row[j] for row in grid) for j in range(width + 1)])
    return grid


def _lines(n_rows: int, n_cols: int) -> list[list[Pos]]:
    """Every row and column of the (n_rows × n_cols) grid; the last entry is the total."""
    rows = [[(i, j) for j in range(n_cols)] for i in range(n_rows)]
    cols = [[(i, j) for i in range(n_rows)] for j in range(n_cols)]
    return rows + cols


def _fix_lines(grid: list[list[int]], hidden: set[Pos]) -> None:
    """Rule 2: no line keeps exactly one hidden entry."""
    lines = _lines(len(grid), len(grid[0]))
    changed = True
    while changed:
        changed = False
        for line in lines:
            if sum(p in hidden for p in line) != 1:
                continue
            candidates = [p for p in line[:-1] if p not in hidden and grid[p[0]][p[1]] > 0]
            if candidates:
                hidden.add(min(candidates, key=lambda p: (grid[p[0]][p[1]], p)))
                changed = True
            elif line[-1] not in hidden:
                hidden.add(line[-1])
                changed = True


def _closing_path(grid: list[list[int]], hidden: set[Pos], edge: Pos) -> list[Pos] | None:
    """Cheapest path of non-zero entries from the edge's row to its column, not using it.

    The grid is a bipartite graph: rows 0..R-1 are nodes 0..R-1, columns are nodes R..R+C-1,
    entry (i, j) joins row i and column j. Hidden entries cost nothing; others cost
    (count, 1), so the path hides the least total count, then the fewest entries.
    """
    n_rows, n_cols = len(grid), len(grid[0])
    start, goal = edge[0], n_rows + edge[1]
    best: dict[int, tuple[int, int]] = {start: (0, 0)}
    came: dict[int, tuple[int, Pos]] = {}
    heap: list[tuple[tuple[int, int], int]] = [((0, 0), start)]
    while heap:
        cost, node = heapq.heappop(heap)
        if cost != best[node]:
            continue
        if node == goal:
            path: list[Pos] = []
            while node != start:
                node, pos = came[node]
                path.append(pos)
            return path
        if node < n_rows:
            steps = [((node, j), n_rows + j) for j in range(n_cols)]
        else:
            steps = [((i, node - n_rows), i) for i in range(n_rows)]
        for pos, nxt in steps:
            value = grid[pos[0]][pos[1]]
            if pos == edge or value == 0:
                continue
            add = (0, 0) if pos in hidden else (value, 1)
            new = (cost[0] + add[0], cost[1] + add[1])
            if nxt not in best or new < best[nxt]:
                best[nxt] = new
                came[nxt] = (node, pos)
                heapq.heappush(heap, (new, nxt))
    return None


def _fix_cycles(grid: list[list[int]], hidden: set[Pos]) -> None:
    """Rule 3: every hidden entry lies on a cycle of hidden entries."""
    changed = True
    while changed:
        changed = False
        for edge in sorted(hidden):
            path = _closing_path(grid, hidden, edge)
            if path is None:  # pragma: no cover - every hidden entry ≥ 1 has a closing path
                raise ValueError(f"no way to protect entry {edge}")
            new = [p for p in path if p not in hidden]
            if new:
                hidden.update(new)
                changed = True
                break


def suppressed_positions(counts: Sequence[Sequence[int]]) -> tuple[set[Pos], set[Pos]]:
    """(primary, secondary) positions in the grid with margins (see :meth:`PublishedTable.grid`)."""
    grid = _grid_values(counts)
    primary = {(i, j) for i, row in enumerate(grid) for j, v in enumerate(row) if is_primary(v)}
    hidden = set(primary)
    _fix_lines(grid, hidden)
    _fix_cycles(grid, hidden)
    return primary, hidden - primary


def suppress_table(counts: Sequence[Sequence[int]]) -> PublishedTable:
    """Publish a two-way table of counts (rows × columns) with row, column and grand totals."""
    grid = _grid_values(counts)
    primary, secondary = suppressed_positions(counts)
    published = [
        [_published(v, (i, j) in primary, (i, j) in secondary) for j, v in enumerate(row)]
        for i, row in enumerate(grid)
    ]
    return PublishedTable(
        cells=tuple(tuple(row[:-1]) for row in published[:-1]),
        row_totals=tuple(row[-1] for row in published[:-1]),
        column_totals=tuple(published[-1][:-1]),
        grand_total=published[-1][-1],
    )
