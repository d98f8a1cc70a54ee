"""What checking an uploaded file produces: a verdict per row, and the preview of the whole."""

from dataclasses import dataclass, field

from courses.services.errors import DomainError
from courses.services.spreadsheets import Column


class ImportRefused(DomainError):
    pass


@dataclass
class RowCheck:
    """One row: what saving it will do, or what is wrong with it (by column)."""

    number: int
    outcome: str = ""
    problems: list[tuple[str, str]] = field(default_factory=list)

    def problem(self, column: Column | None, message: str) -> None:
        self.problems.append((str(column.label) if column else "", message))


@dataclass
class Preview:
    rows: list[RowCheck]
    actions: list  # what confirming does, one item per row that changes something
    new_people: int = 0  # accounts saving would make (each needs the person's agreement)

    @property
    def problem_rows(self) -> list[RowCheck]:
        return [row for row in self.rows if row.problems]

    @property
    def ok(self) -> bool:
        return not self.problem_rows


def column_of(columns: list[Column], key: str) -> Column:
    return next(column for column in columns if column.key == key)


def simple_name(name: str) -> str:
    """A name as people are matched by: case and spacing ignored."""
    return " ".join(str(name).casefold().split())
