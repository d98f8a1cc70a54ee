"""Reading the spreadsheets people upload: CSV (UTF-8, with or without a byte-order mark,
comma, semicolon or tab separated, any line endings) or XLSX. Blank rows are skipped and cells
trimmed; a file that cannot be read is refused with a reason a person can act on."""

import csv
import functools
import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from courses.services.errors import DomainError

XLSX_MAGIC = b"PK\x03\x04"
EXCEL_EPOCH = date(1899, 12, 30)  # day 0 of Excel's (1900) date system, as Excel counts it
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d %H:%M",
                "%Y-%m-%d %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S")


class UnreadableFile(DomainError):
    pass


@dataclass(frozen=True)
class Column:
    key: str
    label: Any  # a lazy translation: the heading, recognised in English and in Gàidhlig
    required: bool = True


@dataclass(frozen=True)
class Table:
    rows: list[tuple[int, dict[str, Any]]]  # (row number as a spreadsheet shows it, cells)
    columns: frozenset[str]


def read_table(content: bytes, name: str, columns: Sequence[Column]) -> Table:
    """The rows of an uploaded file as dicts keyed by column key."""
    if len(content) > settings.IMPORT_MAX_BYTES:
        raise UnreadableFile("too_large", _("The file is larger than %(size)s MB. Split it into "
                                            "smaller files.") % {
            "size": settings.IMPORT_MAX_BYTES // (1024 * 1024)})
    if not content.strip(b"\xef\xbb\xbf \t\r\n,;"):
        raise UnreadableFile("empty", _("The file is empty."))
    raw = _xlsx_rows(content) if content.startswith(XLSX_MAGIC) else _csv_rows(content, name)
    numbered = [(number, cells) for number, cells in enumerate(raw, start=1)
                if any(_trim(cell) not in ("", None) for cell in cells)]
    if not numbered:
        raise UnreadableFile("empty", _("The file is empty."))
    (_header_row, headings), body = numbered[0], numbered[1:]
    positions = _match_headings(headings, columns)
    if not body:
        raise UnreadableFile("no_rows", _("The file has headings but no rows under them."))
    if len(body) > settings.IMPORT_MAX_ROWS:
        raise UnreadableFile("too_many_rows", _("The file has %(rows)s rows; the most we read "
                                                "at once is %(limit)s.") % {
            "rows": len(body), "limit": settings.IMPORT_MAX_ROWS})
    rows = [(number, {key: _trim(cells[index]) if index < len(cells) else ""
                      for key, index in positions.items()}) for number, cells in body]
    return Table(rows=rows, columns=frozenset(positions))


def _csv_rows(content: bytes, name: str) -> list[list[str]]:
    if name.lower().endswith((".xls", ".ods", ".numbers")):
        raise UnreadableFile("wrong_type", _("Save the file as CSV or as an Excel workbook "
                                             "(.xlsx) and upload that."))
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableFile("encoding", _(
            "The file is not in UTF-8, so accented letters would come out wrong. In Excel, "
            "choose Save As and “CSV UTF-8”, or upload the .xlsx file.")) from None
    if "\x00" in text:
        raise UnreadableFile("binary", _("This does not look like a CSV file."))
    first_line = text.lstrip().split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise UnreadableFile("bad_csv", _("The CSV file could not be read: %(reason)s") % {
            "reason": error}) from None


def _xlsx_rows(content: bytes) -> list[tuple]:
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            return [row for _n, row in zip(range(settings.IMPORT_MAX_ROWS + 2),
                                           sheet.iter_rows(values_only=True), strict=False)]
        finally:
            workbook.close()
    except (zipfile.BadZipFile, InvalidFileException, KeyError, IndexError, OSError,
            ValueError, TypeError):
        raise UnreadableFile("bad_xlsx", _(
            "The Excel file could not be read. Open it in a spreadsheet program and save it "
            "again as .xlsx.")) from None


def _trim(value: Any) -> Any:
    if isinstance(value, str):
        return re.sub(r"\s+", " ", value).strip()
    return "" if value is None else value


def _normal(heading: Any) -> str:
    return re.sub(r"\s+", " ", str(heading or "")).strip().casefold()


def _aliases(column: Column) -> set[str]:
    names = {_normal(column.key.replace("_", " "))}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            names.add(_normal(column.label))
    return names


def _match_headings(headings: Sequence[Any], columns: Sequence[Column]) -> dict[str, int]:
    positions: dict[str, int] = {}
    for index, heading in enumerate(headings):
        for column in columns:
            if _normal(heading) in _aliases(column):
                if column.key in positions:
                    raise UnreadableFile("duplicate_column", _(
                        "The column “%(column)s” appears twice.") % {"column": column.label})
                positions[column.key] = index
    missing = [str(c.label) for c in columns if c.required and c.key not in positions]
    if missing:
        expected = ", ".join(str(c.label) for c in columns)
        raise UnreadableFile("wrong_columns", _(
            "The file has no column %(missing)s. The first row should hold the headings: "
            "%(expected)s.") % {"missing": ", ".join(f"“{m}”" for m in missing),
                                "expected": expected})
    return positions


# --- reading cell values --------------------------------------------------------------------

def as_whole_number(value: Any) -> int | None:
    """123, "123", " 123 " or Excel's 123.0; None when it is not a whole number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = str(value).strip()
    if re.fullmatch(r"\d+(\.0+)?", text):
        return int(float(text))
    return None


def as_date(value: Any) -> date | None:
    """A date from an Excel date cell, an Excel serial number or text in a common format."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 <= value < 2958466:
        return EXCEL_EPOCH + timedelta(days=int(value))
    text = str(value).strip()
    if re.fullmatch(r"\d{5}(\.\d+)?", text):
        return EXCEL_EPOCH + timedelta(days=int(float(text)))
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def as_time(value: Any) -> time | None:
    if isinstance(value, datetime):
        return value.time()
    if isinstance(value, time):
        return value
    if isinstance(value, float) and 0 <= value < 1:  # Excel keeps a time as part of a day
        minutes = round(value * 24 * 60)
        return time(minutes // 60, minutes % 60)
    match = re.fullmatch(r"(\d{1,2})[:.](\d{2})(?::\d{2})?", str(value).strip())
    if match and int(match[1]) < 24 and int(match[2]) < 60:
        return time(int(match[1]), int(match[2]))
    return None


def choice_from_text(value: Any, choices: Mapping[str, Any]) -> str | None:
    """The stored value of a choice typed as its value or its label, in either language."""
    return _choice_names(tuple(choices.items())).get(_normal(value))


@functools.lru_cache(maxsize=32)
def _choice_names(choices: tuple) -> dict[str, str]:
    names = {}
    for stored, label in choices:
        names[_normal(stored)] = stored
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                names[_normal(label)] = stored
    return names
