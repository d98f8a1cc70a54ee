"""Fixtures shared by the course tests."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from accounts import roles
from courses.models import OutboxMessage
from courses.services import enrolment as enrolment_service
from courses.services import scheduling
from courses.services.attendance import record_attendance
from tests.accounts.factories import UserFactory
from tests.courses.factories import (
    AccreditationFactory,
    CourseRunFactory,
    FidelityChecklistFactory,
    TrainerProfileFactory,
)


@pytest.fixture
def finished(course, pat, sam, tara):
    """A six-session run that ended last week: Pat came to five, Sam to two."""
    run = CourseRunFactory(course=course, sessions=6,
                           sessions__first_session_at=timezone.now() - timedelta(weeks=7))
    done = enrolment_service.enrol(run, pat, by_coordinator=True)
    short = enrolment_service.enrol(run, sam, by_coordinator=True)
    for number, session in enumerate(run.sessions.order_by("starts_at")):
        record_attendance(session, done, "absent" if number == 2 else "present", by=tara,
                          method="trainer")
        record_attendance(session, short, "present" if number < 2 else "absent", by=tara,
                          method="trainer")
    OutboxMessage.objects.all().delete()
    mail.outbox.clear()
    return run, done, short


@pytest.fixture
def nia(course):
    """Nia, newly accredited for ``course``: a peer trainer who has never delivered."""
    profile = TrainerProfileFactory(user=UserFactory(full_name="Nia New",
                                                     roles=[roles.PEER_TRAINER]))
    AccreditationFactory(trainer=profile, course=course)
    return profile


@pytest.fixture
def lena(course):
    """Lena, a lead trainer accredited for ``course``."""
    profile = TrainerProfileFactory(stage="lead", user=UserFactory(
        full_name="Lena Lead", roles=[roles.PEER_TRAINER]))
    AccreditationFactory(trainer=profile, course=course)
    return profile


@pytest.fixture
def checklist():
    return FidelityChecklistFactory()


@pytest.fixture
def first_run(run, nia, tara_profile):
    """Nia co-trains ``run`` (her first), with Tara leading."""
    scheduling.assign_trainer(run, tara_profile, "lead")
    scheduling.assign_trainer(run, nia, "co_trainer")
    return run
