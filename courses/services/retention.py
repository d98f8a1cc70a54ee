"""Keeping people's data no longer than needed: someone who has neither logged in nor had a
place on a run for ``RETENTION_INACTIVE_DAYS`` is warned by e-mail, and erased
``RETENTION_WARNING_DAYS`` later unless they came back (logging in is enough). Coordinators
are never erased this way. Run daily; a second run the same day does nothing more.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import DateTimeField, F, Max, QuerySet
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone

from accounts import roles
from accounts.models import User
from accounts.services import my_data
from courses.services.outbox import owe_email


@dataclass(frozen=True)
class RetentionResult:
    warned: int
    erased: int
    came_back: int


def _with_last_seen(people: QuerySet) -> QuerySet:
    joined = DateTimeField()
    return people.annotate(last_seen=Greatest(
        "date_joined", Coalesce("last_login", "date_joined", output_field=joined),
        Coalesce(Max("enrolments__updated_at"), "date_joined", output_field=joined),
        Coalesce(Max("enrolments__run__sessions__ends_at"), "date_joined",
                 output_field=joined)))


def _candidates() -> QuerySet:
    return User.objects.filter(erased_at__isnull=True, is_superuser=False, is_staff=False) \
        .exclude(groups__name=roles.COORDINATOR)


def apply_retention(*, now: datetime | None = None) -> RetentionResult:
    now = now or timezone.now()
    quiet_since = now - timedelta(days=settings.RETENTION_INACTIVE_DAYS)
    grace = timedelta(days=settings.RETENTION_WARNING_DAYS)
    people = _with_last_seen(_candidates())
    came_back = list(people.filter(retention_warned_at__isnull=False,
                                   last_seen__gt=F("retention_warned_at"))
                     .values_list("pk", flat=True))
    back = User.objects.filter(pk__in=came_back).update(retention_warned_at=None)
    warned = 0
    for person in people.filter(retention_warned_at__isnull=True,
                                last_seen__lt=quiet_since + grace):
        owe_email("retention_warning", person, key=f"retention_warning:{person.pk}:"
                  f"{now.date().isoformat()}", erase_on=(now + grace).date().isoformat())
        User.objects.filter(pk=person.pk).update(retention_warned_at=now)
        warned += 1
    erased = 0
    for person in people.filter(retention_warned_at__lte=now - grace,
                                last_seen__lt=quiet_since):
        my_data.erase(person)
        erased += 1
    return RetentionResult(warned=warned, erased=erased, came_back=back)
