"""No line with a hidden total shows its zeros (``hide_profiles``).

The review's attack: a month with one concern had its total hidden but its other sectors
published as 0, so the one non-zero row — and the tables by age, gender and risk — gave
that concern's profile away.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sspf_desk.domain.suppression import hide_profiles, suppress_table


def test_a_column_with_a_hidden_total_is_hidden_whole() -> None:
    before = suppress_table([[0, 9], [1, 8], [0, 7]])
    assert [row[0].label for row in before.cells] == ["0", "..", "0"]  # the profile
    table = hide_profiles(before)
    assert [row[0].is_suppressed for row in table.cells] == [True, True, True]
    assert [t.label for t in table.row_totals] == ["9", "9", "7"]


def test_columns_hidden_in_a_linked_table_go_too() -> None:
    risk = hide_profiles(suppress_table([[6, 9], [7, 8]]), frozenset({1}))
    assert [row[1].is_suppressed for row in risk.cells] == [True, True]
    assert risk.column_totals[1].is_suppressed
    assert not risk.cells[0][0].is_suppressed


def test_a_hidden_grand_total_hides_everything() -> None:
    table = hide_profiles(suppress_table([[0, 1], [0, 2]]))
    grid = table.grid()
    assert all(entry.is_suppressed for row in grid for entry in row)


@given(
    st.integers(1, 4).flatmap(
        lambda rows: st.integers(1, 5).flatmap(
            lambda cols: st.lists(
                st.lists(st.integers(0, 12), min_size=cols, max_size=cols),
                min_size=rows,
                max_size=rows,
            )
        )
    )
)
def test_no_line_with_a_hidden_total_publishes_an_entry(counts: list[list[int]]) -> None:
    before = suppress_table(counts)
    after = hide_profiles(before)
    for i, row in enumerate(after.cells):
        for j, cell in enumerate(row):
            if after.row_totals[i].is_suppressed or after.column_totals[j].is_suppressed:
                assert cell.is_suppressed
    # only ever hides more; what stays published is the exact count
    for old, new in zip(
        (e for line in before.grid() for e in line),
        (e for line in after.grid() for e in line),
        strict=True,
    ):
        assert new.is_suppressed or new == old
        assert not old.is_suppressed or new.is_suppressed
