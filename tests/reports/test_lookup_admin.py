"""Reports → Postcode lookups: coordinators see what has been loaded and how many postcodes
wait, and upload a file through the service; nobody else gets in, and nobody sees anyone's
equality answers in the admin."""

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile

from reports.models import EqualityAnswers, LookupUpload, PostcodeLookup
from tests.accounts.factories import UserFactory
from tests.reports.factories import answer, simd_csv

pytestmark = pytest.mark.django_db
URL = "/admin/postcode-lookups/"


def _file(content: bytes, name: str = "simd.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="text/csv")


def test_a_coordinator_sees_the_uploads_and_who_is_waiting(client, cora, pat, home):
    answer(pat, postcode="IV3 5NE")
    client.force_login(cora)
    response = client.get(URL)
    page = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "1 person’s postcode is waiting for a lookup to be loaded." in page
    assert "No lookup has been loaded yet." in page
    assert "SIMD2020v2_Quintile" in page and "UR6_2020" in page  # what the file needs
    assert "IV3 5NE" not in page  # nobody's answers


def test_a_coordinator_uploads_a_lookup(client, cora, pat, home,
                                        django_capture_on_commit_callbacks):
    answer(pat, postcode="IV3 5NE")
    client.force_login(cora)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, {"kind": "simd", "file": _file(simd_csv({"IV3 5NE": 3}))})
    assert response.status_code == 302 and response["Location"] == URL
    page = client.get(URL).content.decode()
    assert "SIMD quintiles by postcode loaded: 1 postcode." in page
    assert "simd.csv" in page and "Cora Coordinator" in page
    assert PostcodeLookup.objects.get().simd_quintile == 3
    assert LookupUpload.objects.get().uploaded_by == cora
    assert EqualityAnswers.objects.get(user=pat).simd_quintile == 3  # after the commit


def test_a_bad_file_is_refused_with_its_problems_listed(client, cora, home):
    client.force_login(cora)
    content = b"Postcode,SIMD2020v2_Quintile\nIV3 5NE,3\nIV3 5NE,3\nG42 7AA,9\n"
    response = client.post(URL, {"kind": "simd", "file": _file(content)})
    page = response.content.decode()
    assert response.status_code == 400
    assert "Nothing was loaded: 2 rows need correcting." in page
    assert "IV3 5NE is in row 2 and again in row 3." in page
    assert "Row 4: the value for G42 7AA must be a whole number from 1 to 5." in page
    assert not PostcodeLookup.objects.exists() and not LookupUpload.objects.exists()


@pytest.mark.parametrize("data, words", [
    ({}, "Choose which lookup the file is."),
    ({"kind": "simd"}, "Choose the file to upload."),
    ({"kind": "funder"}, "Select a valid choice"),
])
def test_an_incomplete_form_is_refused(client, cora, home, data, words):
    client.force_login(cora)
    response = client.post(URL, data)
    assert response.status_code == 400 and words in response.content.decode()


def test_a_non_utf8_file_gets_a_clear_message(client, cora, home):
    client.force_login(cora)
    content = "Postcode,SIMD2020v2_Quintile\nIV3 5NE,3 é\n".encode("latin-1")
    response = client.post(URL, {"kind": "simd", "file": _file(content)})
    assert response.status_code == 400
    assert "The file is not in UTF-8" in response.content.decode()


@pytest.mark.parametrize("who", ["pat", "tara", "hana"])
def test_nobody_else_gets_in(client, request, who, home):
    client.force_login(request.getfixturevalue(who))
    assert client.get(URL).status_code == 403
    response = client.post(URL, {"kind": "simd", "file": _file(simd_csv({"IV3 5NE": 3}))})
    assert response.status_code == 403
    assert not PostcodeLookup.objects.exists()


def test_someone_who_may_only_look_cannot_upload(client, home):
    viewer = UserFactory(is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="access_admin"),
                                Permission.objects.get(codename="view_lookupupload"))
    client.force_login(viewer)
    page = client.get(URL)
    assert page.status_code == 200 and "Upload a lookup" not in page.content.decode()
    response = client.post(URL, {"kind": "simd", "file": _file(simd_csv({"IV3 5NE": 3}))})
    assert response.status_code == 403 and not PostcodeLookup.objects.exists()


def test_the_reports_menu_shows_the_page_to_those_who_may_open_it(client, cora, home):
    client.force_login(cora)
    assert URL in client.get("/admin/").content.decode()
    editor = UserFactory(is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert URL not in client.get("/admin/").content.decode()


def test_no_admin_screen_shows_anyones_equality_answers(client, cora, pat, home):
    answer(pat, age_band="75_plus", ethnic_group="asian_bangladeshi", postcode="IV3 5NE")
    client.force_login(cora)
    person = client.get(f"/admin/people/{pat.pk}/").content.decode()
    assert "Bangladeshi" not in person and "75 or over" not in person
    for path in ("/django-admin/reports/equalityanswers/", "/admin/reports/equalityanswers/",
                 "/admin/snippets/reports/equalityanswers/"):
        assert client.get(path).status_code in (302, 403, 404), path
    superuser = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(superuser)
    assert client.get("/django-admin/reports/equalityanswers/").status_code == 404
