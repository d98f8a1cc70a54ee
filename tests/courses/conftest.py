"""Fixtures shared by the course tests."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from accounts import roles
from accounts.services.profile import create_participant_for
from courses.models import OutboxMessage
from courses.services import enrolment as enrolment_service
from courses.services import scheduling
from courses.services.attendance import record_attendance
from courses.services.referrals import PersonReferred, Referrer
from tests.accounts.factories import UserFactory
from tests.courses.factories import (
    AccreditationFactory,
    AreaFactory,
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
def linda():
    """Lena, a link worker (social prescribing) who refers people; she has no account."""
    return Referrer(name="Lena Link", role="Link worker, Highland Third Sector Interface",
                    email="lena@thirdsector.example.org")


@pytest.fixture
def morven():
    """Morven, whom Lena refers: we have only her mobile number."""
    return PersonReferred(full_name="Morven Fòn", phone="07911 123456")


@pytest.fixture
def highland(db):
    """The area the factories' venues are in."""
    return AreaFactory(name="Highland")


@pytest.fixture
def glasgow(db):
    return AreaFactory(name="Glasgow")


@pytest.fixture
def mhairi(db):
    """Someone without e-mail who gave a mobile number: she hears by text."""
    return create_participant_for("", "Mhairi NicLeòid", phone="07911 123456")


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
