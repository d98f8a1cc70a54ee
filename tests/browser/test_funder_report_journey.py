"""The funder report in Chromium, axe on every page: the demo coordinator (not a superuser)
opens it from the Reports menu on a phone, where it shows the last full quarter; downloads the
XLSX (read back with openpyxl: a sheet per table, withheld figures in words); and opens the
printable page, with a chart beside each table of places."""

import io
from pathlib import Path

from openpyxl import load_workbook
from playwright.sync_api import expect

from reports.services.funder_report import last_full_quarter
from tests.browser.conftest import log_in
from tests.browser.test_people_without_email_journey import (
    COORDINATOR,
    DEMO_PASSWORD,
    audit,
    open_menu,
)


def test_a_coordinator_hands_a_funder_the_quarter_in_two_clicks(phone_page, demo):
    page = phone_page
    log_in(page, COORDINATOR, DEMO_PASSWORD)
    page.goto("/admin/")
    open_menu(page, "Reports", "Funder report")
    page.wait_for_url("**/admin/funder-report/")
    start, end = last_full_quarter()
    expect(page.get_by_text(f"From {start:%-d %B %Y} to {end:%-d %B %Y}")).to_be_visible()
    expect(page.get_by_role("heading", name="Places by area")).to_be_visible()
    audit(page)

    with page.expect_download() as download:
        page.get_by_role("link", name="Download XLSX (a sheet per table)").click()
    assert download.value.suggested_filename.startswith("funder-report-")
    assert download.value.suggested_filename.endswith(".xlsx")
    workbook = load_workbook(io.BytesIO(Path(download.value.path()).read_bytes()))
    assert workbook.sheetnames[:3] == ["Summary", "Places by area", "Places by course"]
    summary = {row[0]: row[1] for row in workbook["Summary"].iter_rows(min_row=2,
                                                                        values_only=True)}
    assert summary["Places taken"] >= 48  # the demo's quarter
    words = {cell for sheet in workbook for row in sheet.iter_rows(values_only=True)
             for cell in row}
    assert "fewer than 5" in words

    page.get_by_role("link", name="Printable report with charts").click()
    page.wait_for_url("**print=1**")
    expect(page.get_by_role("heading", name="Funder report", level=1)).to_be_visible()
    assert page.locator("figure svg[role=img]").count() >= 2
    audit(page)
