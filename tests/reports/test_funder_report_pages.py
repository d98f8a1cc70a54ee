"""Reports → Funder report: the page, its printable version with charts, and the XLSX with a
sheet per table, for a coordinator who is not a superuser; nobody else gets in."""

import io

import pytest
from openpyxl import load_workbook

from tests.reports.quarter import QUARTER, build_quarter

pytestmark = pytest.mark.django_db
URL = "/admin/funder-report/"
QUARTER_QUERY = {"date_from": QUARTER[0].isoformat(), "date_to": QUARTER[1].isoformat()}


@pytest.fixture
def quarter(catalogue, time_machine):
    time_machine.move_to("2026-11-01 10:00 +00:00")
    return build_quarter(catalogue)


def test_a_coordinator_sees_the_last_full_quarter_in_one_click(client, cora, time_machine):
    time_machine.move_to("2026-11-01 10:00 +00:00")
    client.force_login(cora)
    response = client.get(URL)
    assert response.status_code == 200 and not cora.is_superuser
    html = response.content.decode()
    assert "From 1 July 2026 to 30 September 2026" in html
    assert "fewer than 5" in html and "Download XLSX" in html


def test_the_report_shows_every_table_for_the_dates_chosen(client, cora, quarter):
    client.force_login(cora)
    html = client.get(URL, QUARTER_QUERY).content.decode()
    for title in ("Summary", "Places by area", "Places by course", "Confidence before and after",
                  "Ethnic group", "SIMD quintile (from the postcode)"):
        assert f">{title}</h2>" in html
    assert "<td>32</td>" in html  # every place in the quarter


def test_the_xlsx_has_a_sheet_per_table_with_withheld_figures_in_words(client, cora, quarter):
    client.force_login(cora)
    response = client.get(URL, {**QUARTER_QUERY, "download": "xlsx"})
    assert response.status_code == 200
    assert "private, no-store" in response["Cache-Control"]
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)
                                        if response.streaming else response.content))
    assert workbook.sheetnames[:4] == ["Summary", "Places by area", "Places by course",
                                       "Confidence before and after"]
    assert len(workbook.sheetnames) == 13
    area = [[cell.value for cell in row] for row in workbook["Places by area"].iter_rows()]
    assert area == [["Area", "Completed", "Came, did not complete", "Did not come",
                     "All places"],
                    ["Glasgow", 13, "withheld", "fewer than 5", 21],
                    ["Highland", 5, "fewer than 5", "withheld", 11],
                    ["All places", 18, 7, 7, 32]]


def test_the_csv_holds_the_tables_one_after_another(client, cora, quarter):
    client.force_login(cora)
    response = client.get(URL, {**QUARTER_QUERY, "download": "csv"})
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    assert text.startswith("Summary\r\nFigure,Value\r\nPlaces taken,32\r\n")
    assert "\r\n\r\nPlaces by area\r\nArea,Completed" in text


def test_the_printable_report_draws_a_chart_beside_each_table(client, cora, quarter):
    client.force_login(cora)
    html = client.get(URL, {**QUARTER_QUERY, "print": "1"}).content.decode()
    assert html.count("<svg") == html.count("<figure>") >= 3
    assert 'role="img"' in html and "<title id=\"chart-area\">" in html
    assert "<table" in html and "Back to the report" in html


@pytest.mark.parametrize("query", [
    {"date_from": "2026-07-01"},  # one date alone
    {"date_from": "2026-09-01", "date_to": "2026-07-01"},  # the wrong way round
    {"date_from": "2020-01-01", "date_to": "2026-01-01"},  # too long
    {"quarter": "not a quarter"},
    {"area": "99999"},
])
def test_odd_choices_get_a_message_not_an_error(client, cora, query):
    client.force_login(cora)
    response = client.get(URL, {**query, "download": "xlsx"})
    assert response.status_code == 200
    assert "error" in response.content.decode().lower()


def test_a_nul_byte_is_turned_away_by_the_site_wide_guard(client, cora):
    client.force_login(cora)
    response = client.get(URL, {"date_from": "2026-07-01\x00", "date_to": "2026-09-30"})
    assert response.status_code == 400


def test_without_the_export_permission_there_is_no_download(client, cora, quarter):
    from django.contrib.auth.models import Permission
    cora.groups.first().permissions.remove(Permission.objects.get(codename="export_data"))
    client.force_login(cora)
    assert client.get(URL, {**QUARTER_QUERY, "download": "xlsx"}).status_code == 403


@pytest.mark.parametrize("who", ["pat", "tara"])
def test_participants_and_trainers_cannot_open_it(client, request, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(URL).status_code in (302, 403)
