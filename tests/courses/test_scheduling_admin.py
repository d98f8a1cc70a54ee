"""A coordinator (not a superuser) schedules runs in the Wagtail admin; the rules still hold."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from accounts.models import User
from courses.models import CourseRun, EnrolmentStatus, OutboxMessage, RunStatus
from courses.services import enrolment as enrolment_service
from tests.accounts.factories import UserFactory
from tests.courses.factories import (
    AccreditationFactory,
    CourseRunFactory,
    ModulePageFactory,
    TrainerProfileFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(client, cora):
    client.force_login(cora)
    return client


def _local(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def test_a_coordinator_schedules_a_six_week_run_with_two_accredited_trainers(
        coordinator, course, tara_profile):
    for number in range(1, 7):
        ModulePageFactory(parent=course, title=f"Week {number}")
    venue = VenueFactory()
    response = coordinator.post("/admin/course_runs/new/", {
        "course": course.pk, "venue": venue.pk, "language": "en", "capacity": "12",
        "enrolment_opens": "", "enrolment_closes": "", "notes": ""})
    assert response.status_code == 302, response.content.decode()[:3000]
    run = CourseRun.objects.get()
    assert run.status == RunStatus.DRAFT
    assert response["Location"] == f"/admin/course_runs/{run.pk}/schedule/"

    first = (timezone.now() + timedelta(days=14)).replace(hour=10, minute=0)
    response = coordinator.post(f"/admin/course_runs/{run.pk}/weekly-sessions/", {
        "first_starts_at": _local(first), "count": "6", "minutes": "150", "every_days": "7"})
    assert response.status_code == 302
    assert [s.module.title for s in run.sessions.all()] == [f"Week {n}" for n in range(1, 7)]

    professional = TrainerProfileFactory(kind="professional")
    AccreditationFactory(trainer=professional, course=course)
    for trainer, role in [(tara_profile, "lead"), (professional, "co_trainer")]:
        response = coordinator.post(f"/admin/course_runs/{run.pk}/trainers/add/",
                                    {"trainer": trainer.pk, "role": role})
        assert response.status_code == 302
    coordinator.post(f"/admin/course_runs/{run.pk}/open/")
    run.refresh_from_db()
    assert run.status == RunStatus.OPEN
    page = coordinator.get(f"/admin/course_runs/{run.pk}/schedule/").content.decode()
    assert "Tara Trainer" in page and "Week 6" in page


def test_the_admin_refuses_an_unaccredited_lead_with_a_clear_error(coordinator, run):
    newcomer = TrainerProfileFactory()
    response = coordinator.post(f"/admin/course_runs/{run.pk}/trainers/add/",
                                {"trainer": newcomer.pk, "role": "lead"})
    assert response.status_code == 200
    assert "is not accredited to deliver this course" in response.content.decode()
    assert not run.facilitations.exists()


def test_opening_without_two_trainers_shows_why(coordinator, course):
    draft = CourseRunFactory(course=course, status="draft", sessions=2)
    response = coordinator.post(f"/admin/course_runs/{draft.pk}/open/", follow=True)
    assert "needs two trainers" in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == RunStatus.DRAFT


def test_lowering_places_below_those_taken_is_a_form_error(coordinator, run):
    for _ in range(3):
        enrolment_service.enrol(run, UserFactory())
    response = coordinator.post(f"/admin/course_runs/edit/{run.pk}/", {
        "course": run.course_id, "venue": run.venue_id, "language": "en", "capacity": "2",
        "enrolment_opens": "", "enrolment_closes": "", "notes": "Changed"})
    assert response.status_code == 200
    assert "3 places are already taken or offered" in response.content.decode()
    run.refresh_from_db()
    assert (run.capacity, run.notes) == (12, "")


def test_raising_places_in_the_admin_offers_them_to_people_waiting(coordinator, course, pat):
    run = CourseRunFactory(course=course, capacity=1, sessions=2)
    enrolment_service.enrol(run, UserFactory())
    enrolment_service.enrol(run, pat)
    response = coordinator.post(f"/admin/course_runs/edit/{run.pk}/", {
        "course": run.course_id, "venue": run.venue_id, "language": "en", "capacity": "2",
        "enrolment_opens": "", "enrolment_closes": "", "notes": ""})
    assert response.status_code == 302
    assert run.enrolments.get(user=pat).status == EnrolmentStatus.OFFERED


def test_adding_a_person_by_phone_goes_through_the_enrolment_rules(coordinator, course, pat):
    run = CourseRunFactory(course=course, capacity=1, sessions=1)
    coordinator.post(f"/admin/course_runs/{run.pk}/people/add/", {"email": pat.email})
    coordinator.post(f"/admin/course_runs/{run.pk}/people/add/", {
        "email": "new.person@example.org", "full_name": "Morag New",
        "consent_given": "on"})
    assert run.enrolments.get(user=pat).status == EnrolmentStatus.CONFIRMED
    newcomer = User.objects.get(email="new.person@example.org")
    assert run.enrolments.get(user=newcomer).status == EnrolmentStatus.WAITLISTED
    assert not newcomer.has_usable_password()
    assert newcomer.consents.filter(purpose="taking_part").exists()


def test_someone_added_by_phone_can_choose_a_password_from_their_e_mail(
        coordinator, run, client, django_capture_on_commit_callbacks):
    import re

    from django.core import mail
    from django.test import Client

    with django_capture_on_commit_callbacks(execute=True):
        coordinator.post(f"/admin/course_runs/{run.pk}/people/add/", {
            "email": "by.phone@example.org", "full_name": "Ruaridh Phone", "consent_given": "on"})
    email = next(m for m in mail.outbox if m.to == ["by.phone@example.org"])
    assert "You do not have a password yet" in email.body
    link = re.search(r"http://testserver(/accounts/password/reset/key/\S+)", email.body)[1]
    person = Client()
    form = person.get(link, follow=True)
    assert form.status_code == 200
    person.post(form.redirect_chain[-1][0] if form.redirect_chain else link, {
        "password1": "a-good-long-passphrase", "password2": "a-good-long-passphrase"})
    logged_in = Client()
    response = logged_in.post("/accounts/login/", {"login": "by.phone@example.org",
                                                   "password": "a-good-long-passphrase"})
    assert response.status_code == 302 and "confirm-email" not in response["Location"]


def test_a_new_account_needs_a_name_and_consent(coordinator, run):
    response = coordinator.post(f"/admin/course_runs/{run.pk}/people/add/",
                                {"email": "someone@example.org"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "we need their name" in html and "agreed to the privacy notice" in html
    assert not User.objects.filter(email="someone@example.org").exists()


def test_withdrawing_and_giving_places_from_the_schedule_page(coordinator, course, pat, sam):
    run = CourseRunFactory(course=course, capacity=1, sessions=1)
    holder = enrolment_service.enrol(run, pat)
    waiting = enrolment_service.enrol(run, sam)
    coordinator.post(f"/admin/course_runs/{run.pk}/people/{holder.pk}/withdraw/")
    assert run.enrolments.get(pk=holder.pk).status == EnrolmentStatus.WITHDRAWN
    assert run.enrolments.get(pk=waiting.pk).status == EnrolmentStatus.OFFERED
    coordinator.post(f"/admin/course_runs/{run.pk}/people/{waiting.pk}/confirm/")
    assert run.enrolments.get(pk=waiting.pk).status == EnrolmentStatus.CONFIRMED


def test_moving_a_session_in_the_admin_e_mails_people_with_a_place(coordinator, run, pat):
    enrolment_service.enrol(run, pat)
    session = run.sessions.first()
    new_start = session.starts_at + timedelta(days=1)
    response = coordinator.post(f"/admin/session/edit/{session.pk}/", {
        "run": run.pk, "module": "", "starts_at": _local(new_start),
        "ends_at": _local(new_start + timedelta(hours=2))})
    assert response.status_code == 302, response.content.decode()[:3000]
    assert OutboxMessage.objects.filter(kind="session_moved", recipient=pat).exists()


def test_cancelling_in_the_admin_needs_a_reason_and_e_mails_everyone(coordinator, run, pat):
    enrolment_service.enrol(run, pat)
    mail.outbox.clear()
    assert coordinator.post(f"/admin/course_runs/{run.pk}/cancel/",
                            {"reason": ""}).status_code == 200
    coordinator.post(f"/admin/course_runs/{run.pk}/cancel/", {"reason": "Hall closed."})
    run.refresh_from_db()
    assert run.status == RunStatus.CANCELLED
    assert OutboxMessage.objects.filter(kind="run_cancelled", recipient=pat).exists()


@pytest.mark.parametrize("url", [
    "/admin/course_runs/", "/admin/session/", "/admin/enrolment/", "/admin/venue/",
    "/admin/area/", "/admin/outboxmessage/", "/admin/trainerprofile/", "/admin/facilitation/",
    "/admin/enrolment/?status=waitlisted", "/admin/course_runs/?dates_from=2026-01-01",
])
def test_the_listings_open_for_a_coordinator(coordinator, run, url):
    assert coordinator.get(url).status_code == 200


@pytest.mark.parametrize("who", ["pat", "tara"])
def test_nobody_else_can_schedule(client, run, who, request):
    client.force_login(request.getfixturevalue(who))
    assert client.get(f"/admin/course_runs/{run.pk}/schedule/").status_code == 403
    assert client.post(f"/admin/course_runs/{run.pk}/cancel/",
                       {"reason": "x"}).status_code == 403
    run.refresh_from_db()
    assert run.status == RunStatus.OPEN


@pytest.mark.parametrize("ends_at", ["9999-12-31T23:59", "2027-01-01T10:00"])
def test_a_session_the_rules_refuse_is_a_message_on_the_form(coordinator, run, ends_at):
    session = run.sessions.order_by("starts_at").first()
    response = coordinator.post(f"/admin/session/edit/{session.pk}/", {
        "run": run.pk, "module": "", "starts_at": _local(session.starts_at),
        "ends_at": ends_at})
    assert response.status_code == 200
    assert "A session can last at most 12 hours." in response.content.decode()
    session.refresh_from_db()
    assert session.ends_at.year < 9999


@pytest.mark.parametrize("first", ["9999-12-31T23:00", "0001-01-01T10:00", "2206-03-01T10:00"])
def test_weekly_sessions_in_an_impossible_year_are_a_message(coordinator, course, first):
    run = CourseRunFactory(course=course, status="draft")
    response = coordinator.post(f"/admin/course_runs/{run.pk}/weekly-sessions/", {
        "first_starts_at": first, "count": "6", "minutes": "150", "every_days": "7"})
    assert response.status_code == 200
    assert "Check the year" in response.content.decode()
    assert not run.sessions.exists()
