"""Hostile spreadsheets: archives that unpack to millions of rows or a 400 MB cell, thousands of
parts, sizes that lie, sheets that claim 16,384 columns, broken XML. Each is refused (or read)
with a message, and reading any of them raises the process's peak memory by under 100 MiB."""

import io
import json
import os
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from courses.services.spreadsheets import Column, UnreadableFile, read_table

ROOT = Path(__file__).resolve().parents[2]
COLUMNS = [Column("enrolment", "Enrolment number", text=False), Column("status", "Status")]
MIB = 1024 * 1024


def _workbook_parts(sheet_xml_writer, *, dimension: str = "") -> bytes:
    """A minimal valid .xlsx whose first sheet's XML is written by ``sheet_xml_writer(out)``,
    compressed as far as zlib goes."""
    base = io.BytesIO()
    reference = Workbook()
    reference.active.append(["Enrolment number", "Status"])
    reference.save(base)
    stream = io.BytesIO()
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(
            stream, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for item in source.infolist():
            if item.filename == "xl/worksheets/sheet1.xml":
                with target.open(item.filename, "w", force_zip64=True) as out:
                    out.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http:'
                              b'//schemas.openxmlformats.org/spreadsheetml/2006/main">'
                              + dimension.encode() + b"<sheetData>")
                    sheet_xml_writer(out)
                    out.write(b"</sheetData></worksheet>")
            else:
                target.writestr(item, source.read(item.filename))
    return stream.getvalue()


def _row(number: int, *cells: tuple[str, str]) -> bytes:
    inner = b"".join(f'<c r="{ref}{number}" t="inlineStr"><is><t>{text}</t></is></c>'.encode()
                     for ref, text in cells)
    return f'<row r="{number}">'.encode() + inner + b"</row>"


def _headings(out) -> None:
    out.write(_row(1, ("A", "Enrolment number"), ("B", "Status")))


# Rows and cells may leave out their references: then every row is the same bytes, and zlib
# squeezes millions of them into a few kilobytes.
SAME_ROW = b'<row><c t="inlineStr"><is><t>1</t></is></c><c t="inlineStr"><is><t>present</t></is>' \
    b"</c></row>"


def millions_of_rows() -> bytes:
    def write(out):
        _headings(out)
        chunk = SAME_ROW * 10_000
        for _ in range(500):  # five million rows
            out.write(chunk)
    return _workbook_parts(write)


def a_400_mb_cell() -> bytes:
    def write(out):
        _headings(out)
        out.write(b'<row r="2"><c r="A2" t="inlineStr"><is><t>')
        block = b"A" * MIB
        for _ in range(400):
            out.write(block)
        out.write(b"</t></is></c></row>")
    return _workbook_parts(write)


def thousands_of_parts() -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        for number in range(5000):
            archive.writestr(f"xl/media/{number}.bin", b"")
    return stream.getvalue()


def sizes_that_lie() -> bytes:
    """A sheet of 50 MB of rows that declares it unpacks to 1 KB."""
    def write(out):
        _headings(out)
        chunk = SAME_ROW * 10_000
        for _ in range(100):
            out.write(chunk)
    content = bytearray(_workbook_parts(write))
    name = b"xl/worksheets/sheet1.xml"
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (found := content.find(signature, start)) != -1:
            name_at = found + (30 if signature == b"PK\x03\x04" else 46)
            if content[name_at:name_at + len(name)] == name:
                struct.pack_into("<I", content, found + size_at, 1024)
            start = found + 4
    return bytes(content)


def wide_claims() -> bytes:
    """A small sheet that says it spans A1:XFD1048576, with a cell in the last column of each
    of its 20,000 rows."""
    def write(out):
        _headings(out)
        for number in range(2, 20_002):
            out.write(_row(number, ("A", str(number)), ("B", "present"), ("XFD", "x")))
    return _workbook_parts(write, dimension='<dimension ref="A1:XFD1048576"/>')


def broken_xml() -> bytes:
    def write(out):
        _headings(out)
        out.write(b'<row r="2"><c r="A2" t="inlineStr"><is><t>1</t></is>')  # never closed
    return _workbook_parts(write)


BOMBS = {
    "millions-of-rows": (millions_of_rows, "too_large_unpacked"),
    "a-400-mb-cell": (a_400_mb_cell, "too_large_unpacked"),
    "thousands-of-parts": (thousands_of_parts, "too_large_unpacked"),
    "sizes-that-lie": (sizes_that_lie, "bad_xlsx"),
    "wide-claims": (wide_claims, None),  # read: only the columns a register has
    "broken-xml": (broken_xml, "bad_xlsx"),
}

# Linux keeps a process's peak memory (VmHWM); writing 5 to clear_refs resets it to now, so
# the peak afterwards is what reading the file took, not what starting Django took.
MEASURE = """
import json, sys
import django
django.setup()
from courses.services.spreadsheets import Column, UnreadableFile, read_table

def kib(field):
    for line in open("/proc/self/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1])

content = open(sys.argv[1], "rb").read()
open("/proc/self/clear_refs", "w").write("5")
before = kib("VmRSS")
try:
    table = read_table(content, "upload.xlsx", [Column("enrolment", "Enrolment number",
                                                       text=False), Column("status", "Status")])
    outcome = f"read {len(table.rows)} rows"
except UnreadableFile as error:
    outcome = error.code
print(json.dumps({"outcome": outcome, "peak_kib": kib("VmHWM") - before}))
"""


@pytest.fixture(scope="module")
def bomb_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bombs")
    paths = {}
    for name, (build, _expected) in BOMBS.items():
        paths[name] = folder / f"{name}.xlsx"
        paths[name].write_bytes(build())
    return paths


@pytest.mark.parametrize("name", list(BOMBS))
def test_each_bomb_is_small_on_the_wire(bomb_files, name):
    assert bomb_files[name].stat().st_size < 5 * MIB  # under IMPORT_MAX_BYTES: it gets in


@pytest.mark.parametrize("name", list(BOMBS))
def test_each_bomb_is_refused_or_read_with_little_memory(bomb_files, name):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    result = subprocess.run([sys.executable, "-c", MEASURE, str(bomb_files[name])], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    expected = BOMBS[name][1]
    assert seen["outcome"] == (expected or "read 20000 rows")
    print(name, seen)
    assert seen["peak_kib"] < 100 * 1024, f"{name}: peak grew by {seen['peak_kib']} KiB"


def test_a_wide_sheet_keeps_only_the_columns_it_needs(bomb_files):
    table = read_table(bomb_files["wide-claims"].read_bytes(), "w.xlsx", COLUMNS)
    assert table.rows[0] == (2, {"enrolment": "2", "status": "present"})


def test_a_refused_bomb_says_what_to_do(bomb_files):
    with pytest.raises(UnreadableFile) as refused:
        read_table(bomb_files["a-400-mb-cell"].read_bytes(), "c.xlsx", COLUMNS)
    assert "Copy the rows you need into a new workbook" in refused.value.message
