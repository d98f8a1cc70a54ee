"""The trainer's dashboard, delivery view, register and check-in, and who may open them."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import ConsentPurpose, User
from accounts.services.consent import give_consent
from courses.models import Attendance
from courses.services import enrolment as enrolment_service
from courses.services import scheduling
from tests.accounts.factories import UserFactory
from tests.conftest import TRAINER_NOTE
from tests.courses.factories import AccreditationFactory, TrainerProfileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def delivered(run, tara_profile, module, pat):
    """Tara leads ``run``; its first session, under way, covers ``module``; Pat has a place."""
    scheduling.assign_trainer(run, tara_profile, "lead")
    session = run.sessions.order_by("starts_at").first()
    session.module = module
    # Ten minutes ago, but never yesterday: just after midnight it started at midnight.
    now = timezone.localtime()
    session.starts_at = max(now - timedelta(minutes=10),
                            now.replace(hour=0, minute=0, second=0, microsecond=0))
    session.ends_at = session.starts_at + timedelta(hours=2)
    session.save()
    User.objects.filter(pk=pat.pk).update(access_needs="Needs a hearing loop.")
    enrolment = enrolment_service.enrol(run, pat)
    return session, enrolment


@pytest.fixture
def other_trainer(db):
    return TrainerProfileFactory(user=UserFactory(full_name="Olly Other",
                                                  roles=["Peer trainer"]))


def _urls(session):
    return {
        "dashboard": ("get", "/trainer/"),
        "delivery": ("get", f"/trainer/sessions/{session.pk}/"),
        "register": ("get", f"/trainer/sessions/{session.pk}/register/"),
        "qr": ("get", f"/trainer/sessions/{session.pk}/checkin-qr.svg"),
        "mark": ("post", f"/trainer/sessions/{session.pk}/mark/"),
    }


# Expected status per page for each visitor: anonymous → log in; no role → 403; another
# trainer → 404 for this session (their own dashboard works); the trainer and coordinators → ok.
EXPECTED = {
    "anonymous": {"dashboard": 302, "delivery": 302, "register": 302, "qr": 302, "mark": 302},
    "participant": {"dashboard": 403, "delivery": 403, "register": 403, "qr": 403, "mark": 403},
    "health staff": {"dashboard": 403, "delivery": 403, "register": 403, "qr": 403, "mark": 403},
    "other trainer": {"dashboard": 200, "delivery": 404, "register": 404, "qr": 404, "mark": 404},
    "the trainer": {"dashboard": 200, "delivery": 200, "register": 200, "qr": 200, "mark": 302},
    "coordinator": {"dashboard": 200, "delivery": 200, "register": 200, "qr": 200, "mark": 302},
}


@pytest.mark.parametrize("visitor", EXPECTED)
def test_the_trainer_pages_answer_each_kind_of_visitor_as_expected(
        client, delivered, visitor, sam, hana, tara, cora, other_trainer):
    session, enrolment = delivered
    users = {"participant": sam, "health staff": hana, "other trainer": other_trainer.user,
             "the trainer": tara, "coordinator": cora}
    if visitor in users:
        client.force_login(users[visitor])
    for page, (method, url) in _urls(session).items():
        data = {"enrolment": enrolment.pk, "status": "present"} if method == "post" else None
        response = getattr(client, method)(url, data)
        assert response.status_code == EXPECTED[visitor][page], (visitor, page)
        if EXPECTED[visitor][page] == 302 and visitor == "anonymous":
            assert response["Location"].startswith("/accounts/login/")


def test_the_dashboard_lists_my_sessions_with_people_and_register_state(
        client, delivered, tara, tara_profile):
    session, enrolment = delivered
    Attendance.objects.create(session=session, enrolment=enrolment, status="present",
                              method="trainer", marked_at=timezone.now())
    client.force_login(tara)
    html = client.get("/trainer/").content.decode()
    assert f'href="/trainer/sessions/{session.pk}/"' in html
    assert "Taken (1 marked)" in html and "Not taken" in html
    assert "Living Well" in html and "Accredited" in html  # accreditation and stage


def test_the_delivery_view_has_the_plan_notes_roster_and_check_in_code(
        client, delivered, tara):
    session, enrolment = delivered
    client.force_login(tara)
    html = client.get(f"/trainer/sessions/{session.pk}/").content.decode()
    assert TRAINER_NOTE in html
    assert "0:20–1:00" in html
    assert "Pat Participant" in html
    assert session.checkin_token in html
    assert "Needs a hearing loop." not in html  # Pat has not agreed to share it


def test_access_needs_show_once_the_person_agrees(client, delivered, tara, pat):
    session, _ = delivered
    give_consent(pat, ConsentPurpose.SHARE_ACCESS_NEEDS)
    client.force_login(tara)
    assert "Needs a hearing loop." in client.get(
        f"/trainer/sessions/{session.pk}/").content.decode()


def test_marking_by_form_and_by_script(client, delivered, tara):
    session, enrolment = delivered
    client.force_login(tara)
    url = f"/trainer/sessions/{session.pk}/mark/"
    response = client.post(url, {"enrolment": enrolment.pk, "status": "late"})
    assert response["Location"].endswith(f"#person-{enrolment.pk}")
    response = client.post(url, {"enrolment": enrolment.pk, "status": "present"},
                           HTTP_ACCEPT="application/json")
    assert response.json() == {"enrolment": enrolment.pk, "status": "present",
                               "label": "Present"}
    mark = Attendance.objects.get()
    assert (mark.status, mark.marked_by, mark.method) == ("present", tara, "trainer")


def test_before_check_in_opens_the_register_says_when_marking_starts(client, run, tara_profile,
                                                                     pat, tara):
    scheduling.assign_trainer(run, tara_profile, "lead")
    enrolment_service.enrol(run, pat)
    next_week = run.sessions.order_by("starts_at").first()
    client.force_login(tara)
    html = client.get(f"/trainer/sessions/{next_week.pk}/").content.decode()
    opens = timezone.localtime(next_week.starts_at - timedelta(minutes=30))
    assert f"You can mark the register from {opens:%H:%M}" in html
    assert f"/trainer/sessions/{next_week.pk}/mark/" not in html
    response = client.post(f"/trainer/sessions/{next_week.pk}/mark/",
                           {"enrolment": pat.enrolments.get().pk, "status": "present"},
                           HTTP_ACCEPT="application/json")
    assert response.status_code == 400 and "has not started yet" in response.json()["error"]
    assert not Attendance.objects.exists()


def test_bad_marks_get_a_message_not_a_500(client, delivered, tara, sam):
    session, enrolment = delivered
    client.force_login(tara)
    url = f"/trainer/sessions/{session.pk}/mark/"
    assert client.post(url, {"enrolment": enrolment.pk, "status": "dancing"},
                       HTTP_ACCEPT="application/json").status_code == 400
    assert client.post(url, {"enrolment": "x"}).status_code == 302
    assert client.post(url, {"enrolment": 999999, "status": "present"}).status_code == 404
    assert not Attendance.objects.exists()


def test_the_qr_code_is_an_svg_of_the_check_in_address(client, delivered, tara):
    session, _ = delivered
    client.force_login(tara)
    response = client.get(f"/trainer/sessions/{session.pk}/checkin-qr.svg")
    assert response["Content-Type"] == "image/svg+xml"
    assert response.content.startswith(b"<?xml") and b"<svg" in response.content


def test_the_printable_register_carries_enrolment_numbers(client, delivered, tara):
    session, enrolment = delivered
    client.force_login(tara)
    html = client.get(f"/trainer/sessions/{session.pk}/register/").content.decode()
    assert f"<td>{enrolment.pk}</td>" in html
    assert "Session 1 · run number" in html  # its number in the run, not a database id


def test_checking_in_by_the_code_in_the_room(client, delivered, pat, time_machine):
    session, enrolment = delivered
    time_machine.move_to(session.starts_at + timedelta(minutes=5))
    client.force_login(pat)
    url = f"/checkin/{session.checkin_token.lower()}/"  # typed codes are forgiving of case
    page = client.get(url).content.decode()
    assert "Check me in" in page
    client.post(url)
    assert Attendance.objects.get(enrolment=enrolment).method == "self_check_in"
    assert "You are checked in" in client.get(url).content.decode()


def test_the_check_in_page_never_shows_other_people(client, delivered, sam, pat,
                                                    time_machine):
    session, _ = delivered
    time_machine.move_to(session.starts_at)
    client.force_login(sam)
    page = client.get(f"/checkin/{session.checkin_token}/").content.decode()
    assert "Pat Participant" not in page
    response = client.post(f"/checkin/{session.checkin_token}/", follow=True)
    assert "do not have a place" in response.content.decode()
    assert not Attendance.objects.exists()


def test_check_in_needs_an_account_and_a_real_code(client, delivered):
    session, _ = delivered
    assert client.get(f"/checkin/{session.checkin_token}/").status_code == 302
    assert client.get("/checkin/NOTACODE/").status_code == 404


def test_a_shadow_trainer_can_open_the_session_they_shadow(client, run, delivered):
    session, _ = delivered
    shadow = TrainerProfileFactory(user=UserFactory(roles=["Peer trainer"]), stage="shadowing")
    scheduling.assign_trainer(run, shadow, "shadow")
    client.force_login(shadow.user)
    assert client.get(f"/trainer/sessions/{session.pk}/").status_code == 200


def test_an_expired_accreditation_no_longer_lets_someone_lead(run, course):
    trainer = TrainerProfileFactory()
    AccreditationFactory(trainer=trainer, course=course, accredited_on="2024-01-01",
                         expires_on="2025-01-01")
    from courses.services.errors import SchedulingError

    with pytest.raises(SchedulingError) as error:
        scheduling.assign_trainer(run, trainer, "lead")
    assert error.value.code == "not_accredited"


def test_a_trainer_logging_in_lands_on_their_sessions_with_todays_marked(client, delivered,
                                                                          tara):
    from tests.accounts.factories import PASSWORD

    response = client.post("/accounts/login/", {"login": tara.email, "password": PASSWORD})
    assert response["Location"] == "/trainer/"
    html = client.get("/trainer/").content.decode()
    assert '<strong class="tag">Today</strong>' in html


def test_a_trainer_sees_the_sessions_they_deliver_on_their_own_page_too(client, delivered,
                                                                        tara):
    session, _ = delivered
    client.force_login(tara)
    html = client.get("/my/").content.decode()
    assert "Sessions you deliver" in html and f"/trainer/sessions/{session.pk}/" in html
    assert '<strong class="tag">Today</strong>' in html


def test_a_participant_still_lands_on_my_courses(client, pat, home):
    from tests.accounts.factories import PASSWORD

    response = client.post("/accounts/login/", {"login": pat.email, "password": PASSWORD})
    assert response["Location"] == "/my/"
    assert "Sessions you deliver" not in client.get("/my/").content.decode()
