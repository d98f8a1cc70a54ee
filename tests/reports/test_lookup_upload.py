"""Loading the official postcode lookups: the official headings in any case, bulk upserts
that replace that lookup's previous values, a record of each upload; and every bad file
refused with a message a coordinator can act on, changing nothing."""

import codecs

import pytest

from reports.models import LookupUpload, PostcodeLookup
from reports.services.lookups import LookupFileError
from tests.reports.factories import load, simd_csv, upload, urban_rural_csv

pytestmark = pytest.mark.django_db


def _table() -> dict:
    return {row.postcode: (row.simd_quintile, row.urban_rural)
            for row in PostcodeLookup.objects.all()}


def test_it_loads_a_simd_lookup_and_records_the_upload(cora):
    record = load("simd", simd_csv({"IV3 5NE": 3, "g42 7aa": 1}), by=cora, name="simd.csv")
    assert _table() == {"IV3 5NE": (3, None), "G42 7AA": (1, None)}
    assert (record.kind, record.file_name, record.rows, record.uploaded_by) == (
        "simd", "simd.csv", 2, cora)


def test_the_two_lookups_fill_the_same_rows(cora):
    load("simd", simd_csv({"IV3 5NE": 3, "G42 7AA": 1}), by=cora)
    load("urban_rural", urban_rural_csv({"IV3 5NE": 2, "KW1 4YT": 4}), by=cora)
    assert _table() == {"IV3 5NE": (3, 2), "G42 7AA": (1, None), "KW1 4YT": (None, 4)}
    assert LookupUpload.objects.count() == 2


def test_a_new_file_replaces_that_lookups_values_only(cora):
    load("simd", simd_csv({"IV3 5NE": 3, "G42 7AA": 1}), by=cora)
    load("urban_rural", urban_rural_csv({"IV3 5NE": 2}), by=cora)
    load("simd", simd_csv({"IV3 5NE": 4, "AB11 5PQ": 2}), by=cora)
    assert _table() == {"IV3 5NE": (4, 2), "AB11 5PQ": (2, None)}  # G42 7AA: in neither now


@pytest.mark.parametrize("headings, row", [
    ("Postcode,SIMD2020v2_Quintile", "IV3 5NE,3"), ("POSTCODE,simd2020v2_quintile", "IV3 5NE,3"),
    ("postcode,SIMD2020_Quintile", "IV3 5NE,3"), ("Postcode,SIMD2016_Quintile", "IV3 5NE,3"),
    ("Post Code,SIMD Quintile", "IV3 5NE,3"), ("pcds,SIMD2020v2_Quintile", "IV3 5NE,3"),
    ("DZ,SIMD2020v2_Rank,SIMD2020v2_Decile,SIMD2020v2_Quintile,Postcode",
     "S01010206,2719,4,3,IV3 5NE"),
])
def test_it_recognises_the_simd_headings(cora, headings, row):
    load("simd", f"{headings}\n{row}\n".encode(), by=cora)
    assert _table() == {"IV3 5NE": (3, None)}


@pytest.mark.parametrize("heading", ["UR6_2020", "ur6_2016", "UrbanRural6Fold2020Code",
                                     "URBANRURAL6FOLD2020CODE", "UR6FOLD", "SG_UrbanRural_6Fold"])
def test_it_recognises_the_urban_rural_headings(cora, heading):
    load("urban_rural", f"Postcode,UR2_2020,{heading},UR8_2020\nIV3 5NE,1,2,3\n".encode(),
         by=cora)
    assert _table() == {"IV3 5NE": (None, 2)}


def test_it_reads_a_byte_order_mark_and_quoted_cells(cora):
    content = codecs.BOM_UTF8 + b'"Postcode","SIMD2020v2_Quintile"\r\n"IV3 5NE","3"\r\n\r\n'
    load("simd", content, by=cora)
    assert _table() == {"IV3 5NE": (3, None)}


def test_it_takes_a_value_written_as_a_decimal(cora):
    load("simd", b"Postcode,SIMD2020v2_Quintile\nIV3 5NE,3.0\n", by=cora)
    assert _table() == {"IV3 5NE": (3, None)}


# --- bad files: a clear message, and nothing changes --------------------------------------------

@pytest.fixture
def loaded_before(cora):
    load("simd", simd_csv({"IV3 5NE": 3}), by=cora)
    return _table(), LookupUpload.objects.count()


def _refused(kind: str, content: bytes, name: str = "lookup.csv") -> LookupFileError:
    with pytest.raises(LookupFileError) as refused:
        load(kind, content, name=name)
    return refused.value


BAD_FILES = {
    "wrong columns": ("simd", b"Postcode,Rank\nIV3 5NE,3\n", "columns",
                      "The file needs a postcode column (Postcode) and a quintile column "
                      "such as SIMD2020v2_Quintile"),
    "the other lookup's file": ("simd", urban_rural_csv({"IV3 5NE": 2}), "columns",
                                "Its headings are: Postcode, UR2_2020, UR6_2020, UR8_2020."),
    "no postcode column": ("urban_rural", b"Place,UR6_2020\nInverness,2\n", "columns",
                           "a 6-fold class column such as UR6_2020"),
    "two quintile columns": ("simd", b"Postcode,SIMD2016_Quintile,SIMD2020v2_Quintile\n"
                             b"IV3 5NE,3,3\n", "columns_twice", "each once"),
    "duplicate postcodes": ("simd", b"Postcode,SIMD2020v2_Quintile\nIV3 5NE,3\nG42 7AA,1\n"
                            b"iv35ne,3\n", "bad_rows",
                            "IV3 5NE is in row 2 and again in row 4."),
    "a quintile out of range": ("simd", b"Postcode,SIMD2020v2_Quintile\nIV3 5NE,6\n", "bad_rows",
                                "Row 2: the value for IV3 5NE must be a whole number from 1 "
                                "to 5."),
    "a class out of range": ("urban_rural", b"Postcode,UR6_2020\nIV3 5NE,0\nG42 7AA,\n",
                             "bad_rows", "from 1 to 6"),
    "not a postcode": ("simd", b"Postcode,SIMD2020v2_Quintile\nInverness,3\n", "bad_rows",
                       "Row 2: \u201cInverness\u201d is not a postcode."),
    "not UTF-8": ("simd", "Postcode,SIMD2020v2_Quintile\nIV3 5NE,3\nG42 7AA,1 \u2013 Glas\u00e8\n"
                  .encode("cp1252"), "encoding", "The file is not in UTF-8 (row 3"),
    "NUL bytes": ("simd", b"Postcode,SIMD2020v2_Quintile\nIV3 5NE,3\nG42\x007AA,1\n", "nul",
                  "NUL characters (near row 3)"),
    "empty": ("simd", b"", "empty", "The file is empty."),
    "blank": ("simd", b"\n\n  \n", "empty", "The file is empty."),
    "headings only": ("simd", b"Postcode,SIMD2020v2_Quintile\n", "no_rows",
                      "headings but no postcodes"),
    "an Excel workbook": ("simd", b"PK\x03\x04" + b"\x00" * 100, "wrong_type",
                          "save it as \u201cCSV UTF-8"),
    "a cell too long for CSV": ("simd", b"Postcode,SIMD2020v2_Quintile\n\"" + b"x" * 200_000
                                + b"\",3\n", "not_csv", "could not be read as CSV"),
    "the wrong kind": ("funder", simd_csv({"IV3 5NE": 3}), "bad_kind", "Choose which lookup"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_is_refused_clearly_and_changes_nothing(case, loaded_before):
    kind, content, code, words = BAD_FILES[case]
    error = _refused(kind, content)
    assert error.code == code
    assert words in " ".join([error.message, *error.problems]), error.message
    assert (_table(), LookupUpload.objects.count()) == loaded_before


def test_a_file_with_many_bad_rows_names_the_first_ten_and_counts_them_all(loaded_before):
    rows = "".join(f"IV{n} 5NE,9\n" for n in range(1, 26))
    error = _refused("simd", f"Postcode,SIMD2020v2_Quintile\n{rows}".encode())
    assert len(error.problems) == 10 and error.problems[0].startswith("Row 2:")
    assert error.message == ("Nothing was loaded: 25 rows need correcting. The first 10 are "
                             "listed.")
    assert (_table(), LookupUpload.objects.count()) == loaded_before


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(loaded_before, settings):
    settings.LOOKUP_MAX_BYTES = 1024 * 1024
    huge = simd_csv({f"AB{n % 99 + 1} {n % 9}{chr(65 + n % 26)}{chr(65 + n // 26 % 26)}": 1
                     for n in range(60_000)})
    assert len(huge) > settings.LOOKUP_MAX_BYTES
    error = _refused("simd", huge)
    assert error.code == "too_large" and "larger than 1 MB" in error.message
    assert (_table(), LookupUpload.objects.count()) == loaded_before


def test_a_file_with_more_postcodes_than_scotland_has_is_refused(loaded_before, monkeypatch):
    monkeypatch.setattr("reports.services.lookups.MOST_POSTCODES", 3)
    error = _refused("simd", simd_csv({"IV3 5NE": 3, "IV3 5NF": 3, "IV3 5NG": 3,
                                       "IV3 5NH": 3}))
    assert error.code == "too_many_rows"
    assert (_table(), LookupUpload.objects.count()) == loaded_before


def test_a_file_is_loaded_in_batches(cora, monkeypatch):
    monkeypatch.setattr("reports.services.lookups.BATCH", 2)
    load("simd", simd_csv({"IV3 5NE": 3, "IV3 5NF": 2, "IV3 5NG": 1, "IV3 5NH": 5,
                           "IV3 5NJ": 4}), by=cora)
    assert len(_table()) == 5


def test_the_upload_reads_a_django_upload(cora):
    from django.core.files.uploadedfile import SimpleUploadedFile

    file = SimpleUploadedFile("SIMD+2020v2+-+postcode+lookup.csv", simd_csv({"IV3 5NE": 3}))
    from reports.services.lookups import load_lookup

    assert load_lookup("simd", file, by=cora).file_name == "SIMD+2020v2+-+postcode+lookup.csv"
    assert upload(b"x").name == "lookup.csv"
