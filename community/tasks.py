"""Celery tasks of the community app: thin, each safe to run twice."""

from celery import shared_task
from django.conf import settings

from community.services import directory, groups


@shared_task(time_limit=600, soft_time_limit=580)
def flag_entries_due_a_check_task() -> int:
    """Once a day: tell each area's networkers about its entries that fell due a check (once
    per entry each time it falls due)."""
    return directory.owe_check_reminders()


@shared_task(time_limit=600, soft_time_limit=580)
def plan_group_meetings_task() -> int:
    """Once a day: keep every group's meetings planned three months ahead."""
    return groups.plan_all_meetings()


@shared_task(time_limit=120, soft_time_limit=110)
def queue_group_reminders_task() -> int:
    """Owe members a reminder before each meeting; a second run owes nothing twice."""
    return groups.queue_meeting_reminders(hours=settings.SESSION_REMINDER_HOURS)
