"""Nobody both has a place on a run and helps deliver it; shadows watch, they do not mark."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import ConsentPurpose, User
from accounts.services.consent import give_consent
from courses.models import Attendance, Session
from courses.services import enrolment as enrolment_service
from courses.services import imports, scheduling
from courses.services.errors import EnrolmentError, SchedulingError
from tests.accounts.factories import UserFactory
from tests.courses.factories import TrainerProfileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def shadow(run):
    """Sandy is shadowing ``run``."""
    profile = TrainerProfileFactory(user=UserFactory(full_name="Sandy Shadow",
                                                     roles=["Peer trainer", "Participant"]),
                                    stage="shadowing")
    scheduling.assign_trainer(run, profile, "shadow")
    return profile


@pytest.fixture
def delivered(run, tara_profile, pat):
    """Tara leads ``run``, whose first session is under way; Pat has a place and shares his
    access needs."""
    scheduling.assign_trainer(run, tara_profile, "lead")
    User.objects.filter(pk=pat.pk).update(access_needs="Needs a hearing loop.")
    give_consent(pat, ConsentPurpose.SHARE_ACCESS_NEEDS)
    session = run.sessions.order_by("starts_at").first()
    Session.objects.filter(pk=session.pk).update(starts_at=timezone.now() - timedelta(minutes=5),
                                                 ends_at=timezone.now() + timedelta(hours=2))
    return session, enrolment_service.enrol(run, pat)


@pytest.mark.parametrize("role", ["lead", "co_trainer", "shadow"])
def test_it_refuses_a_trainer_on_a_run_someone_has_a_place_on(run, pat, course, role):
    from tests.courses.factories import AccreditationFactory

    enrolment_service.enrol(run, pat)
    profile = TrainerProfileFactory(user=pat)
    AccreditationFactory(trainer=profile, course=course)
    with pytest.raises(SchedulingError) as error:
        scheduling.assign_trainer(run, profile, role)
    assert error.value.code == "takes_part_in_run"


def test_it_refuses_a_shadow_who_is_waiting_for_a_place(run, pat, sam):
    run.capacity = 1
    run.save()
    enrolment_service.enrol(run, sam)
    assert enrolment_service.enrol(run, pat).status == "waitlisted"
    with pytest.raises(SchedulingError):
        scheduling.assign_trainer(run, TrainerProfileFactory(user=pat), "shadow")


def test_someone_who_withdrew_may_shadow_the_run(run, pat):
    enrolment_service.withdraw(enrolment_service.enrol(run, pat))
    assert scheduling.assign_trainer(run, TrainerProfileFactory(user=pat), "shadow").pk


def test_a_trainer_on_a_run_cannot_enrol_on_it(run, shadow):
    with pytest.raises(EnrolmentError) as error:
        enrolment_service.enrol(run, shadow.user)
    assert error.value.code == "facilitates_run"
    with pytest.raises(EnrolmentError):
        enrolment_service.enrol(run, shadow.user, by_coordinator=True)
    assert not run.enrolments.exists()


def test_the_sign_up_sheet_check_points_at_a_trainer_on_the_run(run, shadow, cora):
    sheet = f"Full name,E-mail\nSandy Shadow,{shadow.user.email}\n".encode()
    _batch, preview = imports.upload("enrolments", run, sheet, "s.csv", by=cora)
    assert not preview.ok
    assert "is a trainer on this run" in preview.rows[0].problems[0][1]


def test_a_shadow_sees_the_plan_and_names_but_not_needs_codes_or_buttons(client, delivered,
                                                                          shadow):
    session, _place = delivered
    client.force_login(shadow.user)
    html = client.get(f"/trainer/sessions/{session.pk}/").content.decode()
    assert "Pat Participant" in html
    assert "hearing loop" not in html
    assert session.checkin_token not in html
    assert "trainer_mark" not in html and f"/trainer/sessions/{session.pk}/mark/" not in html


def test_the_lead_sees_needs_codes_and_buttons(client, delivered, tara):
    session, _place = delivered
    client.force_login(tara)
    html = client.get(f"/trainer/sessions/{session.pk}/").content.decode()
    assert "hearing loop" in html
    assert session.checkin_token in html
    assert f"/trainer/sessions/{session.pk}/mark/" in html


@pytest.mark.parametrize("page", ["mark/", "register/", "checkin-qr.svg"])
def test_a_shadow_cannot_mark_print_the_register_or_show_the_check_in_code(client, delivered,
                                                                           shadow, page):
    session, place = delivered
    client.force_login(shadow.user)
    url = f"/trainer/sessions/{session.pk}/{page}"
    response = (client.post(url, {"enrolment": place.pk, "status": "present"})
                if page == "mark/" else client.get(url))
    assert response.status_code == 403
    assert not Attendance.objects.exists()
