"""Small numbers in a table of counts: primary suppression (under 5) and secondary
suppression, checked by an adversary that sees only the published table."""

import random

import pytest

from reports.services.suppression import Mark, protect
from tests.reports.adversary import recover

WORDS = {Mark.FEWER_THAN_FIVE: "fewer than 5", Mark.WITHHELD: "withheld"}


def published(counts, **options) -> list[list]:
    return as_published(protect(counts, **options))


def as_published(table) -> list[list]:
    return [["row"] + [WORDS.get(mark, value) for value, mark in zip(values, marks, strict=True)]
            for values, marks in zip(table.values, table.marks, strict=True)]


def only_primary(counts) -> list[list]:
    """The same table with only the first rule applied: the negative control."""
    rows = [list(row) + [sum(row)] for row in counts]
    rows.append([sum(column) for column in zip(*rows, strict=True)])
    return [["row"] + ["fewer than 5" if value < 5 else value for value in row] for row in rows]


def test_it_shows_a_table_with_no_small_numbers_as_it_is():
    assert published([[10, 12], [30, 7]]) == [
        ["row", 10, 12, 22], ["row", 30, 7, 37], ["row", 40, 19, 59]]


def test_it_withholds_a_second_figure_in_the_row_and_column_of_a_small_one():
    # Worked by hand: the 3 is withheld; alone, it would be 25 - 10 - 12. Withholding the 10
    # (the smallest count in its row) leaves the 10 to be worked out from its column, so the
    # 7 goes too, then the 8 (the row of the 7 and the column of the 3). Now the four hidden
    # cells can shift together: 3 could be anything from 1 to 4.
    assert published([[10, 3, 12], [20, 15, 9], [7, 8, 30]]) == [
        ["row", "withheld", "fewer than 5", 12, 25],
        ["row", 20, 15, 9, 44],
        ["row", "withheld", "withheld", 30, 45],
        ["row", 37, 26, 51, 114]]


@pytest.mark.parametrize("counts", [
    [[4, 4, 20], [30, 30, 30]],  # two fours in a row: 28 - 20 leaves 8, so both are 4
    [[0, 0, 12], [0, 0, 15]],  # zeros: the row's total leaves nothing for them
    [[1, 30], [40, 50]],  # one small cell is given away by its row's total
])
def test_what_only_primary_suppression_gives_away_the_adversary_finds(counts):
    assert recover(only_primary(counts))  # the negative control: the adversary can win


@pytest.mark.parametrize("counts", [
    [[4, 4, 20], [30, 30, 30]],
    [[0, 0, 12], [0, 0, 15]],
    [[1, 30], [40, 50]],
    [[2, 2], [30, 40]],
    [[3]],
    [[0, 0, 0], [0, 0, 0]],
    [[6, 7, 1], [5, 9, 8], [40, 2, 3]],
])
def test_the_adversary_works_out_nothing_that_was_withheld(counts):
    assert recover(published(counts)) == {}


def test_it_protects_rows_that_are_not_parts_of_a_whole():
    # People can name several kinds of condition, so only each row adds up.
    table = published([[1, 9, 9], [12, 14, 20]], rows_add_up=False)
    assert len(table) == 2 and table[0][1] == "fewer than 5" and "withheld" in table[0]
    assert recover(table, totals_row=False) == {}


def test_it_withholds_a_shared_total_from_the_start_when_told_to():
    table = protect([[10, 20], [30, 40]], withheld_totals=frozenset({0}))
    assert table.marks[-1][0] == Mark.WITHHELD
    assert recover(as_published(table)) == {}


def test_with_no_rows_the_totals_are_zeros_and_withheld():
    table = protect([], width=3)
    assert table.values == [[0, 0, 0, 0]]
    assert set(table.marks[0]) == {Mark.FEWER_THAN_FIVE}


def test_the_adversary_works_out_nothing_in_hundreds_of_random_small_tables():
    rng = random.Random(20261201)
    for _ in range(200):
        rows, columns = rng.randint(1, 5), rng.randint(1, 4)
        counts = [[rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 12, 20]) for _c in range(columns)]
                  for _r in range(rows)]
        assert recover(published(counts)) == {}, counts
