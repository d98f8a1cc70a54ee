"""Celery tasks of the community app: thin, safe to run twice."""

from celery import shared_task

from community.services import directory


@shared_task(time_limit=600, soft_time_limit=580)
def flag_entries_due_a_check_task() -> int:
    """Once a day: tell each area's networkers about its entries that fell due a check (once
    per entry each time it falls due)."""
    return directory.owe_check_reminders()
