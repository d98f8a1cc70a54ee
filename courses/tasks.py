"""Celery tasks: thin wrappers that take ids and call a service. Each is safe to run twice."""

from celery import shared_task
from celery.signals import task_postrun, task_prerun
from django.conf import settings
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

from accounts.services import submissions
from courses import cdn
from courses.models import CourseRun
from courses.services import (
    completion,
    demand,
    enrolment,
    exports,
    imports,
    outbox,
    retention,
    scheduling,
    trainer_activity,
)


@shared_task(time_limit=300, soft_time_limit=280)
def send_email_task(message_ids: list[int] | int) -> int:
    """Send the owed e-mails handed over after a commit (a single id from before they were
    handed over together is fine too); a second run finds them claimed or sent."""
    ids = [message_ids] if isinstance(message_ids, int) else message_ids
    return outbox.send_outbox_messages(ids)


@task_prerun.connect
def _collect_owed_emails(**_kwargs) -> None:
    outbox.begin_batch()


@task_postrun.connect
def _hand_over_owed_emails(**_kwargs) -> None:
    outbox.end_batch()


@shared_task(time_limit=120, soft_time_limit=110)
def purge_cdn_task(paths: list[str]) -> None:
    """Tell the CDN to drop these pages (Wagtail's purge backends; see ``courses.cdn``)."""
    purge_urls_from_cache(cdn.full_urls(paths))


@shared_task(time_limit=300, soft_time_limit=280)
def sweep_outbox_task() -> int:
    """Send whatever is still owed: queued while the broker was down, or failed and due a retry."""
    return outbox.sweep_outbox()


@shared_task(time_limit=120, soft_time_limit=110)
def queue_session_reminders_task() -> int:
    return scheduling.queue_session_reminders(hours=settings.SESSION_REMINDER_HOURS)


@shared_task(time_limit=120, soft_time_limit=110)
def expire_offers_task() -> int:
    return enrolment.expire_offers()


@shared_task(time_limit=600, soft_time_limit=580)
def close_finished_runs_task() -> int:
    """Work out completions for runs whose last session has been over for a while."""
    return completion.close_finished_runs()


@shared_task(time_limit=4 * 60 * 60, soft_time_limit=4 * 60 * 60 - 60)
def write_export_task(record_id: int) -> bool:
    """Write a large export to its private file; a second run finds it claimed."""
    return exports.write_export_file(record_id)


@shared_task(time_limit=600, soft_time_limit=580)
def delete_expired_files_task() -> int:
    """Delete what has done its job: export files past their download time, uploads never
    confirmed, and the day-old keys of forms sent (see ``accounts.services.submissions``)."""
    return (exports.delete_expired_exports() + imports.delete_stale_uploads()
            + submissions.forget_old())


@shared_task(time_limit=1800, soft_time_limit=1780)
def apply_retention_task() -> dict:
    """Warn people long gone quiet, and erase those warned a month ago who did not return."""
    result = retention.apply_retention()
    return {"warned": result.warned, "erased": result.erased, "came_back": result.came_back}


@shared_task(time_limit=600, soft_time_limit=580)
def tell_people_about_run_task(run_id: int) -> int:
    """Tell everyone waiting whom a newly opened run suits; a second run tells nobody twice."""
    run = CourseRun.objects.filter(pk=run_id).first()
    return demand.tell_people_about(run) if run is not None else 0


@shared_task(time_limit=600, soft_time_limit=580)
def close_expired_demand_task() -> int:
    """Close requests to be told of a course that are a year old."""
    return demand.close_expired_requests()


@shared_task(time_limit=600, soft_time_limit=580)
def invite_lapsing_trainers_task() -> int:
    """Once a day: a friendly offer to co-train, to each trainer ten months without delivering
    (once per lapse)."""
    return trainer_activity.invite_lapsing_trainers()
