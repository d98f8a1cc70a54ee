"""Active and lapsing trainers: "active" (delivered in the last 12 months) shows in the admin
listing and on the trainer's own page; ten months without delivering brings one friendly offer
to co-train; coordinators see accreditations ending within 60 days."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import ContactChannel
from courses.models import Facilitation, OutboxMessage
from courses.services import scheduling, texts
from courses.services.emails import build_message
from courses.services.trainer_activity import invite_lapsing_trainers
from courses.tasks import invite_lapsing_trainers_task
from tests.accounts.factories import UserFactory
from tests.courses.factories import AccreditationFactory, CourseRunFactory, TrainerProfileFactory
from trainers.models import TrainerProfile

pytestmark = pytest.mark.django_db


def _delivered(trainer, course, weeks_ago):
    """``trainer`` led a one-session run ``weeks_ago`` weeks ago (history, set down as it was:
    they were accredited then)."""
    run = CourseRunFactory(course=course, sessions=1, status="finished",
                           sessions__first_session_at=timezone.now() - timedelta(weeks=weeks_ago))
    Facilitation.objects.create(run=run, trainer=trainer, role="lead")
    return run


@pytest.fixture
def rhona(course):
    """Rhona, accredited for ``course``, who last led a session eleven months ago."""
    profile = TrainerProfileFactory(user=UserFactory(full_name="Rhona Rest",
                                                     roles=["Peer trainer"]))
    AccreditationFactory(trainer=profile, course=course,
                         accredited_on=timezone.localdate() - timedelta(days=700))
    _delivered(profile, course, weeks_ago=48)
    return profile


def test_it_owes_one_friendly_message_per_lapse_when_run_twice(rhona, course):
    offered = CourseRunFactory(course=course, sessions=6, status="draft")
    assert invite_lapsing_trainers_task.apply().get() == 1
    assert invite_lapsing_trainers_task.apply().get() == 0  # runs twice, owes once
    message = OutboxMessage.objects.get(kind="trainer_lapsing")
    assert message.recipient == rhona.user and message.context["run"] == offered.pk
    email = build_message(message)
    assert "could use a co-trainer" in email.body and course.title in email.body
    assert "/trainer/" in email.body


def test_a_trainer_who_delivers_and_lapses_again_hears_again(rhona, course, time_machine):
    invite_lapsing_trainers()
    time_machine.move_to(timezone.now() + timedelta(weeks=20))
    _delivered(rhona, course, weeks_ago=1)
    assert invite_lapsing_trainers() == 0  # active again
    time_machine.move_to(timezone.now() + timedelta(weeks=45))
    assert invite_lapsing_trainers() == 1
    assert OutboxMessage.objects.filter(kind="trainer_lapsing").count() == 2


def test_nobody_hears_too_soon_or_while_booked_on_a_break_or_without_accreditation(
        course, rhona):
    recent = TrainerProfileFactory()
    AccreditationFactory(trainer=recent, course=course)
    _delivered(recent, course, weeks_ago=39)  # nine months
    resting = TrainerProfileFactory(stage="on_break")
    AccreditationFactory(trainer=resting, course=course)
    _delivered(resting, course, weeks_ago=60)
    expired = TrainerProfileFactory()
    AccreditationFactory(trainer=expired, course=course,
                         expires_on=timezone.localdate() - timedelta(days=1))
    _delivered(expired, course, weeks_ago=60)
    scheduling.assign_trainer(CourseRunFactory(course=course, sessions=2, status="draft"),
                              rhona, "co_trainer")  # booked: not lapsing
    assert list(TrainerProfile.objects.lapsing()) == []
    assert invite_lapsing_trainers() == 0


def test_an_accredited_trainer_who_never_delivered_hears_ten_months_on(course):
    never = TrainerProfileFactory()
    AccreditationFactory(trainer=never, course=course,
                         accredited_on=timezone.localdate() - timedelta(days=310))
    fresh = TrainerProfileFactory()
    AccreditationFactory(trainer=fresh, course=course,
                         accredited_on=timezone.localdate() - timedelta(days=200))
    assert invite_lapsing_trainers() == 1
    assert OutboxMessage.objects.get().recipient == never.user


def test_the_message_is_not_sent_once_they_are_booked_again(rhona, course):
    invite_lapsing_trainers()
    scheduling.assign_trainer(CourseRunFactory(course=course, sessions=2, status="draft"),
                              rhona, "co_trainer")
    assert build_message(OutboxMessage.objects.get(kind="trainer_lapsing")) is None


@pytest.mark.parametrize("language", ["en", "gd"])
def test_the_text_is_short_and_names_no_course(rhona, course, language):
    CourseRunFactory(course=course, sessions=6, status="draft")
    rhona.user.phone, rhona.user.preferred_language = "07911 123458", language
    rhona.user.contact_channels = [ContactChannel.TEXT]
    rhona.user.save()
    invite_lapsing_trainers()
    text = build_message(OutboxMessage.objects.get(kind="trainer_lapsing"))
    assert texts.segments(text.body) <= texts.MAX_SEGMENTS, text.body
    assert course.title not in text.body


def test_active_shows_and_filters_in_the_admin_listing(client, cora, rhona, course):
    """Rhona (eleven months ago) is lapsing but still active; a year and more is not."""
    gone = TrainerProfileFactory(user=UserFactory(full_name="Gone Quiet"))
    AccreditationFactory(trainer=gone, course=course)
    _delivered(gone, course, weeks_ago=60)
    client.force_login(cora)
    listing = client.get("/admin/trainerprofile/").content.decode()
    assert "Yes, last on" in listing and "No, last on" in listing
    active = client.get("/admin/trainerprofile/?delivery=active").content.decode()
    assert "Rhona Rest" in active and "Gone Quiet" not in active
    resting = client.get("/admin/trainerprofile/?delivery=not_active").content.decode()
    assert "Gone Quiet" in resting and "Rhona Rest" not in resting


def test_a_trainer_sees_whether_they_are_active_on_their_own_page(client, rhona, course,
                                                                 time_machine):
    client.force_login(rhona.user)
    assert "Yes: you last delivered" in client.get("/trainer/").content.decode()
    time_machine.move_to(timezone.now() + timedelta(weeks=8))
    client.force_login(rhona.user)  # a new day, a new log-in
    assert "Not at the moment: you last delivered" in client.get("/trainer/").content.decode()


def test_accreditations_ending_within_60_days_are_listed_not_at_61(client, cora, course):
    today = timezone.localdate()
    for name, days in (("Sixty Days", 60), ("Sixty One Days", 61), ("Ended Yesterday", -1)):
        trainer = TrainerProfileFactory(user=UserFactory(full_name=name))
        AccreditationFactory(trainer=trainer, course=course,
                             accredited_on=today - timedelta(days=400),
                             expires_on=today + timedelta(days=days))
    client.force_login(cora)
    page = client.get("/admin/accreditations-ending/").content.decode()
    assert "Sixty Days" in page
    assert "Sixty One Days" not in page and "Ended Yesterday" not in page
