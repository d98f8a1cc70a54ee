"""Reading the spreadsheets people upload: CSV (UTF-8, with or without a byte-order mark,
comma, semicolon or tab separated, any line endings) or XLSX. Blank rows are skipped and cells
trimmed; a file that cannot be read is refused with a reason a person can act on.

Nothing in a file can make reading it expensive: an XLSX archive is checked before it is
opened (how many parts, how large they say they unpack to, how far they expand), rows are
read one at a time and counted, only the first columns of a row are kept, and a cell longer
than any real one stops the reading. Memory stays bounded whatever arrives.
"""

import csv
import functools
import io
import logging
import re
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from openpyxl import load_workbook

from courses.services.errors import DomainError

logger = logging.getLogger(__name__)

XLSX_MAGIC = b"PK\x03\x04"
EXCEL_EPOCH = date(1899, 12, 30)  # day 0 of Excel's (1900) date system, as Excel counts it
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d %H:%M",
                "%Y-%m-%d %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S")
# Far beyond any register or sign-up sheet, far below anything that could hurt.
MOST_COLUMNS = 50
LONGEST_CELL = 1000
MOST_ARCHIVE_PARTS = 500
MOST_EXPANSION = 250  # how many times larger than its compressed size a part may unpack to


class UnreadableFile(DomainError):
    pass


@dataclass(frozen=True)
class Column:
    key: str
    label: Any  # a lazy translation: the heading, recognised in English and in Gàidhlig
    required: bool = True
    aliases: tuple[Any, ...] = ()  # other headings people use for it, translated like label
    text: bool = True  # read as text (a number or date typed in it becomes its text)
    listed: bool = True  # named in the headings a file should have (False: still read)
    lines: bool = False  # keeps its line breaks (an address), each line trimmed


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
    rows = _filled_rows(raw)
    first = next(rows, None)
    if first is None:
        raise UnreadableFile("empty", _("The file is empty."))
    positions = _match_headings(first[1], columns)
    body = []
    for number, cells in rows:
        if len(body) == settings.IMPORT_MAX_ROWS:
            raise UnreadableFile("too_many_rows", _(
                "The file has more than %(limit)s rows, the most we read at once. Split it "
                "into smaller files.") % {"limit": settings.IMPORT_MAX_ROWS})
        body.append((number, {column.key: _cell(cells, positions[column.key], column)
                              for column in columns if column.key in positions}))
    if not body:
        raise UnreadableFile("no_rows", _("The file has headings but no rows under them."))
    return Table(rows=body, columns=frozenset(positions))


def _filled_rows(raw: Iterator[Sequence]) -> Iterator[tuple[int, Sequence]]:
    """(row number, cells) for each row with something in it: its first MOST_COLUMNS cells,
    each no longer than LONGEST_CELL."""
    for number, cells in enumerate(raw, start=1):
        cells = cells[:MOST_COLUMNS]
        if any(_trim(cell) not in ("", None) for cell in cells):
            if any(isinstance(cell, str) and len(cell) > LONGEST_CELL for cell in cells):
                raise UnreadableFile("cell_too_long", _(
                    "Row %(row)s has a cell with more than %(limit)s characters, longer than "
                    "anything a register or sign-up sheet holds. Check that this is the right "
                    "file.") % {"row": number, "limit": LONGEST_CELL})
            yield number, cells


def _cell(cells: Sequence, index: int, column: Column) -> Any:
    raw = cells[index] if index < len(cells) else ""
    if column.lines and isinstance(raw, str):
        return "\n".join(line for line in map(_trim, raw.splitlines()) if line)
    value = _trim(raw)
    return _as_text(value) if column.text else value


def _csv_rows(content: bytes, name: str) -> Iterator[list[str]]:
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
    return _csv_reader(text, delimiter)


def _csv_reader(text: str, delimiter: str) -> Iterator[list[str]]:
    try:
        yield from csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    except csv.Error as error:
        raise UnreadableFile("bad_csv", _("The CSV file could not be read: %(reason)s") % {
            "reason": error}) from None


def _xlsx_rows(content: bytes) -> Iterator[tuple]:
    """The first worksheet's rows, one at a time, after checking the archive."""
    _check_archive(content)
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:  # any broken part of an untrusted file: refuse, never a 500
        raise _unreadable_xlsx(error) from None
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # ignore what the file claims its size is
        yield from sheet.iter_rows(max_col=MOST_COLUMNS, values_only=True)
    except UnreadableFile:
        raise
    except Exception as error:
        raise _unreadable_xlsx(error) from None
    finally:
        workbook.close()


def _unreadable_xlsx(error: Exception) -> UnreadableFile:
    logger.info("Refused an uploaded workbook: %s: %s", type(error).__name__, error)
    return UnreadableFile("bad_xlsx", _(
        "The Excel file could not be read. Open it in a spreadsheet program and save it again "
        "as .xlsx."))


def _check_archive(content: bytes) -> None:
    """Refuse an XLSX archive that would unpack to far more than any real sheet: too many
    parts, too much in all, or a part that expands like a bomb. Sizes are what the archive
    declares; Python's zipfile never unpacks more than a part declares."""
    try:
        parts = zipfile.ZipFile(io.BytesIO(content)).infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise _unreadable_xlsx(error) from None
    unpacked = sum(part.file_size for part in parts)
    bomb = any(part.file_size > 65536
               and part.file_size > MOST_EXPANSION * max(part.compress_size, 1)
               for part in parts)
    if len(parts) > MOST_ARCHIVE_PARTS or unpacked > settings.IMPORT_MAX_UNPACKED_BYTES or bomb:
        raise UnreadableFile("too_large_unpacked", _(
            "This Excel file unpacks to far more than a register or sign-up sheet could hold, "
            "so it was not opened. Copy the rows you need into a new workbook and upload "
            "that."))


# Control characters (a NUL hidden in a workbook's "_x0000_") and lone surrogates, which no
# database column can hold.
UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def _trim(value: Any) -> Any:
    """Text with control characters as spaces and runs of space as one; None as ""."""
    if isinstance(value, str):
        return re.sub(r"\s+", " ", UNPRINTABLE.sub(" ", value)).strip()
    return "" if value is None else value


def _as_text(value: Any) -> str:
    """What a cell says, as text: a number or date typed in a text column becomes its text."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M") if value.time() != time() else \
            value.date().isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _normal(heading: Any) -> str:
    return re.sub(r"\s+", " ", str(heading or "")).strip().casefold()


def _aliases(column: Column) -> set[str]:
    names = {_normal(column.key.replace("_", " "))}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            names |= {_normal(label) for label in (column.label, *column.aliases)}
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
        expected = ", ".join(str(c.label) for c in columns if c.listed)
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
