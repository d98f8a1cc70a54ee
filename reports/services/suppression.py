"""Withholding small numbers in a published table of counts, so that nobody can be picked out.

A table is a grid of counts with a total for each row, a total for each column and a grand
total, all published together. Two rules:

* **Primary**: any count under ``SMALL`` (zero included) is shown as "fewer than 5".
* **Secondary**: a withheld count must not be recoverable from the rest of the table. A reader
  knows every published figure, that each row and column adds up to its total, that a "fewer
  than 5" cell holds 0 to 4 and that a cell withheld for this second reason holds 5 or more.
  For each withheld cell we ask a linear programme for the smallest and the largest value it
  could take under those facts (the table's equations form a flow network, so the programme's
  optimum is a whole number and the bounds are exact). A cell whose smallest and largest
  values meet has been worked out; we then withhold one more published figure — the cheapest
  one that stops it being worked out (a count before a total, a small figure before a large
  one) — and ask again, until no withheld cell can be worked out.

When the rows are not parts of a whole (someone may be counted in several rows, as with kinds of
condition), the table is published without a row of column totals; only the rows add up.
"""

from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

import numpy as np
from scipy.optimize import linprog

SMALL = 5
CANDIDATES_TRIED = 12  # enough for any table in the report; each costs a few small programmes
SEEDS = 3  # programmes with mixed objectives solved first, to show most cells free at once


class Mark(StrEnum):
    SHOWN = "shown"
    FEWER_THAN_FIVE = "primary"
    WITHHELD = "secondary"


@dataclass(frozen=True)
class Protected:
    """A table's counts with their totals (the last column holds the rows' totals; the last
    row, when ``rows_add_up``, the columns' totals and the grand total) and how each is
    shown."""

    values: list[list[int]]
    marks: list[list[Mark]]
    rows_add_up: bool

    def shown(self, row: int, column: int) -> int | None:
        return self.values[row][column] if self.marks[row][column] == Mark.SHOWN else None


def protect(counts: list[list[int]], *, width: int = 0, rows_add_up: bool = True,
            withheld_totals: frozenset[int] = frozenset()) -> Protected:
    """``counts`` (rows of ``width`` counts; with no rows, the totals are zeros) with their
    totals, and which of them may be shown. ``withheld_totals`` are columns whose bottom-row
    total is withheld from the start (another table sharing the row had to withhold it)."""
    values, marks = _protected(tuple(map(tuple, counts)), width, rows_add_up,
                               frozenset(withheld_totals))
    return Protected([list(row) for row in values], [list(row) for row in marks], rows_add_up)


# A report's tables often repeat (every question nobody answered looks the same), and the same
# report is asked for again to print or download: each distinct table is protected once.
@lru_cache(maxsize=512)
def _protected(counts: tuple, width: int, rows_add_up: bool,
               withheld_totals: frozenset[int]) -> tuple[tuple, tuple]:
    values = with_totals([list(row) for row in counts], width=width, rows_add_up=rows_add_up)
    marks = [[Mark.FEWER_THAN_FIVE if value < SMALL else Mark.SHOWN for value in row]
             for row in values]
    if rows_add_up:
        for column in withheld_totals:
            if marks[-1][column] == Mark.SHOWN:
                marks[-1][column] = Mark.WITHHELD
    table = _Table(values, marks, _equations(values, rows_add_up), rows_add_up)
    while complement := table.next_complement():
        marks[complement[0]][complement[1]] = Mark.WITHHELD
    return tuple(map(tuple, values)), tuple(map(tuple, marks))


def with_totals(counts: list[list[int]], *, width: int = 0,
                rows_add_up: bool = True) -> list[list[int]]:
    grid = [list(row) + [sum(row)] for row in counts]
    if rows_add_up:
        grid.append([sum(column) for column in zip(*grid, strict=True)] if grid
                    else [0] * (width + 1))
    return grid


Cell = tuple[int, int]


def _equations(values: list[list[int]], rows_add_up: bool) -> list[tuple[list[Cell], Cell]]:
    """Each row's cells add up to its last cell; with ``rows_add_up``, each column's cells
    add up to its last cell too."""
    if not values:
        return []
    last_column = len(values[0]) - 1
    equations = [([(i, j) for j in range(last_column)], (i, last_column))
                 for i in range(len(values))]
    if rows_add_up:
        last_row = len(values) - 1
        equations += [([(i, j) for i in range(last_row)], (last_row, j))
                      for j in range(last_column + 1)]
    return equations


@dataclass(frozen=True)
class _Table:
    """A table being protected: its figures, their marks (changed as it goes) and the sums
    that hold between them."""

    values: list[list[int]]
    marks: list[list[Mark]]
    equations: list[tuple[list[Cell], Cell]]
    rows_add_up: bool

    def next_complement(self) -> Cell | None:
        """The next figure to withhold, or None when nothing withheld can be worked out.
        The cases a reader sees at a glance are settled first, without a programme."""
        for parts, total in self.equations:
            if self._gives_away(parts + [total]):
                shown = [cell for cell in parts + [total] if self._mark(cell) == Mark.SHOWN]
                if shown:
                    return min(shown, key=lambda cell: self._cost(cell, fixing=total))
        exposed = worked_out(self.values, self.marks, self.equations)
        return self.complement(exposed[0]) if exposed else None

    def _gives_away(self, cells: list[Cell]) -> bool:
        """Whether one sum on its own settles its withheld cells: it has just one, or what
        they must add up to is the least (or the most) they could hold."""
        hidden = [cell for cell in cells if self._mark(cell) != Mark.SHOWN]
        if not hidden:
            return False
        if len(hidden) == 1:
            return True
        total = cells[-1]
        left = sum((-1 if cell == total else 1) * self.values[cell[0]][cell[1]]
                   for cell in hidden)  # what the withheld parts add up to, less their total
        if total in hidden:
            return False  # its own bounds move with the parts': not settled at a glance
        least = sum(0 if self._mark(cell) == Mark.FEWER_THAN_FIVE else SMALL
                    for cell in hidden)
        most = sum(SMALL - 1 if self._mark(cell) == Mark.FEWER_THAN_FIVE else float("inf")
                   for cell in hidden)
        return left in (least, most)

    def _mark(self, cell: Cell) -> Mark:
        return self.marks[cell[0]][cell[1]]

    def complement(self, exposed: Cell) -> Cell | None:
        """The published figure to withhold so that ``exposed`` can no longer be worked out:
        the first of the cheapest candidates that does it on its own, else the cheapest
        beside it (it takes more than one, and the next round adds another)."""
        candidates = sorted(
            ((i, j) for i, row in enumerate(self.marks) for j, mark in enumerate(row)
             if mark == Mark.SHOWN), key=lambda cell: self._cost(cell))
        for candidate in candidates[:CANDIDATES_TRIED]:
            if not self._still_worked_out(exposed, candidate):
                return candidate
        beside = {cell for parts, total in self.equations if exposed in parts + [total]
                  for cell in parts + [total]}
        return next((cell for cell in candidates if cell in beside), None)

    def _cost(self, cell: Cell, *, fixing: Cell | None = None) -> tuple:
        """A count before a row's total, a row's total before a column's (the bottom row is
        shared with other tables), then — when fixing the sum whose total is ``fixing`` — one
        whose other sum has a withheld figure already (withholding it there exposes nothing
        new), then the smallest figure."""
        bottom = self.rows_add_up and cell[0] == len(self.values) - 1
        total = cell[1] == len(self.values[0]) - 1
        alone = fixing is not None and not any(
            self._mark(other) != Mark.SHOWN for parts, sum_ in self.equations
            if sum_ != fixing and cell in parts + [sum_] for other in parts + [sum_])
        return bottom, total, alone, self.values[cell[0]][cell[1]], cell

    def _still_worked_out(self, exposed: Cell, candidate: Cell) -> bool:
        marks = [list(row) for row in self.marks]
        marks[candidate[0]][candidate[1]] = Mark.WITHHELD
        return bool(worked_out(self.values, marks, self.equations, among=[exposed]))


def worked_out(values, marks, equations, *, among: list[Cell] | None = None) -> list[Cell]:
    """The withheld cells (of ``among``, if given) that a reader can work out exactly.

    A cell is safe once two solutions of the reader's equations give it different values, so
    every solution found is kept: a few programmes with mixed objectives usually show most cells
    to be free, and the smallest and largest values are sought only for the rest."""
    problem = _Problem.of(values, marks, equations)
    if problem is None:
        return []
    cells = among or problem.hidden
    for seed in range(SEEDS if len(cells) > SEEDS else 0):
        problem.solve(np.random.default_rng(seed).uniform(-1, 1, len(problem.hidden)))
    pinned = []
    for cell in cells:
        number = problem.index[cell]
        if problem.free(number):
            continue
        unit = np.zeros(len(problem.hidden))
        unit[number] = 1
        if not problem.solve(unit) and not problem.free(number) \
                and not problem.solve(-unit) and not problem.free(number):
            pinned.append(cell)
    return pinned


@dataclass
class _Problem:
    """What a reader knows, as a linear programme over the withheld cells, and the range of
    values each cell has taken in the solutions found so far."""

    hidden: list[Cell]
    index: dict[Cell, int]
    matrix: np.ndarray | None
    right: list[float] | None
    limits: list[tuple]
    lowest: np.ndarray
    highest: np.ndarray

    @classmethod
    def of(cls, values, marks, equations) -> "_Problem | None":
        hidden = [(i, j) for i, row in enumerate(marks) for j, mark in enumerate(row)
                  if mark != Mark.SHOWN]
        if not hidden:
            return None
        index = {cell: number for number, cell in enumerate(hidden)}
        matrix, right = [], []
        for parts, total in equations:
            coefficients, constant = np.zeros(len(hidden)), 0
            for cell, sign in [(part, 1) for part in parts] + [(total, -1)]:
                if cell in index:
                    coefficients[index[cell]] += sign
                else:
                    constant -= sign * values[cell[0]][cell[1]]
            if coefficients.any():
                matrix.append(coefficients)
                right.append(constant)
        limits = [(0, SMALL - 1) if marks[i][j] == Mark.FEWER_THAN_FIVE else (SMALL, None)
                  for i, j in hidden]
        return cls(hidden, index, np.array(matrix) if matrix else None, right or None, limits,
                   np.full(len(hidden), np.inf), np.full(len(hidden), -np.inf))

    def solve(self, objective) -> bool:
        """Minimise ``objective``, keeping the solution's values; True if it is unbounded
        (some cell can grow without limit, so the direction proves nothing more)."""
        result = linprog(objective, A_eq=self.matrix, b_eq=self.right, bounds=self.limits,
                         method="highs-ds")  # the dual simplex: its solutions are vertices
        if result.status == 3:
            return True
        if result.status != 0:
            raise ValueError(f"The published table is inconsistent: {result.message}")
        self.lowest = np.minimum(self.lowest, result.x)
        self.highest = np.maximum(self.highest, result.x)
        return False

    def free(self, number: int) -> bool:
        return self.highest[number] - self.lowest[number] >= 0.5
