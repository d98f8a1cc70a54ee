"""A peer trainer delivers a session from a phone: register, then a participant checks in."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from courses.models import Attendance, CoursePage
from courses.services import enrolment as enrolment_service
from courses.services import scheduling
from tests.accounts.factories import UserFactory
from tests.browser.conftest import PHONE, assert_accessible, assert_no_sideways_scroll, log_in
from tests.courses.factories import (
    AccreditationFactory,
    CourseIndexPageFactory,
    CoursePageFactory,
    CourseRunFactory,
    TrainerProfileFactory,
)


@pytest.fixture
def session_now(home):
    """A run whose first session started ten minutes ago, led by Tara, with four people."""
    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=home), title="Living Well",
                               slug="living-well")
    run = CourseRunFactory(course=course, sessions=6,
                           sessions__first_session_at=timezone.now() - timedelta(minutes=10))
    tara = UserFactory(full_name="Tara Trainer", roles=["Peer trainer"])
    profile = TrainerProfileFactory(user=tara)
    AccreditationFactory(trainer=profile, course=CoursePage.objects.get(pk=course.pk))
    scheduling.assign_trainer(run, profile, "lead")
    people = [UserFactory(full_name=name) for name in
              ("Aonghas Bàn", "Beathag Ruadh", "Calum Dubh", "Dòmhnall Òg")]
    for person in people:
        enrolment_service.enrol(run, person)
    return run.sessions.first(), tara, people


def test_a_trainer_takes_the_register_and_a_participant_checks_in(browser, live_server,
                                                                  session_now):
    session, tara, people = session_now
    trainer_context = browser.new_context(base_url=live_server.url, viewport=PHONE)
    participant_context = browser.new_context(base_url=live_server.url, viewport=PHONE)
    phone, participant = trainer_context.new_page(), participant_context.new_page()
    try:
        log_in(phone, tara)
        phone.get_by_role("link", name="Your sessions").click()
        assert_accessible(phone)
        assert_no_sideways_scroll(phone)
        phone.locator(".session-card").first.get_by_role("link").click()
        phone.wait_for_url(f"**/trainer/sessions/{session.pk}/")
        assert_accessible(phone)

        for person, status in zip(people[:3], ["Present", "Late", "Absent"], strict=True):
            row = phone.locator(".register__person", has_text=person.full_name)
            row.get_by_role("button", name=f"{status} – {person.full_name}").click()
            expect(row.locator("[data-register-mark]")).to_have_text(status)
        assert phone.url.endswith(f"/trainer/sessions/{session.pk}/")  # script: no reload
        marks = dict(Attendance.objects.values_list("enrolment__user__full_name", "status"))
        assert marks == {"Aonghas Bàn": "present", "Beathag Ruadh": "late",
                         "Calum Dubh": "absent"}

        log_in(participant, people[3])
        participant.goto(f"/checkin/{session.checkin_token}/")
        assert_accessible(participant)
        participant.get_by_role("button", name="Check me in").click()
        assert participant.get_by_text("You are checked in for this session.").is_visible()

        phone.reload()
        last = phone.locator(".register__person", has_text=people[3].full_name)
        assert last.locator("[data-register-mark]").inner_text() == "Present"
        assert_no_sideways_scroll(phone)
    finally:
        trainer_context.close()
        participant_context.close()
