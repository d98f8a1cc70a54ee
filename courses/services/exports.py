"""The one way data leaves the system as a spreadsheet.

A django-import-export ``Resource`` declares the columns; this writer walks the rows once
(querysets with ``.iterator()``), asks the resource for each row's values and writes CSV or a
write-only XLSX in bounded memory. Numbers stay numbers. Text a spreadsheet could read as a
formula (starting ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is neutralised: a
leading apostrophe in CSV, an explicit text cell in XLSX. Every export is recorded.
"""

import csv
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, BinaryIO

from django.core.exceptions import PermissionDenied
from django.db.models import F, QuerySet
from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from import_export.resources import Resource
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from accounts.models import User
from courses.models import ExportRecord

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EXPORT_PERMISSION = "courses.export_data"
FORMATS = {"csv": "text/csv; charset=utf-8",
           "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


@dataclass(frozen=True)
class Export:
    """What to export: a name for the record and the file, its columns and its rows.

    ``owner`` marks someone's own data (their CPD log): only they may export it, and they need
    no export permission for it.
    """

    name: str
    resource: Resource
    rows: Iterable[Any]
    filters: dict
    owner: User | None = None


def looks_like_formula(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def plain(value: Any) -> Any:
    """A value as a spreadsheet cell: numbers stay numbers; dates and times in local time."""
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, int | float | Decimal):
        return value
    if isinstance(value, datetime):
        return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if timezone.is_aware(
            value) else value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _records(export: Export) -> Iterator[list[Any]]:
    rows = export.rows.iterator(chunk_size=2000) if isinstance(export.rows, QuerySet) \
        else export.rows
    for row in rows:
        yield [plain(value) for value in export.resource.export_resource(
            row, force_native_type=True)]


def _headers(export: Export) -> list[str]:
    return [str(header) for header in export.resource.get_export_headers()]


class _Line:
    """A file-like object csv.writer writes one line into, for streaming."""

    def write(self, text: str) -> str:
        return text


def csv_lines(export: Export, on_done=None) -> Iterator[str]:
    """The CSV text, line by line. ``on_done(rows)`` is called after the last line."""
    writer = csv.writer(_Line())
    yield "\ufeff"  # a byte-order mark, so Excel reads UTF-8 (Gaelic accents) correctly
    yield writer.writerow(_headers(export))
    count = 0
    for record in _records(export):
        count += 1
        yield writer.writerow(["'" + v if looks_like_formula(v) else v for v in record])
    if on_done:
        on_done(count)


def write_xlsx(export: Export, stream: BinaryIO) -> int:
    """Write an .xlsx to ``stream`` with openpyxl's write-only mode; returns the row count."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=export.name[:31])
    sheet.append(_headers(export))
    count = 0
    for record in _records(export):
        count += 1
        sheet.append([_text_cell(sheet, value) if looks_like_formula(value) else value
                      for value in record])
    workbook.save(stream)
    return count


def _text_cell(sheet, value: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"  # text, never a formula
    return cell


def check_can_export(user: User, export: Export) -> None:
    if export.owner is not None:
        allowed = user.pk == export.owner.pk
    else:
        allowed = user.has_perm(EXPORT_PERMISSION)
    if not allowed:
        raise PermissionDenied


def record_export(user: User, export: Export, file_format: str, rows: int = 0) -> ExportRecord:
    return ExportRecord.objects.create(user=user, export=export.name, file_format=file_format,
                                       filters=export.filters, rows=rows)


def filename(export: Export, file_format: str) -> str:
    return f"{export.name}-{timezone.localdate():%Y-%m-%d}.{file_format}"


def export_response(user: User, export: Export, file_format: str):
    """An HTTP download of ``export``, recorded with who asked, the filters and the rows."""
    check_can_export(user, export)
    if file_format not in FORMATS:
        file_format = "csv"
    record = record_export(user, export, file_format)

    def finish(rows: int) -> None:
        ExportRecord.objects.filter(pk=record.pk).update(rows=F("rows") + rows)

    if file_format == "csv":
        response = StreamingHttpResponse(csv_lines(export, on_done=finish),
                                         content_type=FORMATS["csv"])
    else:
        spool = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)
        finish(write_xlsx(export, spool))
        spool.seek(0)
        response = FileResponse(spool, content_type=FORMATS["xlsx"])
    response["Content-Disposition"] = f'attachment; filename="{filename(export, file_format)}"'
    response["Cache-Control"] = "private, no-store"
    return response
