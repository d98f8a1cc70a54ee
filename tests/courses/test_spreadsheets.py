"""Reading uploaded spreadsheets: what real files contain is tolerated, what cannot be read is
refused with a reason."""

import io
from datetime import date, datetime, time

import pytest
from openpyxl import Workbook

from courses.services.spreadsheets import (
    Column,
    UnreadableFile,
    as_date,
    as_time,
    as_whole_number,
    read_table,
)

COLUMNS = [Column("enrolment", "Enrolment number", text=False), Column("status", "Status"),
           Column("session_date", "Session date", required=False, text=False)]


def xlsx(*rows) -> bytes:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def test_a_byte_order_mark_crlf_stray_spaces_and_blank_trailing_rows_are_fine():
    content = ("\ufeffEnrolment number , STATUS,Session date\r\n"
               "  12 ,  Present  ,2026-11-03\r\n"
               "13,absent,03/11/2026\r\n"
               ",,\r\n\r\n ,  ,\r\n").encode()
    table = read_table(content, "register.csv", COLUMNS)
    assert table.rows == [(2, {"enrolment": "12", "status": "Present",
                               "session_date": "2026-11-03"}),
                          (3, {"enrolment": "13", "status": "absent",
                               "session_date": "03/11/2026"})]


def test_semicolons_and_tabs_separate_columns_too():
    for separator in ";\t":
        content = separator.join(["Status", "Enrolment number"]).encode() + b"\nlate" + \
            separator.encode() + b"7\n"
        assert read_table(content, "r.csv", COLUMNS).rows == [(2, {"status": "late",
                                                                   "enrolment": "7"})]


def test_headings_in_gaelic_are_recognised(settings):
    from django.utils import translation

    with translation.override("gd"):
        from django.utils.translation import gettext as _

        heading = _("Enrolment number")
    from django.utils.translation import gettext_lazy

    columns = [Column("enrolment", gettext_lazy("Enrolment number"))]
    assert heading != "Enrolment number"
    assert read_table(f"{heading}\n4\n".encode(), "r.csv", columns).rows == [
        (2, {"enrolment": "4"})]


def test_an_xlsx_file_with_excel_dates_and_numbers_is_read():
    content = xlsx(["Enrolment number", "Status", "Session date"],
                   [12, "Present", datetime(2026, 11, 3)], [13.0, "P", 46329], [None, None, None])
    table = read_table(content, "register.xlsx", COLUMNS)
    assert [cells for _n, cells in table.rows] == [
        {"enrolment": 12, "status": "Present", "session_date": datetime(2026, 11, 3)},
        {"enrolment": 13.0, "status": "P", "session_date": 46329}]
    assert as_date(table.rows[0][1]["session_date"]) == date(2026, 11, 3)
    assert as_date(table.rows[1][1]["session_date"]) == date(2026, 11, 3)  # Excel serial
    assert as_whole_number(13.0) == 13


@pytest.mark.parametrize("typed, expected", [
    ("2026-11-03", date(2026, 11, 3)), ("3/11/2026", date(2026, 11, 3)),
    ("03/11/26", date(2026, 11, 3)), ("03.11.2026", date(2026, 11, 3)),
    ("46329", date(2026, 11, 3)), (46329.0, date(2026, 11, 3)),
    ("2026-11-03 10:00", date(2026, 11, 3)), ("Tuesday", None), ("31/02/2026", None)])
def test_dates_typed_the_ways_people_type_them(typed, expected):
    assert as_date(typed) == expected


def test_times_and_numbers():
    assert as_time("10:00") == time(10) and as_time("9.30") == time(9, 30)
    assert as_time(0.4375) == time(10, 30) and as_time("25:00") is None
    assert [as_whole_number(v) for v in ("7", " 8 ", "9.0", "1.5", "x", True)] == [
        7, 8, 9, None, None, None]


@pytest.mark.parametrize("content, name, code", [
    (b"", "r.csv", "empty"),
    (b"\xef\xbb\xbf\r\n,,\r\n", "r.csv", "empty"),
    (b"Enrolment number,Status\r\n", "r.csv", "no_rows"),
    (b"Name,Date\nPat,2026-11-03\n", "r.csv", "wrong_columns"),
    (b"Enrolment number,Status,Status\n1,present,late\n", "r.csv", "duplicate_column"),
    ("Enrolment number,Status\n1,présent\n".encode("cp1252"), "r.csv", "encoding"),
    (b"PK\x03\x04 this is not really a zip file", "r.xlsx", "bad_xlsx"),
    (b"\xd0\xcf\x11\xe0 an old binary workbook", "r.xls", "wrong_type"),
])
def test_files_that_cannot_be_read_are_refused_with_a_reason(content, name, code):
    with pytest.raises(UnreadableFile) as refused:
        read_table(content, name, COLUMNS)
    assert refused.value.code == code and refused.value.message


def test_the_size_and_row_limits_hold(settings):
    settings.IMPORT_MAX_BYTES = 100
    with pytest.raises(UnreadableFile) as refused:
        read_table(b"Enrolment number,Status\n" + b"1,present\n" * 20, "r.csv", COLUMNS)
    assert refused.value.code == "too_large"
    settings.IMPORT_MAX_BYTES, settings.IMPORT_MAX_ROWS = 10_000, 3
    with pytest.raises(UnreadableFile) as refused:
        read_table(b"Enrolment number,Status\n" + b"1,present\n" * 4, "r.csv", COLUMNS)
    assert refused.value.code == "too_many_rows" and "more than 3 rows" in refused.value.message
