"""CPD for health and care staff: a self-paced module worked through page by page and finished
with a reflection; group courses and learning elsewhere; totals; the log's exports."""

import csv
import io
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone
from pypdf import PdfReader

from accounts import roles
from courses.models import Certificate, CPDEntry, CPDMethod, ExportRecord, ModuleProgress
from courses.services import completion, cpd, learning
from courses.services import enrolment as enrolment_service
from courses.services.attendance import record_attendance
from courses.services.outbox import sweep_outbox
from tests.accounts.factories import UserFactory
from tests.courses.factories import CoursePageFactory, CourseRunFactory, ModulePageFactory

pytestmark = pytest.mark.django_db
ANSWERS = {"learned": "People already know a lot about their own condition.",
           "practice": "I will ask what matters to them first."}
REFLECTION = {"template": "general", "answers": ANSWERS}


@pytest.fixture
def cpd_module(catalogue):
    course = CoursePageFactory(parent=catalogue, title="Supporting Self Management",
                               slug="supporting", delivery="self_paced", audience="health_staff",
                               cpd_hours=Decimal("3"), session_count=None,
                               completion_min_sessions=None)
    parts = [ModulePageFactory(parent=course, title=f"Part {n}", slug=f"part-{n}")
             for n in (1, 2, 3)]
    return course, parts


@pytest.fixture
def staff(hana):
    cpd.save_staff_profile(hana, profession="Community nurse", registration_body="NMC")
    return hana


def _work_through(user, parts):
    for part in parts:
        learning.mark_module_done(user, part)


# --- the self-paced module ------------------------------------------------------------------

def test_finishing_with_a_reflection_records_the_entry_and_issues_a_certificate(
        staff, cpd_module):
    course, parts = cpd_module
    _work_through(staff, parts)
    entry = cpd.finish_course(staff, course, **REFLECTION)
    assert (entry.method, entry.hours, entry.participatory) == (CPDMethod.E_LEARNING,
                                                                Decimal("3"), False)
    assert (entry.learned, entry.practice) == (ANSWERS["learned"], ANSWERS["practice"])
    assert entry.completed_on == timezone.localdate()
    certificate = Certificate.objects.get(cpd_entry=entry)
    assert (certificate.kind, certificate.name, certificate.cpd_hours) == (
        "cpd", staff.full_name, Decimal("3"))
    sweep_outbox()
    [email] = mail.outbox
    assert email.to == [staff.email] and email.attachments[0][2] == "application/pdf"


def test_finishing_twice_gives_one_entry_and_one_certificate(staff, cpd_module):
    course, parts = cpd_module
    _work_through(staff, parts)
    first = cpd.finish_course(staff, course, **REFLECTION)
    again = {"learned": "again", "practice": "again"}
    assert cpd.finish_course(staff, course, template="general", answers=again) == first
    assert CPDEntry.objects.count() == 1 and Certificate.objects.count() == 1


def test_every_module_comes_before_the_reflection(staff, cpd_module):
    course, parts = cpd_module
    _work_through(staff, parts[:2])
    with pytest.raises(cpd.CPDError) as refused:
        cpd.finish_course(staff, course, **REFLECTION)
    assert refused.value.code == "modules_left"
    assert not CPDEntry.objects.exists()


def test_progress_names_the_next_module(staff, cpd_module):
    course, parts = cpd_module
    learning.mark_module_done(staff, parts[0])
    learning.mark_module_done(staff, parts[0])  # twice changes nothing
    progress = learning.progress(staff, course)
    assert (progress.done, progress.next_module, progress.all_done) == (1, parts[1], False)
    assert ModuleProgress.objects.count() == 1


def test_only_staff_record_progress_and_only_in_self_paced_modules(pat, staff, cpd_module,
                                                                  module):
    with pytest.raises(learning.LearningError):
        learning.mark_module_done(pat, cpd_module[1][0])
    with pytest.raises(learning.LearningError) as refused:
        learning.mark_module_done(staff, module)  # a session plan of a group course
    assert refused.value.code == "not_self_paced"


def test_working_through_the_pages_in_the_browser_sense(client, staff, cpd_module):
    course, parts = cpd_module
    client.force_login(staff)
    page = client.get(parts[0].url).content.decode()
    assert "Mark as done and continue" in page and "0 of 3 modules done." in page
    response = client.post(f"/my/learning/modules/{parts[0].pk}/done/")
    assert response.url == parts[1].url
    client.post(f"/my/learning/modules/{parts[1].pk}/done/")
    response = client.post(f"/my/learning/modules/{parts[2].pk}/done/")
    assert response.url == f"/my/cpd/courses/{course.pk}/finish/"
    empty = client.post(response.url, {"learned": "", "practice": " "})
    assert empty.status_code == 200
    assert "Write a few words about what you learned." in empty.content.decode()
    assert not CPDEntry.objects.exists()
    done = client.post(response.url, {"template": "general", **ANSWERS})
    assert done.url == "/my/cpd/"
    assert "You completed this module on" in client.get(course.url).content.decode()


def test_the_reflection_cannot_be_reached_before_the_modules(client, staff, cpd_module):
    course, parts = cpd_module
    client.force_login(staff)
    response = client.get(f"/my/cpd/courses/{course.pk}/finish/")
    assert response.status_code == 302 and response.url == parts[0].url


def test_a_group_course_cannot_be_finished_as_a_cpd_module(client, staff, course):
    client.force_login(staff)
    assert client.get(f"/my/cpd/courses/{course.pk}/finish/").status_code == 404


def test_someone_without_a_staff_profile_is_asked_for_one_first(client, pat, cpd_module):
    client.force_login(pat)
    response = client.get("/my/cpd/")
    assert response.status_code == 302
    assert response.url == "/my/cpd/profile/?next=/my/cpd/"
    form = client.get(response.url).content.decode()
    assert 'name="next" value="/my/cpd/"' in form
    refused = client.post("/my/cpd/profile/", {"profession": "", "next": "/my/cpd/"})
    assert "Enter your profession" in refused.content.decode()
    saved = client.post("/my/cpd/profile/", {"profession": "Social worker",
                                             "registration_body": "SSSC", "next": "/my/cpd/"})
    assert saved.url == "/my/cpd/"
    pat.refresh_from_db()
    assert roles.has_role(pat, roles.HEALTH_STAFF)
    assert client.get("/my/cpd/").status_code == 200


def test_the_profile_form_does_not_send_people_off_site(client, pat):
    client.force_login(pat)
    response = client.post("/my/cpd/profile/", {"profession": "Nurse",
                                                "next": "https://evil.example/"})
    assert response.url == "/my/cpd/"


def test_anonymous_people_are_sent_to_log_in(client, cpd_module):
    for url in ("/my/cpd/", "/my/cpd/export.csv", "/my/cpd/export.pdf", "/my/cpd/add/"):
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith("/accounts/login/")


# --- group courses and learning elsewhere ---------------------------------------------------

def test_a_staff_member_completing_a_group_course_with_cpd_hours_gets_an_entry(
        course, staff, pat, tara):
    course.cpd_hours = Decimal("15")
    course.save()
    run = CourseRunFactory(course=course, sessions=4,
                           sessions__first_session_at=timezone.now() - timedelta(weeks=5))
    places = [enrolment_service.enrol(run, person, by_coordinator=True) for person in (staff,
                                                                                       pat)]
    for session in run.sessions.all():
        for place in places:
            record_attendance(session, place, "present", by=tara, method="trainer")
    completion.close_run(run)
    entry = CPDEntry.objects.get()
    assert (entry.user, entry.method, entry.participatory, entry.hours) == (
        staff, CPDMethod.GROUP_COURSE, True, Decimal("15"))
    assert Certificate.objects.count() == 2  # the course certificates; no extra CPD one
    assert CPDEntry.objects.with_certificate_code().get().certificate_code == \
        Certificate.objects.get(user=staff).code


@pytest.mark.parametrize("changes, message", [
    ({"title": ""}, "Say what the learning was."),
    ({"hours": "0"}, "Enter between 0.25 and 100 hours."),
    ({"hours": "1000"}, "Enter between 0.25 and 100 hours."),
    ({"hours": "lots"}, "Enter the hours as a number"),
    ({"completed_on": "2099-01-01"}, "The date cannot be in the future."),
    ({"completed_on": "31/02/2026"}, "Enter a real date"),
])
def test_adding_learning_done_elsewhere_explains_mistakes(client, staff, changes, message):
    client.force_login(staff)
    data = {"title": "Study day", "provider": "", "completed_on": "2026-06-01", "hours": "6",
            "learned": "", "practice": "", **changes}
    response = client.post("/my/cpd/add/", data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not CPDEntry.objects.exists()


def test_learning_done_elsewhere_can_be_added_changed_and_removed(client, staff):
    client.force_login(staff)
    client.post("/my/cpd/add/", {"title": "Study day", "completed_on": "2026-06-01",
                                 "hours": "6", "participatory": "on"})
    entry = CPDEntry.objects.get()
    assert (entry.method, entry.participatory, entry.hours) == (CPDMethod.OTHER, True,
                                                                Decimal("6"))
    client.post(f"/my/cpd/{entry.pk}/edit/", {"title": "Study day on falls",
                                              "completed_on": "2026-06-01", "hours": "5.5"})
    entry.refresh_from_db()
    assert (entry.title, entry.hours) == ("Study day on falls", Decimal("5.5"))
    client.post(f"/my/cpd/{entry.pk}/delete/")
    assert not CPDEntry.objects.exists()


def test_a_recorded_module_keeps_its_facts_but_its_reflection_can_be_edited(
        client, staff, cpd_module):
    course, parts = cpd_module
    _work_through(staff, parts)
    entry = cpd.finish_course(staff, course, **REFLECTION)
    client.force_login(staff)
    client.post(f"/my/cpd/{entry.pk}/edit/", {"learned": "More than I thought.",
                                              "practice": "Ask first.", "hours": "99"})
    entry.refresh_from_db()
    assert (entry.learned, entry.hours) == ("More than I thought.", Decimal("3"))
    assert client.post(f"/my/cpd/{entry.pk}/delete/").status_code == 404
    assert CPDEntry.objects.filter(pk=entry.pk).exists()


def test_only_the_reflection_on_a_recorded_module_changes_whatever_the_caller(staff, cpd_module):
    course, parts = cpd_module
    _work_through(staff, parts)
    entry = cpd.finish_course(staff, course, **REFLECTION)
    cpd.change_reflection(entry, template="general",
                          answers={"learned": "Listening first.", "practice": "Ask first."})
    with pytest.raises(cpd.CPDError) as error:
        cpd.change_entry(entry, hours=Decimal("99"))
    assert error.value.code == "recorded_facts"
    with pytest.raises(cpd.CPDError):
        cpd.remove_entry(entry)
    entry.refresh_from_db()
    assert (entry.learned, entry.hours) == ("Listening first.", Decimal("3"))


def test_nobody_sees_or_changes_another_persons_entries(client, staff):
    other = UserFactory(roles=[roles.HEALTH_STAFF])
    theirs = CPDEntry.objects.create(user=other, method=CPDMethod.OTHER, title="Private study",
                                     completed_on=date(2026, 5, 1), hours=Decimal("2"),
                                     learned="Something personal")
    client.force_login(staff)
    assert "Private study" not in client.get("/my/cpd/").content.decode()
    assert client.get(f"/my/cpd/{theirs.pk}/edit/").status_code == 404
    assert client.post(f"/my/cpd/{theirs.pk}/delete/").status_code == 404
    assert "Private study" not in client.get("/my/cpd/export.csv").getvalue().decode()
    assert CPDEntry.objects.filter(pk=theirs.pk).exists()


# --- totals and exports ---------------------------------------------------------------------

def _entry(user, days_ago, hours, participatory=False, **extra):
    return CPDEntry.objects.create(
        user=user, method=CPDMethod.OTHER, title=extra.pop("title", f"Learning {days_ago}"),
        completed_on=timezone.localdate() - timedelta(days=days_ago), hours=Decimal(hours),
        participatory=participatory, **extra)


def test_totals_cover_all_time_and_the_last_three_years_with_participatory_apart(staff):
    today = date(2026, 11, 25)
    _entry(staff, 0, "3", participatory=True)
    _entry(staff, 400, "2")
    CPDEntry.objects.create(user=staff, method="other", title="Exactly three years ago",
                            completed_on=date(2023, 11, 25), hours=Decimal("4"))
    CPDEntry.objects.create(user=staff, method="other", title="A day inside the window",
                            completed_on=date(2023, 11, 26), hours=Decimal("1.5"),
                            participatory=True)
    _entry(UserFactory(), 1, "50")  # someone else's
    totals = cpd.totals(staff, today=today)
    assert totals.since == date(2023, 11, 26)
    assert (totals.hours, totals.participatory) == (Decimal("10.5"), Decimal("4.5"))
    assert (totals.recent_hours, totals.recent_participatory) == (Decimal("6.5"),
                                                                  Decimal("4.5"))


def test_the_log_page_shows_totals_and_entries(client, staff):
    _entry(staff, 10, "6", participatory=True, title="Falls study day")
    _entry(staff, 2000, "2", title="Old reading")
    client.force_login(staff)
    html = client.get("/my/cpd/").content.decode()
    assert "Falls study day" in html and "Old reading" in html
    assert "8 hours" in html and "6 hours" in html


def test_the_csv_log_is_safe_against_formulas_and_recorded(client, staff):
    _entry(staff, 3, "1.5", title="=HYPERLINK(\"http://evil.example\")",
           learned="+SUM(A1:A9)", practice="Ùna's plan")
    client.force_login(staff)
    response = client.get("/my/cpd/export.csv")
    assert response["Cache-Control"] == "private, no-store"
    rows = list(csv.reader(io.StringIO(response.getvalue().decode("utf-8-sig"))))
    assert rows[0][:3] == ["Date", "Learning", "How"]
    assert rows[1][1] == "'=HYPERLINK(\"http://evil.example\")"
    assert rows[1][4] == "1.50" and rows[1][6] == "'+SUM(A1:A9)" and rows[1][7] == "Ùna's plan"
    record = ExportRecord.objects.get()
    assert (record.user, record.export, record.rows) == (staff, "cpd-log", 1)


def test_the_pdf_log_has_the_person_the_totals_and_every_reflection(client, staff, cpd_module):
    course, parts = cpd_module
    _work_through(staff, parts)
    cpd.finish_course(staff, course, **REFLECTION)
    _entry(staff, 30, "6", participatory=True, title="<b>Falls</b> study day",
           learned="Fear of falling matters.")
    client.force_login(staff)
    response = client.get("/my/cpd/export.pdf")
    assert response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "private, no-store"
    text = " ".join(" ".join(page.extract_text() for page in
                             PdfReader(io.BytesIO(response.content)).pages).split())
    for expected in (staff.full_name, "Community nurse", "NMC", "Supporting Self Management",
                     ANSWERS["practice"], "<b>Falls</b> study day",
                     "Fear of falling matters.", "9"):
        assert expected in text
    assert ExportRecord.objects.get().file_format == "pdf"
