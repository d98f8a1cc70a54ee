"""The one export path: declared columns, formula-safe cells, permission and a record."""

import csv
import io
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from import_export import resources
from openpyxl import load_workbook

from courses.models import ExportRecord
from courses.resources import column
from courses.services.exports import Export, csv_lines, write_xlsx
from tests.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db
DANGEROUS = ["=SUM(A1:A2)", "+44 7700", "-2+3", "@cmd", "\tTabbed", "\rReturn"]


class NameAndNumber(resources.Resource):
    name = column("name", "Name")
    number = column("number", "Number")

    class Meta:
        fields = ("name", "number")


def _export(rows):
    return Export(name="test", resource=NameAndNumber(), rows=rows, filters={})


ROWS = [{"name": text, "number": Decimal("-2.5")} for text in DANGEROUS] + [
    {"name": "Màiri Ghriogair", "number": 7}]


def test_csv_neutralises_every_formula_start_and_keeps_numbers():
    text = "".join(csv_lines(_export(ROWS)))
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0] == ["Name", "Number"]
    assert [row[0] for row in rows[1:-1]] == ["'" + value for value in DANGEROUS]
    assert rows[1][1] == "-2.5"  # a negative number is a number, not a formula
    assert rows[-1] == ["Màiri Ghriogair", "7"]


def test_xlsx_stores_formula_like_text_as_text_and_numbers_as_numbers():
    stream = io.BytesIO()
    assert write_xlsx(_export(ROWS), stream) == len(ROWS)
    sheet = load_workbook(stream).active
    cells = list(sheet.iter_rows(min_row=2))
    for (name, number), text in zip(cells, DANGEROUS, strict=False):
        assert (name.value, name.data_type) == (text, "s")
        assert (number.value, number.data_type) == (-2.5, "n")
    assert cells[-1][0].value == "Màiri Ghriogair"


def test_coordinators_download_outcomes_and_each_export_is_recorded(client, cora, course):
    client.force_login(cora)
    response = client.get("/admin/outcomes/?group_by=area&download=csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body = b"".join(response.streaming_content).decode()
    assert body.lstrip("\ufeff").startswith("Group,Had a place")
    record = ExportRecord.objects.get()
    assert (record.user, record.export, record.file_format) == (cora, "outcomes", "csv")
    assert record.filters["group_by"] == "area"
    response = client.get("/admin/outcomes/?download=xlsx")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert ExportRecord.objects.count() == 2


def test_staff_without_the_export_permission_get_403_and_no_buttons(client, course):
    viewer = UserFactory(roles=["Coordinator"])
    viewer.groups.first().permissions.remove(
        Permission.objects.get(codename="export_data"))
    client.force_login(viewer)
    page = client.get("/admin/outcomes/")
    assert page.status_code == 200
    assert "Download CSV" not in page.content.decode()
    assert client.get("/admin/outcomes/?download=csv").status_code == 403
    assert not ExportRecord.objects.exists()


@pytest.mark.parametrize("who", ["pat", "tara", "hana"])
def test_nobody_else_sees_outcomes(client, who, request, home):
    client.force_login(request.getfixturevalue(who))
    assert client.get("/admin/outcomes/").status_code == 403
    assert client.get("/admin/outcomes/?download=csv").status_code == 403


def test_a_bad_filter_is_a_form_error_not_a_500(client, cora, home):
    client.force_login(cora)
    response = client.get("/admin/outcomes/?date_from=2026-02-30&group_by=nonsense")
    assert response.status_code == 200
    assert "Enter a valid date." in response.content.decode()
