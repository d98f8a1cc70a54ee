"""The co-design app's Celery tasks: thin, and safe to run twice."""

from celery import shared_task

from codesign.services import feedback


@shared_task(time_limit=600, soft_time_limit=580)
def owe_feedback_digests_task() -> int:
    """Daily: each working party's members are owed last month's digest once."""
    return feedback.owe_monthly_digests()
