"""Observation and coaching: a trainer's first run as lead or co-trainer is observed once, by an
accredited lead trainer for that course, in one of sessions 2–5, against the network's
checklist. The observed trainer reads it; coordinators see the figures."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from courses.models import (
    DELIVERING_ROLES,
    OBSERVABLE_SESSIONS,
    CourseRun,
    FidelityChecklist,
    FidelityRating,
    Observation,
    ObservationAnswer,
    ObservationStatus,
    RunStatus,
    Session,
)
from courses.services.errors import ObservationError
from trainers.models import TrainerProfile, TrainerStage

COACHING_NOTE_MAX = 2000


@transaction.atomic
def mark_first_run(trainer: TrainerProfile) -> Observation | None:
    """Mark the trainer's first run as lead or co-trainer "to be observed", once.

    Safe to call after any change to their runs: an observation not yet made follows the
    trainer to their first run still going ahead (and goes when there is none); one made stays.
    A trainer whose first run is already over (they delivered before observations were kept)
    is not marked."""
    TrainerProfile.objects.select_for_update().get(pk=trainer.pk)  # one marking at a time
    observation = Observation.objects.filter(trainer=trainer).first()
    if observation is not None and (observation.is_observed or _still_first(observation)):
        return observation
    first = _first_run(trainer)
    if first is None or _is_over(first):
        if observation is not None:
            observation.delete()
        return None
    if observation is None:
        return Observation.objects.create(trainer=trainer, run=first)
    observation.run, observation.observer, observation.session = first, None, None
    observation.status = ObservationStatus.TO_BE_OBSERVED
    observation.save(update_fields=["run", "observer", "session", "status"])
    return observation


def assign_observer(observation: Observation, *, observer: TrainerProfile, session: Session,
                    checklist: FidelityChecklist, by: User) -> Observation:
    """The coordinator names who observes, in which of sessions 2–5 of the run, and against
    which checklist. Changing them again is fine until the checklist is filled in."""
    with transaction.atomic():
        observation = _locked(observation)
        if observation.is_observed:
            raise ObservationError("already_observed", _(
                "This trainer has been observed already."))
        _check_session(observation, session)
        _check_observer(observation, observer)
        if not checklist.items.exists():
            raise ObservationError("empty_checklist", _("This checklist has no items."))
        observation.observer, observation.session = observer, session
        observation.checklist, observation.assigned_by = checklist, by
        observation.status = ObservationStatus.OBSERVER_ASSIGNED
        observation.save(update_fields=["observer", "session", "checklist", "assigned_by",
                                        "status"])
        return observation


def record_observation(observation: Observation, *, by: User,
                       answers: Mapping[int, tuple[str, str]], coaching_note: str,
                       now: datetime | None = None) -> Observation:
    """The observer's checklist: for every item (by id) how it went (met, partly, not met) and
    a note, and a short coaching note. Sending it again replaces what was there."""
    now = now or timezone.now()
    with transaction.atomic():
        observation = _locked(observation)
        if observation.observer is None or observation.observer.user_id != by.pk:
            raise ObservationError("not_the_observer", _(
                "Only the trainer asked to observe this session can fill in its checklist."))
        if observation.checklist is None:
            raise ObservationError("no_checklist", _(
                "This observation's checklist has been removed: ask a coordinator to choose "
                "another."))
        if observation.session.starts_at > now:
            raise ObservationError("session_not_started", _(
                "The checklist can be filled in once the session has started."))
        rows = _answer_rows(observation, answers)
        coaching_note = coaching_note.strip()
        if not coaching_note:
            raise ObservationError("no_coaching_note", _("Write a short coaching note."))
        observation.answers.all().delete()
        ObservationAnswer.objects.bulk_create(rows)
        observation.coaching_note = coaching_note[:COACHING_NOTE_MAX]
        observation.observed_at = observation.observed_at or now
        observation.status = ObservationStatus.OBSERVED
        observation.save(update_fields=["coaching_note", "observed_at", "status"])
        return observation


def unobserved_only_peer(run: CourseRun) -> TrainerProfile | None:
    """The run's only peer trainer (lead or co-trainer), when they have not been observed yet."""
    peers = [f.trainer for f in run.facilitations.filter(role__in=DELIVERING_ROLES)
             .select_related("trainer__user") if f.trainer.is_peer]
    if len(peers) != 1:
        return None
    if Observation.objects.pending().filter(trainer=peers[0]).exists():
        return peers[0]
    return None


def observable_sessions(observation: Observation) -> list[tuple[int, Session]]:
    """Sessions 2–5 of the observed run, with their numbers."""
    sessions = list(observation.run.sessions.order_by("starts_at", "pk"))
    return [(number, session) for number, session in enumerate(sessions, start=1)
            if number in OBSERVABLE_SESSIONS]


def possible_observers(observation: Observation):
    """Lead trainers accredited for the run's course today, other than the trainer observed."""
    today = timezone.localdate()
    return (TrainerProfile.objects.filter(
        stage=TrainerStage.LEAD, accreditations__course_id=observation.run.course_id)
        .filter(Q(accreditations__expires_on__isnull=True)
                | Q(accreditations__expires_on__gte=today))
        .exclude(pk=observation.trainer_id).select_related("user").distinct())


# --- the fidelity report -------------------------------------------------------------------

@dataclass
class ItemTally:
    text: str
    met: int = 0
    partly: int = 0
    not_met: int = 0

    def add(self, rating: str) -> None:
        setattr(self, rating, getattr(self, rating) + 1)


@dataclass
class CourseFidelity:
    course: str
    observed: int = 0
    waiting: int = 0
    items: dict = field(default_factory=dict)


def fidelity_by_course(observations) -> list[CourseFidelity]:
    """Per course: how many trainers were observed and are waiting, and how each checklist item
    went, over ``observations``. Three queries, whatever their number."""
    courses: dict[int, CourseFidelity] = {}
    for row in observations.values("pk", "status", "run__course_id", "run__course__title"):
        entry = courses.setdefault(row["run__course_id"], CourseFidelity(row["run__course__title"]))
        if row["status"] == ObservationStatus.OBSERVED:
            entry.observed += 1
        else:
            entry.waiting += 1
    answers = ObservationAnswer.objects.filter(observation__in=observations).values_list(
        "observation__run__course_id", "item_id", "item_text", "item__text", "rating")
    for course_id, item_id, item_text, current_text, rating in answers.order_by("sort_order"):
        tally = courses[course_id].items.setdefault(
            item_id or item_text, ItemTally(current_text or item_text))
        tally.add(rating)
    return sorted(courses.values(), key=lambda entry: entry.course)


# --- helpers -------------------------------------------------------------------------------

def _locked(observation: Observation) -> Observation:
    return (Observation.objects.select_for_update(of=("self",))
            .select_related("run", "session", "observer", "checklist").get(pk=observation.pk))


def _first_run(trainer: TrainerProfile) -> CourseRun | None:
    return (CourseRun.objects.filter(facilitations__trainer=trainer,
                                     facilitations__role__in=DELIVERING_ROLES)
            .exclude(status=RunStatus.CANCELLED).with_schedule()
            .order_by(F("first_starts_at").asc(nulls_last=True), "pk").first())


def _is_over(run: CourseRun) -> bool:
    return run.status == RunStatus.FINISHED or (
        run.last_ends_at is not None and run.last_ends_at <= timezone.now())


def _still_first(observation: Observation) -> bool:
    """An observer already asked keeps their run while the trainer still delivers it; one only
    waiting for an observer moves to an earlier run if one appears."""
    run = observation.run
    delivering = run.facilitations.filter(trainer=observation.trainer_id,
                                          role__in=DELIVERING_ROLES).exists()
    if not delivering or run.status == RunStatus.CANCELLED:
        return False
    if observation.status == ObservationStatus.OBSERVER_ASSIGNED:
        return True
    first = _first_run(observation.trainer)
    return first is not None and first.pk == run.pk


def _check_session(observation: Observation, session: Session) -> None:
    if session.run_id != observation.run_id:
        raise ObservationError("other_run", _(
            "Choose a session of the run being observed."))
    number = Session.objects.numbers([session.run_id])[session.pk]
    if number not in OBSERVABLE_SESSIONS:
        raise ObservationError("not_sessions_2_to_5", _(
            "An observation is of one of sessions 2 to 5; this is session %(number)d.")
            % {"number": number})


def _check_observer(observation: Observation, observer: TrainerProfile) -> None:
    if observer.pk == observation.trainer_id:
        raise ObservationError("observes_themselves", _(
            "A trainer cannot observe themselves."))
    if observer.stage != TrainerStage.LEAD:
        raise ObservationError("observer_not_lead", _(
            "%(observer)s is not a lead trainer: only lead trainers observe.")
            % {"observer": observer})
    accredited = observer.current_accreditations().filter(course_id=observation.run.course_id)
    if not accredited.exists():
        raise ObservationError("observer_not_accredited", _(
            "%(observer)s is not accredited for this course, so cannot observe it.")
            % {"observer": observer})


def _answer_rows(observation: Observation,
                 answers: Mapping[int, tuple[str, str]]) -> list[ObservationAnswer]:
    items = list(observation.checklist.items.order_by("sort_order", "pk"))
    rows = []
    for order, item in enumerate(items):
        rating, note = answers.get(item.pk, ("", ""))
        if rating not in FidelityRating.values:
            raise ObservationError("incomplete_checklist", _(
                "Say how each item went: “%(item)s” has no answer.") % {"item": item.text})
        rows.append(ObservationAnswer(observation=observation, item=item, item_text=item.text,
                                      rating=rating, note=note.strip(), sort_order=order))
    return rows
