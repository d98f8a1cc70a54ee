"""A form that creates something, sent twice (a double tap, a reload, three taps on a slow
connection), creates it once; the first attempt failing does not use up the form."""

import re
import threading

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone

from accounts.services.submissions import Submission
from courses.models import Area, CPDEntry, StaffProfile, Venue

pytestmark = pytest.mark.django_db

ENTRY = {"title": "Falls study day", "provider": "", "completed_on": "2026-11-01", "hours": "6",
         "learned": "Fear of falling narrows what people do.", "practice": "Ask about it."}


def _key(client, path) -> str:
    return re.search(r'name="submission" value="([0-9a-f]+)"',
                     client.get(path).content.decode())[1]


@pytest.fixture
def staff(client, hana):
    StaffProfile.objects.create(user=hana, profession="Nurse")
    client.force_login(hana)
    return client


def test_adding_a_cpd_entry_twice_adds_it_once(staff, hana):
    key = _key(staff, "/my/cpd/add/")
    first = staff.post("/my/cpd/add/", {**ENTRY, "submission": key})
    again = staff.post("/my/cpd/add/", {**ENTRY, "submission": key})
    assert first["Location"] == again["Location"] == "/my/cpd/"
    assert CPDEntry.objects.filter(user=hana).count() == 1
    staff.post("/my/cpd/add/", {**ENTRY, "submission": _key(staff, "/my/cpd/add/")})
    assert CPDEntry.objects.filter(user=hana).count() == 2  # a new form is new learning


def test_weekly_sessions_sent_twice_are_added_once(client, cora, course):
    from tests.courses.factories import CourseRunFactory

    run = CourseRunFactory(course=course, status="draft")
    client.force_login(cora)
    path = f"/admin/course_runs/{run.pk}/weekly-sessions/"
    key = _key(client, path)
    first = (timezone.now() + timezone.timedelta(days=30)).strftime("%Y-%m-%dT10:00")
    form = {"first_starts_at": first, "count": "6", "minutes": "150", "every_days": "7",
            "submission": key}
    assert client.post(path, form).status_code == 302
    assert client.post(path, form).status_code == 302
    assert run.sessions.count() == 6


def test_a_refused_first_attempt_does_not_use_up_the_form(client, cora, course):
    from tests.courses.factories import CourseRunFactory

    run = CourseRunFactory(course=course, status="draft")
    client.force_login(cora)
    path = f"/admin/course_runs/{run.pk}/weekly-sessions/"
    form = {"first_starts_at": "2206-01-05T10:00", "count": "6", "minutes": "150",
            "every_days": "7", "submission": _key(client, path)}
    assert client.post(path, form).status_code == 200  # the year is refused
    corrected = {**form, "first_starts_at": "2027-01-05T10:00"}
    assert client.post(path, corrected).status_code == 302
    assert run.sessions.count() == 6


@pytest.mark.parametrize("path, form, model", [
    ("/admin/area/new/", {"name": "Orkney", "slug": "orkney"}, Area),
    ("/admin/venue/new/", {"name": "Kirkwall Hall", "area": "", "is_online": "on",
                           "address": "", "postcode": "", "access_notes": "",
                           "joining_instructions": ""}, Venue),
])
def test_admin_create_forms_sent_twice_create_once(client, cora, path, form, model):
    client.force_login(cora)
    form = {**form, "submission": _key(client, path)}
    assert client.post(path, form).status_code == 302
    again = client.post(path, form)
    assert again.status_code == 302 and again["Location"].endswith(path.replace("new/", ""))
    assert model.objects.filter(name=form["name"]).count() == 1


# --- at the very same moment, on PostgreSQL --------------------------------------------------

THREADS = 3


def _three_at_once(hana, form) -> list[int]:
    ready = threading.Barrier(THREADS, timeout=30)
    claim = Submission.claim
    statuses = []

    def claim_when_everyone_is_ready(submission):
        ready.wait()
        return claim(submission)

    def tap():
        try:
            client = Client()
            client.force_login(hana)
            statuses.append(client.post("/my/cpd/add/", form).status_code)
        finally:
            connection.close()

    Submission.claim = claim_when_everyone_is_ready
    try:
        threads = [threading.Thread(target=tap) for _ in range(THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    finally:
        Submission.claim = claim
    return statuses


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_three_taps_at_once_add_one_entry(hana):
    StaffProfile.objects.create(user=hana, profession="Nurse")
    statuses = _three_at_once(hana, {**ENTRY, "submission": "a" * 32})
    assert statuses == [302] * THREADS
    assert CPDEntry.objects.filter(user=hana).count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_negative_control_three_taps_without_the_key_add_three(hana):
    StaffProfile.objects.create(user=hana, profession="Nurse")
    statuses = _three_at_once(hana, ENTRY)
    assert statuses == [302] * THREADS
    assert CPDEntry.objects.filter(user=hana).count() == THREADS


def test_form_keys_are_forgotten_after_a_day(staff, hana, time_machine):
    from accounts.models import FormSubmission
    from courses.tasks import delete_expired_files_task

    staff.post("/my/cpd/add/", {**ENTRY, "submission": _key(staff, "/my/cpd/add/")})
    assert FormSubmission.objects.count() == 1
    delete_expired_files_task.apply()
    assert FormSubmission.objects.count() == 1
    time_machine.move_to(timezone.now() + timezone.timedelta(days=1, minutes=1))
    delete_expired_files_task.apply()
    assert FormSubmission.objects.count() == 0
