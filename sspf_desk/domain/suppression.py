"""Small-count suppression of published statistics (lägesbild, issue 6).

Counts from 1 to 4 are never published, and further entries are hidden so that the
published cells and totals cannot give a hidden one back. Every hidden entry is shown with
the same label, ``..`` (:data:`HIDDEN_LABEL`, explained by :data:`LEGEND`); why it is hidden
(:class:`Suppression`) is kept internally only. Two labels ("färre än 5" / "–") leaked: in a
row ``[1, 5]`` with total 6 the reader knew the "–" entry was at least 5, which pins both.

A two-way table (e.g. sector × month) is published with its row totals, column totals and
grand total. Seen with its margins it is an (R+1)×(C+1) grid in which every row and every
column is a *line*: its inner entries add up to its last entry.

The rules, in order:

1. *Primary*: every entry (cell or total) with 1 ≤ count ≤ 4. A 0 is published: it is an
   exact public value, and hiding a known zero hides nothing. So a reader knows that every
   hidden entry is at least 1.
2. *Lines*: a line with exactly one hidden entry would give it back by subtraction, so
   another entry of that line is hidden: the smallest non-zero published inner entry
   (ties: the first), or the line's total when there is none. Repeated until stable.
3. *Cycles*: two per line is not enough (two protected blocks joined by one hidden entry
   still give it back from a sum of lines), nor is a cycle whose shift would take another
   hidden entry to 0 (``[[1, 1, 5], [6, 7, 8]]``: the two 1s add up to 2 and are both at
   least 1). Every hidden entry is put on a cycle of hidden entries (alternately in a
   shared row and a shared column of the grid) along which shifting counts by ±1 keeps
   every line's sum and leaves every hidden entry at least 1; when it has none, the
   cheapest such cycle (least sum of newly hidden counts, then fewest) is hidden too.

*Linked tables* (:func:`suppress_linked`): tables over the same population share their
column totals and grand total (concerns by sector, by age, by gender …). A shared margin
hidden in one is hidden in all; an entry's cycle either stays inside its own table (off
the totals row) or, when it passes through the shared totals row, the same change of the
totals row is absorbed by a path of hidden entries in every other linked table (failing
that, "one record more in this column" in every table). Repeated until stable.

What is guaranteed (tested by brute force on small tables and linked pairs):

* no published entry has a value from 1 to 4, and published values are the exact counts;
* every hidden entry has a count of at least 1 (zeros are never hidden);
* every line with a hidden entry has at least two hidden entries;
* linked tables hide exactly the same shared margins;
* for every hidden entry there is another set of tables, of non-negative counts with every
  hidden entry at least 1, agreeing with every published entry of every linked table, in
  which that entry differs by one. So no hidden count follows from the published numbers,
  the rules above and the fact that counts are non-negative.

Not protected: differences between *different* queries (an area against the whole
municipality, a month view against a quarter view of the same days), and a reader who
replays the rules on every candidate table to rule some out.

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
#: The one label of every hidden entry (SCB style).
HIDDEN_LABEL: Final = ".."
#: Printed by every output that can show :data:`HIDDEN_LABEL`.
LEGEND: Final = (
    ".. = uppgiften visas inte: färre än 5, eller dold (också 0) för att en sådan uppgift "
    "inte ska kunna räknas fram eller knytas till en viss kategori"
)


class _Marker(Enum):
    SUPPRESSED = "suppressed"


#: Stands in for a hidden count in :attr:`PublishedCount.shown`.
SUPPRESSED: Final = _Marker.SUPPRESSED
Suppressed = Literal[_Marker.SUPPRESSED]


class Suppression(Enum):
    """Why an entry is hidden (internal: both are published as ``..``)."""

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
        """The text to print: the count or ``..``."""
        return HIDDEN_LABEL if self.suppression is not None else str(self.shown)

    @property
    def value(self) -> int | None:
        """The published count, None when hidden."""
        return None if isinstance(self.shown, _Marker) else self.shown


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
Grid = list[list[int]]


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

    Primary: entries 1–4 (total included). While exactly one entry is hidden, or the
    hidden cells add up to no more than their number (with the total published they would
    all be 1: zeros are never hidden), the smallest non-zero published cell is hidden too,
    or the total when there is none.
    """
    _check_counts(counts)
    values = [*counts, sum(counts)]
    total = len(counts)
    hidden = {k for k, v in enumerate(values) if is_primary(v)}
    primary = set(hidden)

    def pinned() -> bool:
        cells = [values[k] for k in hidden if k != total]
        all_ones = total not in hidden and bool(cells) and sum(cells) <= len(cells)
        return len(hidden) == 1 or all_ones

    while hidden and pinned():
        candidates = [k for k in range(total) if k not in hidden and values[k] > 0]
        hidden.add(min(candidates, key=lambda k: (values[k], k)) if candidates else total)
    published = [_published(v, k in primary, k in hidden - primary) for k, v in enumerate(values)]
    return PublishedLine(tuple(published[:-1]), published[-1])


def _grid_values(counts: Sequence[Sequence[int]]) -> Grid:
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


def _fix_lines(grid: Grid, hidden: set[Pos]) -> None:
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


# --- cycles -------------------------------------------------------------------------------
#
# The grid is a bipartite graph: grid rows are nodes 0..n-1, grid columns nodes n..n+m-1 and
# entry (i, j) joins row i and column j. With the entries of the totals row and of the totals
# column negated (the grand total twice, so not), every line sums to 0; a cycle shifted by +1
# and -1 alternately in that *signed* grid keeps every line. The actual change of an entry is
# its signed change times its sign.


def _sign(grid: Grid, pos: Pos) -> int:
    in_total_row = pos[0] == len(grid) - 1
    in_total_col = pos[1] == len(grid[0]) - 1
    return -1 if in_total_row != in_total_col else 1


Cost = tuple[int, int]


def _cost(grid: Grid, hidden: set[Pos], path: Sequence[Pos]) -> Cost:
    new = [p for p in set(path) if p not in hidden]
    return (sum(grid[p[0]][p[1]] for p in new), len(new))


def _path(  # noqa: PLR0913 - the search's parameters are one concept each
    grid: Grid,
    hidden: set[Pos],
    start: int,
    goal: int,
    first: int,
    *,
    skip: Pos | None = None,
    blocked: int | None = None,
) -> list[Pos] | None:
    """Cheapest path of non-zero entries from node ``start`` to node ``goal``.

    Its edges get signed changes ``first``, ``-first``, … in order; an entry whose actual
    change is -1 must be at least 2 (hidden entries stay ≥ 1). ``skip`` is an entry and
    ``blocked`` a node the path may not use. Hidden entries cost nothing; others cost
    (count, 1). Returns the entries in order from ``start``.
    """
    n_rows, n_cols = len(grid), len(grid[0])
    start_is_row = start < n_rows
    best: dict[int, Cost] = {start: (0, 0)}
    came: dict[int, tuple[int, Pos]] = {}
    heap: list[tuple[Cost, int]] = [((0, 0), start)]
    while heap:
        cost, node = heapq.heappop(heap)
        if cost != best[node]:
            continue
        if node == goal:
            path: list[Pos] = []
            while node != start:
                node, pos = came[node]
                path.append(pos)
            return path[::-1]
        is_row = node < n_rows
        signed = first if is_row == start_is_row else -first
        if is_row:
            steps = [((node, j), n_rows + j) for j in range(n_cols)]
        else:
            steps = [((i, node - n_rows), i) for i in range(n_rows)]
        for pos, nxt in steps:
            value = grid[pos[0]][pos[1]]
            if pos == skip or nxt == blocked or value == 0:
                continue
            if signed * _sign(grid, pos) < 0 and value < 2:
                continue
            add = (0, 0) if pos in hidden else (value, 1)
            new = (cost[0] + add[0], cost[1] + add[1])
            if nxt not in best or new < best[nxt]:
                best[nxt] = new
                came[nxt] = (node, pos)
                heapq.heappush(heap, (new, nxt))
    return None


def _cycles(
    grid: Grid, hidden: set[Pos], edge: Pos, *, blocked: int | None = None
) -> list[tuple[list[Pos], list[int]]]:
    """Cycles through ``edge`` that can be shifted (entries, signed changes), cheapest first.

    One per direction: the edge goes up by one, or down by one when it is at least 2. Each
    cycle starts with ``edge``; its signed changes alternate.
    """
    n_rows = len(grid)
    value = grid[edge[0]][edge[1]]
    found: list[tuple[Cost, int, list[Pos], list[int]]] = []
    for direction in (1, -1) if value >= 2 else (1,):
        signed = direction * _sign(grid, edge)
        path = _path(grid, hidden, n_rows + edge[1], edge[0], -signed, skip=edge, blocked=blocked)
        if path is not None:
            cycle = [edge, *path]
            signs = [signed * (-1) ** k for k in range(len(cycle))]
            found.append((_cost(grid, hidden, cycle), -direction, cycle, signs))
    found.sort(key=lambda f: (f[0], f[1]))
    return [(cycle, signs) for _, _, cycle, signs in found]


def _cycle(
    grid: Grid, hidden: set[Pos], edge: Pos, *, blocked: int | None = None
) -> tuple[list[Pos], list[int]] | None:
    """The cheapest of :func:`_cycles`, or None."""
    found = _cycles(grid, hidden, edge, blocked=blocked)
    return found[0] if found else None


def _fix_cycles(grid: Grid, hidden: set[Pos]) -> None:
    """Rule 3 for one table: every hidden entry lies on a shiftable cycle of hidden entries."""
    checked: set[Pos] = set()
    while todo := sorted(hidden - checked):
        for edge in todo:
            checked.add(edge)
            found = _cycle(grid, hidden, edge)
            if found is None:  # pragma: no cover - "one more in its row and column" always fits
                raise ValueError(f"no way to protect entry {edge}")
            hidden.update(found[0])


def suppressed_positions(counts: Sequence[Sequence[int]]) -> tuple[set[Pos], set[Pos]]:
    """(primary, secondary) positions in the grid with margins (see :meth:`PublishedTable.grid`)."""
    grid = _grid_values(counts)
    primary = _primary(grid)
    hidden = set(primary)
    _fix_lines(grid, hidden)
    _fix_cycles(grid, hidden)
    return primary, hidden - primary


def _primary(grid: Grid) -> set[Pos]:
    return {(i, j) for i, row in enumerate(grid) for j, v in enumerate(row) if is_primary(v)}


def _publish(grid: Grid, primary: set[Pos], hidden: set[Pos]) -> PublishedTable:
    published = [
        [_published(v, (i, j) in primary, (i, j) in hidden) for j, v in enumerate(row)]
        for i, row in enumerate(grid)
    ]
    return PublishedTable(
        cells=tuple(tuple(row[:-1]) for row in published[:-1]),
        row_totals=tuple(row[-1] for row in published[:-1]),
        column_totals=tuple(published[-1][:-1]),
        grand_total=published[-1][-1],
    )


def suppress_table(counts: Sequence[Sequence[int]]) -> PublishedTable:
    """Publish a two-way table of counts (rows × columns) with row, column and grand totals."""
    grid = _grid_values(counts)
    primary, secondary = suppressed_positions(counts)
    return _publish(grid, primary, secondary)


# --- linked tables ------------------------------------------------------------------------


def _add_one(grid: Grid, row: int | None, column: int | None) -> list[Pos]:
    """Entries of "one record more" in a row and a column (all go up: no bound is at risk).

    None picks the cheapest non-zero inner entry of the given row/column (or anywhere).
    """
    last_i, last_j = len(grid) - 1, len(grid[0]) - 1
    options = [
        (grid[i][j] + grid[i][last_j] + grid[last_i][j], (i, j))
        for i in (range(last_i) if row is None else (row,))
        for j in (range(last_j) if column is None else (column,))
        if grid[i][j] > 0
    ]
    i, j = min(options)[1]
    return [(i, j), (i, last_j), (last_i, j), (last_i, last_j)]


def _absorbed(
    grids: Sequence[Grid], hidden: Sequence[set[Pos]], x: int, columns: Pos, first: int
) -> dict[int, list[Pos]] | None:
    """In every table but ``x``, the entries that absorb a change of the shared totals row
    in columns ``a`` and ``b`` (a path from column b to column a off the totals row, with
    the totals-row entries); None when one table has no such path."""
    a, b = columns
    paths: dict[int, list[Pos]] = {}
    for y, other in enumerate(grids):
        if y == x:
            continue
        n_rows = len(other)
        path = _path(other, hidden[y], n_rows + b, n_rows + a, first, blocked=n_rows - 1)
        if path is None:
            return None
        paths[y] = [*path, (n_rows - 1, a), (n_rows - 1, b)]
    return paths


def _joint_witness(grids: Sequence[Grid], hidden: Sequence[set[Pos]], x: int, edge: Pos) -> None:
    """Hide what makes ``edge`` of table ``x`` shiftable with every linked table agreeing."""
    grid = grids[x]
    total_row = len(grid) - 1
    if edge[0] != total_row:
        inside = _cycle(grid, hidden[x], edge, blocked=total_row)
        if inside is not None:
            hidden[x].update(inside[0])
            return
    for cycle, signs in _cycles(grid, hidden[x], edge):
        k = next(
            k
            for k in range(len(cycle))
            if cycle[k][0] == total_row and cycle[(k + 1) % len(cycle)][0] == total_row
        )
        a, b = cycle[k], cycle[(k + 1) % len(cycle)]
        paths = _absorbed(grids, hidden, x, (a[1], b[1]), signs[k])
        if paths is not None:
            hidden[x].update(cycle)
            for y, path in paths.items():
                hidden[y].update(path)
            return
    # "One record more": in table x through the edge, in every other table in its column.
    last_j = len(grid[0]) - 1
    row = None if edge[0] == total_row else edge[0]
    column = None if edge[1] == last_j else edge[1]
    entries = _add_one(grid, row, column)
    hidden[x].update(entries)
    for y, other in enumerate(grids):
        if y != x:
            hidden[y].update(_add_one(other, None, entries[0][1]))


def suppress_linked(tables: Sequence[Sequence[Sequence[int]]]) -> tuple[PublishedTable, ...]:
    """Publish tables that share their column totals (the same records by other categories).

    Raises ValueError when the tables do not have the same column totals.
    """
    grids = [_grid_values(counts) for counts in tables]
    if not grids:
        return ()
    if any(grid[-1] != grids[0][-1] for grid in grids):
        raise ValueError("linked tables must have the same column totals")
    if len(grids) == 1:
        return (suppress_table(tables[0]),)
    primaries = [_primary(grid) for grid in grids]
    hidden = [set(primary) for primary in primaries]
    checked: list[set[Pos]] = [set() for _ in grids]
    while True:
        before = [len(h) for h in hidden]
        shared = {j for h, g in zip(hidden, grids, strict=True) for i, j in h if i == len(g) - 1}
        for grid, h in zip(grids, hidden, strict=True):
            h.update((len(grid) - 1, j) for j in shared)
            _fix_lines(grid, h)
        for x in range(len(grids)):
            for edge in sorted(hidden[x] - checked[x]):
                checked[x].add(edge)
                _joint_witness(grids, hidden, x, edge)
        if [len(h) for h in hidden] == before:
            break
    return tuple(
        _publish(grid, primary, h - primary)
        for grid, primary, h in zip(grids, primaries, hidden, strict=True)
    )


def _hidden(entry: PublishedCount) -> PublishedCount:
    """``entry`` hidden (secondary when it was published, zeros included)."""
    return entry if entry.is_suppressed else PublishedCount(SUPPRESSED, Suppression.SECONDARY)


def hide_profiles(
    table: PublishedTable, also_columns: frozenset[int] = frozenset(), *, hide_all: bool = False
) -> PublishedTable:
    """Hide every entry of a line whose total is hidden, zeros included.

    A hidden total of 1–4 beside published zeros tells which categories those few records
    have: a column "..", 0, 0, ".." of a month with 2 concerns says both came from the
    first and last sector, and the tables by age, gender and risk add a profile of them.
    So when a column total is hidden (or the column is in ``also_columns``: hidden in a
    table over the same records) its whole column is hidden, likewise for a row, and when
    the grand total is hidden (or ``hide_all``) everything is. Only hides more; the
    guarantees of :func:`suppress_table` hold for the result.
    """
    if hide_all or table.grand_total.is_suppressed:
        return PublishedTable(
            tuple(tuple(_hidden(c) for c in row) for row in table.cells),
            tuple(_hidden(t) for t in table.row_totals),
            tuple(_hidden(t) for t in table.column_totals),
            _hidden(table.grand_total),
        )
    columns = {j for j, t in enumerate(table.column_totals) if t.is_suppressed} | also_columns
    rows = {i for i, t in enumerate(table.row_totals) if t.is_suppressed}
    cells = tuple(
        tuple(_hidden(cell) if i in rows or j in columns else cell for j, cell in enumerate(row))
        for i, row in enumerate(table.cells)
    )
    column_totals = tuple(
        _hidden(t) if j in also_columns else t for j, t in enumerate(table.column_totals)
    )
    return PublishedTable(cells, table.row_totals, column_totals, table.grand_total)
