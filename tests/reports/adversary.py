"""An adversary for published tables: given only what a reader sees, it works out every
withheld figure it can.

It knows what the publisher's rules say: each row (and, where the rows are parts of a whole,
each column) adds up to its total; "fewer than 5" holds 0 to 4; "withheld" holds 5 or more.
For each withheld cell it solves two integer programmes (scipy's ``milp``: the smallest and the
largest whole number the cell can hold with every other withheld cell free). Where they meet,
the value has been worked out. It shares no code with ``reports.services.suppression``: it
reads the published words, not the publisher's marks.
"""

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

FEWER = "fewer than 5"
WITHHELD = "withheld"


class Unknowns:
    """The withheld cells of one or more tables, as variables of one programme. Cells named
    by the same key (a total two tables share) are one variable."""

    def __init__(self):
        self.index, self.bounds, self.equations = {}, [], []

    def term(self, key, shown):
        """A cell as (variable number, None) if withheld, or (None, its value)."""
        if shown == FEWER or shown == WITHHELD:
            if key not in self.index:
                self.index[key] = len(self.index)
                self.bounds.append((0, 4) if shown == FEWER else (5, np.inf))
            return self.index[key], None
        return None, int(shown)

    def add_sum(self, parts: list, total) -> None:
        """``parts`` (terms) add up to ``total`` (a term)."""
        self.equations.append([(term, 1) for term in parts] + [(total, -1)])

    def worked_out(self) -> dict:
        """Each withheld cell whose value is forced, and that value."""
        if not self.index:
            return {}
        size = len(self.index)
        rows, right = [], []
        for equation in self.equations:
            row, constant = np.zeros(size), 0
            for (number, value), sign in equation:
                if number is None:
                    constant -= sign * value
                else:
                    row[number] += sign
            rows.append(row)
            right.append(constant)
        constraints = LinearConstraint(np.array(rows), right, right) if rows else ()
        low, high = zip(*self.bounds, strict=True)
        bounds = Bounds(np.array(low, dtype=float), np.array(high, dtype=float))
        found = {}
        for key, number in self.index.items():
            extremes = []
            for sign in (1, -1):
                objective = np.zeros(size)
                objective[number] = sign
                result = milp(objective, constraints=constraints, bounds=bounds,
                              integrality=np.ones(size))
                if result.status != 0:  # HiGHS may say "infeasible or unbounded"
                    feasible = milp(np.zeros(size), constraints=constraints, bounds=bounds,
                                    integrality=np.ones(size))
                    assert feasible.status == 0, "the published table contradicts itself"
                extremes.append(sign * result.fun if result.status == 0 else None)
            if extremes[0] is not None and extremes[0] == extremes[1]:
                found[key] = round(extremes[0])
        return found


def add_table(unknowns: Unknowns, name: str, records: list[list], *, totals_row: bool,
              shared_bottom: str | None = None) -> None:
    """A published table (rows of label + cells, the last cell of each row its total, the
    last row the columns' totals when ``totals_row``). ``shared_bottom`` names the bottom
    row's cells the same in every table given the same name."""
    cells = [record[1:] for record in records]

    def key(i, j):
        if totals_row and shared_bottom and i == len(cells) - 1:
            return (shared_bottom, j)
        return (name, i, j)

    terms = [[unknowns.term(key(i, j), shown) for j, shown in enumerate(row)]
             for i, row in enumerate(cells)]
    for row in terms:
        unknowns.add_sum(row[:-1], row[-1])
    if totals_row:
        for j in range(len(terms[0])):
            unknowns.add_sum([row[j] for row in terms[:-1]], terms[-1][j])


def recover(records: list[list], *, totals_row: bool = True) -> dict:
    """What a reader can work out from one table alone."""
    unknowns = Unknowns()
    add_table(unknowns, "table", records, totals_row=totals_row)
    return unknowns.worked_out()



def recover_report(report) -> dict:
    """What a reader can work out from the whole funder report at once: the tables that split
    the same places share their bottom row; the confidence table's pairs add up to everyone's;
    and the summary's places, starts and completions are that bottom row's figures."""
    unknowns = Unknowns()
    for table in report.tables:
        if table.counts:
            add_table(unknowns, table.key, table.records(), totals_row=table.has_totals_row,
                      shared_bottom="places" if table.has_totals_row else None)
        elif table.key == "confidence":
            pairs = [record[1] for record in table.records()]  # the courses', then everyone's
            add_table(unknowns, "confidence", [["pairs", *pairs]], totals_row=False)
    shared = next(table for table in report.tables if table.has_totals_row).records()[-1][1:]
    margin = [unknowns.term(("places", column), shown) for column, shown in enumerate(shared)]
    summary = {label: shown for label, shown in report.summary.records()}
    for key, label, parts in [
            ("places", "Places taken", [margin[-1]]),
            ("completed", "People who completed", [margin[0]]),
            ("started", "People who came at least once", [margin[0], margin[1]])]:
        unknowns.add_sum(parts, unknowns.term(("summary", key), summary[label]))
    return unknowns.worked_out()
