"""Celery tasks of the reports app: thin, each safe to run twice."""

from celery import shared_task

from reports.services import equality


@shared_task(time_limit=900, soft_time_limit=870)
def derive_pending_postcodes_task() -> int:
    """After a lookup is loaded: work out the area of the answers waiting with a postcode,
    and drop the postcodes no longer needed. A second run finds nothing more to do."""
    return equality.derive_pending_postcodes()
