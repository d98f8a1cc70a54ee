"""The one way data leaves the system as a spreadsheet.

A django-import-export ``Resource`` declares the columns; this writer walks the rows once
(querysets with ``.iterator()``), asks the resource for each row's values and writes CSV or a
write-only XLSX in bounded memory. Numbers stay numbers. Text a spreadsheet could read as a
formula (starting ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is neutralised: a
leading apostrophe in CSV, an explicit text cell in XLSX. Every export is recorded.

Admin exports are built from a kind in ``courses.export_kinds`` and the listing's filters. Up to
``EXPORT_INLINE_ROWS`` rows stream straight to the browser; more are written by a worker to a
private file, with progress on the record, that only the requester may download for a while.
The functions here return a ``Download`` (what to send); ``courses.downloads`` makes it an HTTP
response.
"""

import csv
import io
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import chain
from operator import itemgetter
from typing import Any, BinaryIO

from celery import current_app
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files import File
from django.db import transaction
from django.db.models import F, Q, QuerySet
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from import_export.resources import Resource
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from accounts.models import AuditAction, User
from accounts.services import audit
from courses.export_kinds import KINDS
from courses.models import ExportRecord, ExportStatus
from courses.permissions import EXPORT_PERMISSION
from courses.resources import CellWidget
from courses.services.errors import DomainError

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
WRITE_TASK = "courses.tasks.write_export_task"  # by name: the tasks module imports this one
FORMATS = {"csv": "text/csv; charset=utf-8",
           "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
XLSX_MAX_ROWS = 1_048_576  # per sheet, the header included; more rows continue on a new sheet
PROGRESS_EVERY = 5000


class ExportError(DomainError):
    pass


@dataclass(frozen=True)
class Sheet:
    """One table of an export: a title, its columns (a resource) and its rows."""

    title: str
    resource: Resource
    rows: Iterable[Any]


@dataclass(frozen=True, kw_only=True)
class Export:
    """What to export: a name for the record and the file, its columns and its rows — or, for
    a report of several tables, its ``sheets`` (one worksheet each in XLSX, one after another
    under their titles in CSV).

    ``owner`` marks someone's own data (their CPD log): only they may export it, and they need
    no export permission for it.
    """

    name: str
    filters: dict
    resource: Resource | None = None
    rows: Iterable[Any] = ()
    sheets: tuple[Sheet, ...] = ()
    owner: User | None = None
    permission: str = EXPORT_PERMISSION

    def parts(self) -> tuple[Sheet, ...]:
        return self.sheets or (Sheet(self.name, self.resource, self.rows),)


@dataclass(frozen=True)
class Download:
    """A file to hand to the person who asked: text ``lines`` to stream as they are written,
    or a binary ``file`` to send. Always private to them."""

    filename: str
    content_type: str
    lines: Iterator[str] | None = None
    file: BinaryIO | None = None


# --- building an admin export from its kind and filters -------------------------------------

def build_export(name: str, params: Mapping[str, Any]) -> Export:
    """The export ``name`` with the listing filters in ``params`` (a query string's values).
    Filters that do not make sense are refused with the reason, never ignored."""
    kind = KINDS.get(name)
    if kind is None:
        raise ExportError("unknown_export", _("There is no such export."))
    filterset = kind.filterset(data=_filter_data(kind, params), queryset=kind.queryset())
    if not filterset.is_valid():
        problems = "; ".join(f"{filterset.form.fields[field].label}: {' '.join(errors)}"
                             if field in filterset.form.fields else " ".join(errors)
                             for field, errors in filterset.form.errors.items())
        raise ExportError("bad_filters", _("These filters cannot be used: %(problems)s") % {
            "problems": problems})
    queryset = filterset.qs
    search = str(params.get("q", "")).strip()
    if search and kind.search_fields:
        words = Q()
        for field in kind.search_fields:
            words |= Q(**{f"{field}__icontains": search})
        queryset = queryset.filter(words)
    return Export(name=kind.name, resource=kind.resource(), rows=kind.rows(queryset),
                  filters=_filter_data(kind, params), permission=kind.permission)


NOT_FILTERS = {"format", "p", "ordering", "o", "e", "all", "_changelist_filters"}


def _filter_data(kind, params: Mapping[str, Any]) -> dict[str, str]:
    """The parameters that are filters of ``kind`` and the search. Paging, ordering and the
    format are left out; anything else is refused rather than ignored, so an export never
    silently holds more than was asked for."""
    names = {"q"}
    for name, field in kind.filterset().form.fields.items():
        suffixes = getattr(field.widget, "suffixes", None) or []
        names.update([f"{name}_{suffix}" for suffix in suffixes] or [name])
    unknown = sorted(set(params) - names - NOT_FILTERS)
    if unknown:
        raise ExportError("unknown_filters", _("These filters cannot be used: %(problems)s") % {
            "problems": ", ".join(unknown)})
    return {key: str(params.get(key)) for key in sorted(names) if params.get(key) not in
            (None, "")}


# --- writing ----------------------------------------------------------------------------------

def looks_like_formula(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def _as_cell(value: Any) -> Any:
    """A value of a type without a converter of its own (see ``_cell_function``) as a cell."""
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, int | float | Decimal):
        return value
    if isinstance(value, datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _cell_function(neutralise: bool) -> Callable[[Any], Any]:
    """How this export turns each value into a cell: numbers stay numbers, dates in ISO format,
    times in local time to the minute; with ``neutralise`` (CSV), text a spreadsheet could read
    as a formula gets a leading apostrophe. Made once per export, so the time zone is looked up
    once, and a value's converter is found by its exact type in one look-up (a chain of
    isinstance checks costs several a cell); other types go through ``_as_cell``."""
    zone = timezone.get_current_timezone()

    def local_minute(value: datetime) -> str:
        return (value.astimezone(zone) if value.tzinfo else value).strftime("%Y-%m-%d %H:%M")

    by_type = {str: None, int: None, float: None, Decimal: None, type(None): _as_cell,
               bool: str, datetime: local_minute, date: date.isoformat}

    def cell(value: Any) -> Any:
        convert = by_type.get(type(value), _as_cell)
        if convert is not None:
            value = convert(value)
        if neutralise and type(value) is str and value.startswith(FORMULA_STARTS):
            return "'" + value
        return value

    return cell


def iterate(rows: Iterable[Any]) -> Iterator[Any]:
    """Rows one at a time; a queryset through a (server-side, on PostgreSQL) cursor."""
    return rows.iterator(chunk_size=2000) if isinstance(rows, QuerySet) else iter(rows)


def _records(sheet: Sheet, *, neutralise: bool) -> Iterator[list[Any]]:
    """Each row's cells, in the resource's column order (see ``_cell_function``)."""
    cell = _cell_function(neutralise)
    rows = iterate(sheet.rows)
    first = next(rows, None)
    if first is None:
        return
    getters = _getters(sheet.resource, isinstance(first, dict))
    for row in chain((first,), rows):
        # Whole numbers and text that cannot be a formula (most cells) are written as they
        # are, without a call.
        yield [value if (kind := type(value)) is int or (
                   kind is str and not value.startswith(FORMULA_STARTS)) else cell(value)
               for value in [get(row) for get in getters]]


def _getters(resource: Resource, rows_are_dicts: bool) -> list:
    """Each column's value function, found once per export rather than once per cell (what
    ``Resource.export_field`` does): the resource's ``dehydrate_<field>``; for a column that
    hands over a row's value as it is (``resources.column``) on rows that are dictionaries, a
    plain look-up of the key; otherwise the field's own ``export``."""
    getters = []
    for field in resource.get_export_fields():
        method = field.get_dehydrate_method(resource.get_field_name(field))
        if callable(method) or hasattr(resource, method):
            getters.append(method if callable(method) else getattr(resource, method))
        elif (rows_are_dicts and isinstance(field.widget, CellWidget) and field.attribute
              and "__" not in field.attribute):
            getters.append(itemgetter(field.attribute))
        else:
            getters.append(field.export)
    return getters


def _headers(sheet: Sheet) -> list[str]:
    return [str(header) for header in sheet.resource.get_export_headers()]


class _Line:
    """A file-like object csv.writer writes one line into, for streaming."""

    def write(self, text: str) -> str:
        return text


def csv_lines(export: Export, on_done=None) -> Iterator[str]:
    """The CSV text, line by line; a report's tables one after another, each under its title
    and separated by an empty line. ``on_done(rows)`` is called after the last line."""
    writer = csv.writer(_Line())
    yield "\ufeff"  # a byte-order mark, so Excel reads UTF-8 (Gaelic accents) correctly
    count = 0
    for number, sheet in enumerate(export.parts()):
        if export.sheets:
            yield ("\r\n" if number else "") + writer.writerow([sheet.title])
        yield writer.writerow(_headers(sheet))
        for record in _records(sheet, neutralise=True):
            count += 1
            yield writer.writerow(record)
    if on_done:
        on_done(count)


def write_xlsx(export: Export, stream: BinaryIO) -> int:
    """Write an .xlsx to ``stream`` with openpyxl's write-only mode, a worksheet per table;
    returns the row count. Rows past a sheet's limit continue on another sheet, under the
    same headings."""
    workbook, count, titles = Workbook(write_only=True), 0, set()
    for part in export.parts():
        headers, sheet, on_sheet = _headers(part), None, XLSX_MAX_ROWS
        for record in _records(part, neutralise=False):
            if on_sheet == XLSX_MAX_ROWS:
                sheet = workbook.create_sheet(title=_sheet_title(part.title, titles))
                sheet.append(headers)
                on_sheet = 1
            sheet.append([_text_cell(sheet, value) if looks_like_formula(value) else value
                          for value in record])
            count += 1
            on_sheet += 1
        if sheet is None:
            workbook.create_sheet(title=_sheet_title(part.title, titles)).append(headers)
    workbook.save(stream)
    return count


SHEET_TITLE_LENGTH = 31  # Excel's limit
NOT_IN_SHEET_TITLES = str.maketrans({character: " " for character in "[]:*?/\\"})


def _sheet_title(title: str, taken: set[str]) -> str:
    """``title`` as Excel allows a sheet's name (31 characters at most, none of ``[]:*?/\\``),
    numbered if it is taken already; the new title is added to ``taken``."""
    title = str(title).translate(NOT_IN_SHEET_TITLES).strip() or "Sheet"
    name, number = title[:SHEET_TITLE_LENGTH], 1
    while name.casefold() in taken:
        number += 1
        suffix = f" ({number})"
        name = title[:SHEET_TITLE_LENGTH - len(suffix)] + suffix
    taken.add(name.casefold())
    return name


def _text_cell(sheet, value: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"  # text, never a formula
    return cell


# --- who, and the record ----------------------------------------------------------------------

def may_export(user: User, export: Export) -> bool:
    if export.owner is not None:
        return user.pk == export.owner.pk
    return user.has_perm(export.permission)


def check_can_export(user: User, export: Export) -> None:
    if not may_export(user, export):
        raise PermissionDenied


def record_export(user: User, export: Export, file_format: str, rows: int = 0,
                  **fields) -> ExportRecord:
    record = ExportRecord.objects.create(user=user, export=export.name, file_format=file_format,
                                         filters=export.filters, rows=rows, **fields)
    audit.record(user, AuditAction.EXPORTED, record, subject=export.owner,
                 export=export.name, filters=sorted(export.filters))
    return record


def filename(export: Export | ExportRecord, file_format: str) -> str:
    name = export.name if isinstance(export, Export) else export.export
    return f"{name}-{timezone.localdate():%Y-%m-%d}.{file_format}"


def prepare_download(user: User, export: Export, file_format: str) -> Download:
    """``export`` as a file to send now, recorded with who asked, the filters and the rows
    (counted once the last row is written)."""
    check_can_export(user, export)
    if file_format not in FORMATS:
        file_format = "csv"
    record = record_export(user, export, file_format)

    def finish(rows: int) -> None:
        ExportRecord.objects.filter(pk=record.pk).update(rows=F("rows") + rows)

    name, content_type = filename(export, file_format), FORMATS[file_format]
    if file_format == "csv":
        return Download(name, content_type, lines=csv_lines(export, on_done=finish))
    spool = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)
    finish(write_xlsx(export, spool))
    spool.seek(0)
    return Download(name, content_type, file=spool)


# --- large exports in the background ---------------------------------------------------------

def start_export(user: User, export: Export, file_format: str) -> Download | ExportRecord:
    """A small export to send now; a large one queued for a worker, and its record."""
    check_can_export(user, export)
    if file_format not in FORMATS:
        raise ExportError("bad_format", _("Exports are CSV or XLSX."))
    total = export.rows.count() if isinstance(export.rows, QuerySet) else None
    if total is None or total <= settings.EXPORT_INLINE_ROWS:
        return prepare_download(user, export, file_format)
    record = record_export(user, export, file_format, status=ExportStatus.QUEUED, total=total)
    transaction.on_commit(lambda: current_app.tasks[WRITE_TASK].delay(record.pk))
    return record


def write_export_file(record_id: int) -> bool:
    """A worker writes a queued export to its file. Claimed with a conditional update, so a
    duplicate task or a retry does nothing. Returns True if this call wrote it."""
    claimed = ExportRecord.objects.filter(pk=record_id, status=ExportStatus.QUEUED).update(
        status=ExportStatus.RUNNING)
    if not claimed:
        return False
    record = ExportRecord.objects.select_related("user").get(pk=record_id)
    try:
        with translation.override(record.user.preferred_language if record.user else None):
            export = build_export(record.export, record.filters)
            export = replace(export, rows=_reporting(iterate(export.rows), record_id))
            with tempfile.TemporaryFile() as written:
                rows = _write_to_file(export, record.file_format, written)
                written.seek(0)
                record.file.save(filename(record, record.file_format), File(written),
                                 save=False)
    except Exception as error:
        ExportRecord.objects.filter(pk=record_id).update(
            status=ExportStatus.FAILED, error=str(error)[:2000], finished_at=timezone.now())
        raise
    record.status, record.rows, record.finished_at = ExportStatus.DONE, rows, timezone.now()
    record.save(update_fields=["status", "rows", "finished_at", "file"])
    return True


def _reporting(rows: Iterator[Any], record_id: int) -> Iterator[Any]:
    for count, row in enumerate(rows, start=1):
        if count % PROGRESS_EVERY == 0:
            ExportRecord.objects.filter(pk=record_id).update(rows=count)
        yield row


def _write_to_file(export: Export, file_format: str, written: BinaryIO) -> int:
    if file_format == "xlsx":
        return write_xlsx(export, written)
    counted = []
    text = io.TextIOWrapper(written, encoding="utf-8", newline="")  # buffered: few writes
    text.writelines(csv_lines(export, on_done=counted.append))
    text.flush()
    text.detach()  # the caller's file stays open
    return counted[0]


def open_download(record: ExportRecord) -> Download:
    """A finished background export's file."""
    return Download(filename(record, record.file_format), FORMATS[record.file_format],
                    file=record.file.open("rb"))


def delete_expired_exports(*, now: datetime | None = None) -> int:
    """Delete the files of exports past their download time (the record stays). Idempotent."""
    now = now or timezone.now()
    cutoff = now - timedelta(hours=settings.EXPORT_DOWNLOAD_HOURS)
    deleted = 0
    for record in ExportRecord.objects.filter(finished_at__lt=cutoff).exclude(file=""):
        record.file.delete(save=False)
        ExportRecord.objects.filter(pk=record.pk).update(file="")
        deleted += 1
    return deleted
