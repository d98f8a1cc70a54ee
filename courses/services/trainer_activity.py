"""Keeping trainers in touch: someone accredited who has not delivered for ten months hears from
us once, warmly, with a run they could co-train. Run daily; each lapse is written to once."""

from datetime import datetime

from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone

from courses.models import DELIVERING_ROLES, CourseRun, RunStatus
from courses.services.outbox import owe_email
from trainers.models import TrainerProfile

KIND = "trainer_lapsing"


def invite_lapsing_trainers(*, now: datetime | None = None) -> int:
    """Owe one friendly message to each lapsing trainer, offering a run to co-train. The key
    names the trainer and the lapse (their last session, or their accreditation if they never
    delivered), so running this again owes nothing new; a trainer who delivers and lapses
    again hears again. Returns how many messages were newly owed."""
    now = now or timezone.now()
    owed = 0
    for trainer in TrainerProfile.objects.lapsing(now).select_related("user").order_by("pk"):
        run = run_to_co_train(trainer, now)
        owed += owe_email(KIND, trainer.user, key=f"{KIND}:{trainer.pk}:{_lapse(trainer)}",
                          trainer=trainer.pk, run=run.pk if run else None)
    return owed


def run_to_co_train(trainer: TrainerProfile, now: datetime) -> CourseRun | None:
    """A run not yet started, of a course they are accredited for, that they are not on:
    one still short of two trainers first, then one in their areas, then the soonest."""
    courses = trainer.current_accreditations(timezone.localdate(now)).values("course_id")
    delivering = Count("facilitations", filter=Q(facilitations__role__in=DELIVERING_ROLES))
    return (CourseRun.objects.upcoming(now).filter(course_id__in=courses)
            .exclude(status__in=[RunStatus.CANCELLED, RunStatus.FINISHED])
            .exclude(facilitations__trainer=trainer)
            .with_schedule().annotate(delivering=delivering)
            .annotate(nearby=Exists(trainer.areas.filter(pk=OuterRef("venue__area_id"))))
            .order_by("delivering", "-nearby", "first_starts_at", "pk")
            .select_related("course", "venue").first())


def _lapse(trainer: TrainerProfile) -> str:
    """What this lapse is counted from: their last session, or their first accreditation."""
    if trainer.last_delivered_at is not None:
        return timezone.localdate(trainer.last_delivered_at).isoformat()
    return f"accredited-{trainer.first_accredited_on.isoformat()}"
