"""The postcode lookups a coordinator uploads: the official CSVs that give each Scottish
postcode its SIMD quintile and its 6-fold urban/rural class.

A file is read and checked whole before anything is written (its columns, every postcode's
shape, each postcode once, every value in range, UTF-8, no NUL bytes, a size limit), then
loaded in one transaction: that kind's previous values are cleared and the new ones written
in batches of upserts. Either all of it is loaded or none of it. After the commit, the
equality answers still waiting with a postcode are worked out in a task
(``reports.services.equality.derive_pending_postcodes``).
"""

import codecs
import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from celery import current_app
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from accounts.models import User
from courses.services.errors import DomainError
from reports.models import LookupKind, LookupUpload, PostcodeLookup, SIMDQuintile, UrbanRural

# By name: the tasks module imports the services, not the other way round.
DERIVE_TASK = "reports.tasks.derive_pending_postcodes_task"
BATCH = 5000  # postcodes per upsert
MOST_POSTCODES = 500_000  # Scotland has about 230,000 live postcodes (and some retired ones)
MOST_PROBLEMS = 10  # named in one message; the rest are counted
READ_CHUNK = 64 * 1024
XLSX_MAGIC = b"PK\x03\x04"

# A UK postcode without its space: the outward code (area, district) and the inward code.
POSTCODE_SHAPE = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}")
LONGEST_POSTCODE_TYPED = 16  # room for stray spaces; anything longer is not a postcode

# Headings as the official files write them, compared once lowercased and stripped of spaces,
# underscores and hyphens: "Postcode"; "SIMD2020v2_Quintile"; "UR6_2020",
# "UrbanRural6Fold2020Code".
POSTCODE_HEADING = re.compile(r"postcode|pcds?|pc[78]")
VALUE_HEADINGS = {
    LookupKind.SIMD: re.compile(r"simd(\d{4}(v\d+)?)?quintile"),
    LookupKind.URBAN_RURAL: re.compile(r"(sg)?(ur|urbanrural)6(fold)?(\d{4})?(code)?"),
}
FIELDS = {LookupKind.SIMD: "simd_quintile", LookupKind.URBAN_RURAL: "urban_rural"}
VALUES = {LookupKind.SIMD: set(SIMDQuintile.values),
          LookupKind.URBAN_RURAL: set(UrbanRural.values)}
EXPECTED = {
    LookupKind.SIMD: gettext_lazy("a quintile column such as SIMD2020v2_Quintile, from 1 (most "
                                  "deprived) to 5"),
    LookupKind.URBAN_RURAL: gettext_lazy("a 6-fold class column such as UR6_2020 or "
                                         "UrbanRural6Fold2020Code, from 1 (large urban areas) "
                                         "to 6 (remote rural areas)"),
}


class LookupFileError(DomainError):
    """The file was refused; nothing was loaded. ``problems`` lists what is wrong with which
    rows, when there is more than one thing to say."""

    def __init__(self, code: str, message: str, *, problems: list[str] | None = None):
        super().__init__(code, message)
        self.problems = problems or []


class PostcodeError(DomainError):
    pass


def normalise_postcode(text: str) -> str:
    """``text`` as a postcode written the one way we keep it, ``AB1 2CD``; a text that does
    not have a UK postcode's shape is refused."""
    compact = "".join(text.split()).upper() if len(text) <= LONGEST_POSTCODE_TYPED else ""
    if not POSTCODE_SHAPE.fullmatch(compact):
        raise PostcodeError("bad_postcode", _(
            "Enter a UK postcode, such as IV3 5NE, or leave the box empty."))
    return f"{compact[:-3]} {compact[-3:]}"


def loaded_kinds() -> set[str]:
    """The kinds of lookup loaded so far."""
    return set(LookupUpload.objects.values_list("kind", flat=True).distinct())


def look_up(postcodes: Iterable[str]) -> dict[str, PostcodeLookup]:
    """What the lookups say about each of ``postcodes`` (normalised) that they know."""
    return PostcodeLookup.objects.in_bulk(list(set(postcodes)))


def expected_columns(kind: str) -> str:
    return _("a postcode column (Postcode) and %(values)s") % {"values": EXPECTED[kind]}


# --- loading --------------------------------------------------------------------------------

@transaction.atomic
def load_lookup(kind: str, upload, *, by: User | None) -> LookupUpload:
    """Load ``upload`` (a file with ``name``, ``size`` and ``read``) as the lookup ``kind``,
    replacing that kind's previous values, and record it. All or nothing: a refused file raises
    ``LookupFileError`` and changes nothing. The answers waiting for a lookup are worked out
    after the commit."""
    if kind not in FIELDS:
        raise LookupFileError("bad_kind", _("Choose which lookup the file is."))
    values = _read(kind, upload)
    _replace(kind, values)
    record = LookupUpload.objects.create(kind=kind, file_name=_short_name(upload.name),
                                         rows=len(values), uploaded_by=by)
    transaction.on_commit(lambda: current_app.tasks[DERIVE_TASK].delay())
    return record


def _replace(kind: str, values: dict[str, int]) -> None:
    """Clear the kind's old values, upsert the new ones in batches, and drop the rows that
    neither lookup knows any more."""
    field = FIELDS[kind]
    PostcodeLookup.objects.filter(**{f"{field}__isnull": False}).update(**{field: None})
    rows = (PostcodeLookup(postcode=postcode, **{field: value})
            for postcode, value in values.items())
    for batch in _batches(rows, BATCH):
        PostcodeLookup.objects.bulk_create(batch, update_conflicts=True,
                                           unique_fields=["postcode"], update_fields=[field])
    PostcodeLookup.objects.filter(Q(simd_quintile__isnull=True)
                                  & Q(urban_rural__isnull=True)).delete()


def _batches(rows: Iterator, size: int) -> Iterator[list]:
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _short_name(name: str) -> str:
    return (name or "lookup.csv").rsplit("/", 1)[-1][-255:]


# --- reading and checking -------------------------------------------------------------------

@dataclass
class _Checked:
    values: dict[str, int]
    first_row: dict[str, int]  # the row each postcode was first seen on
    problems: list[str]
    count: int = 0  # problems found, named or not

    def problem(self, text: str) -> None:
        self.count += 1
        if len(self.problems) < MOST_PROBLEMS:
            self.problems.append(text)


def _read(kind: str, upload) -> dict[str, int]:
    """{postcode: value} from the file, or ``LookupFileError`` saying everything wrong."""
    _check_size(upload)
    rows = csv.reader(_lines(upload))
    checked = _Checked({}, {}, [])
    try:
        postcode_at, value_at = _columns(kind, next(rows, None))
        for number, cells in enumerate(rows, start=2):
            if any(cell.strip() for cell in cells):
                _check_row(kind, checked, number, cells, postcode_at, value_at)
    except csv.Error:
        raise LookupFileError("not_csv", _(
            "The file could not be read as CSV (near row %(row)s). Save it as CSV UTF-8 "
            "(comma delimited) and upload that.") % {"row": rows.line_num}) from None
    if checked.count:
        raise LookupFileError("bad_rows", _refusal(checked), problems=checked.problems)
    if not checked.values:
        raise LookupFileError("no_rows", _("The file has headings but no postcodes under them."))
    return checked.values


def _check_size(upload) -> None:
    limit = settings.LOOKUP_MAX_BYTES
    if upload.size > limit:
        raise LookupFileError("too_large", _(
            "The file is larger than %(size)s MB, more than any postcode lookup needs. Check "
            "that this is the right file.") % {"size": limit // (1024 * 1024)})
    if upload.size == 0:
        raise LookupFileError("empty", _("The file is empty."))


def _lines(upload) -> Iterator[str]:
    """The file's text, line by line, refused on its first sign of not being a UTF-8 CSV."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    upload.seek(0)
    start, pending, line = True, "", 1
    while chunk := upload.read(READ_CHUNK):
        if start and chunk.startswith(XLSX_MAGIC):
            raise LookupFileError("wrong_type", _(
                "This is an Excel workbook. Open it in Excel, save it as “CSV UTF-8 (comma "
                "delimited)” and upload that."))
        start = False
        pending += _decode(decoder, chunk, line + pending.count("\n"))
        if "\x00" in pending:
            raise LookupFileError("nul", _(
                "The file holds NUL characters (near row %(row)s), so it is not a plain CSV "
                "file. Save it again as CSV UTF-8 and upload that.") % {
                "row": line + pending[:pending.index("\x00")].count("\n")})
        *complete, pending = pending.split("\n")
        line += len(complete)
        yield from (f"{text}\n" for text in complete)
    pending += _decode(decoder, b"", line, final=True)
    if pending:
        yield pending


def _decode(decoder, chunk: bytes, line: int, *, final: bool = False) -> str:
    """``chunk`` decoded; ``line`` is the row the chunk starts on, to say where it fails."""
    try:
        return decoder.decode(chunk, final=final)
    except UnicodeDecodeError as error:
        row = line + chunk[:max(error.start, 0)].count(b"\n")
        raise LookupFileError("encoding", _(
            "The file is not in UTF-8 (row %(row)s has a character that is not). In Excel, "
            "choose Save As and “CSV UTF-8 (comma delimited)”, then upload that file.") % {
            "row": row}) from None


def _heading(text: str) -> str:
    return re.sub(r"[\s_\-]+", "", text).lower()


def _columns(kind: str, headings: list[str] | None) -> tuple[int, int]:
    """Where the postcode and the value are, by the official headings."""
    if not headings or not any(cell.strip() for cell in headings):
        raise LookupFileError("empty", _("The file is empty."))
    keys = [_heading(cell) for cell in headings]
    postcode = [i for i, key in enumerate(keys) if POSTCODE_HEADING.fullmatch(key)]
    value = [i for i, key in enumerate(keys) if VALUE_HEADINGS[kind].fullmatch(key)]
    found = ", ".join(cell.strip()[:40] for cell in headings if cell.strip())[:300]
    if len(postcode) > 1 or len(value) > 1:
        raise LookupFileError("columns_twice", _(
            "More than one column could be the one we need: the file needs %(expected)s, "
            "each once. Its headings are: %(found)s.") % {
            "expected": expected_columns(kind), "found": found})
    if not postcode or not value:
        raise LookupFileError("columns", _(
            "The file needs %(expected)s in its first row. Its headings are: %(found)s.") % {
            "expected": expected_columns(kind), "found": found})
    return postcode[0], value[0]


def _check_row(kind: str, checked: _Checked, number: int, cells: list[str], postcode_at: int,
               value_at: int) -> None:
    raw = cells[postcode_at].strip() if postcode_at < len(cells) else ""
    try:
        postcode = normalise_postcode(raw)
    except PostcodeError:
        checked.problem(_("Row %(row)s: “%(text)s” is not a postcode.") % {
            "row": number, "text": raw[:20]})
        return
    value = _value(kind, cells[value_at] if value_at < len(cells) else "")
    if value is None:
        checked.problem(_("Row %(row)s: the value for %(postcode)s must be a whole number from "
                          "%(low)s to %(high)s.") % {
            "row": number, "postcode": postcode, "low": min(VALUES[kind]),
            "high": max(VALUES[kind])})
    elif postcode in checked.first_row:
        checked.problem(_("%(postcode)s is in row %(first)s and again in row %(row)s.") % {
            "postcode": postcode, "first": checked.first_row[postcode], "row": number})
    elif len(checked.values) == MOST_POSTCODES:
        raise LookupFileError("too_many_rows", _(
            "The file has more than %(limit)s postcodes, more than Scotland has. Check that "
            "this is the right file.") % {"limit": f"{MOST_POSTCODES:,}"})
    else:
        checked.values[postcode] = value
        checked.first_row[postcode] = number


def _value(kind: str, text: str) -> int | None:
    text = text.strip()
    if not re.fullmatch(r"\d{1,2}(\.0+)?", text):
        return None
    value = int(text.split(".")[0])
    return value if value in VALUES[kind] else None


def _refusal(checked: _Checked) -> str:
    more = checked.count - len(checked.problems)
    message = ngettext("Nothing was loaded: %(count)s row needs correcting.",
                       "Nothing was loaded: %(count)s rows need correcting.",
                       checked.count) % {"count": checked.count}
    if more:
        message += " " + _("The first %(shown)s are listed.") % {"shown": len(checked.problems)}
    return message
