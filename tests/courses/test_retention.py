"""Retention: people long gone quiet are warned, then erased a month later unless they come
back; coordinators and people still taking part are left alone; running twice does nothing
more."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from accounts.models import User
from courses.models import OutboxMessage
from courses.services import enrolment
from courses.services.retention import apply_retention
from tests.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


def _quiet_since(user, days: int) -> None:
    long_ago = timezone.now() - timedelta(days=days)
    User.objects.filter(pk=user.pk).update(date_joined=long_ago, last_login=long_ago)


def test_a_quiet_participant_is_warned_once_then_erased_a_month_later(
        pat, settings, django_capture_on_commit_callbacks):
    _quiet_since(pat, settings.RETENTION_INACTIVE_DAYS - 20)
    with django_capture_on_commit_callbacks(execute=True):
        first = apply_retention()
    assert (first.warned, first.erased) == (1, 0)
    assert apply_retention().warned == 0  # the same day again: no second warning
    assert OutboxMessage.objects.filter(kind="retention_warning").count() == 1
    assert [m.to for m in mail.outbox] == [["pat@example.org"]]
    assert "log in" in mail.outbox[0].body

    later = apply_retention(now=timezone.now() + timedelta(days=settings.RETENTION_WARNING_DAYS
                                                           + 1))
    assert later.erased == 1
    assert User.objects.get(pk=pat.pk).erased_at is not None


def test_logging_in_after_the_warning_keeps_the_account(pat, settings):
    _quiet_since(pat, settings.RETENTION_INACTIVE_DAYS)
    apply_retention()
    User.objects.filter(pk=pat.pk).update(last_login=timezone.now())
    result = apply_retention(now=timezone.now() + timedelta(days=31))
    assert (result.came_back, result.erased) == (1, 0)
    pat.refresh_from_db()
    assert pat.erased_at is None and pat.retention_warned_at is None


def test_people_taking_part_and_coordinators_are_left_alone(pat, cora, run, settings):
    _quiet_since(pat, settings.RETENTION_INACTIVE_DAYS + 100)
    _quiet_since(cora, settings.RETENTION_INACTIVE_DAYS + 100)
    enrolment.enrol(run, pat)  # a place on a run that has not happened yet
    assert apply_retention(now=timezone.now() + timedelta(days=40)).warned == 0
    newcomer = UserFactory()
    assert apply_retention().warned == 0 and newcomer.retention_warned_at is None
