"""Action plans: making one in a session, reviewing it at the next, and a trainer typing one in
from a paper form with the person's agreement.

A plan can be made from the day of its session until the next session starts (a plan from the
last session, for a week after it ends); it is reviewed once the next session has started or is
today, in the latest such session (a plan from the last session, from the next day on, after
the course). Trainers see a plan only when the person shares it. Nothing here logs what a plan
says.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from courses.models import (
    ON_REGISTER_STATUSES,
    ActionPlan,
    Enrolment,
    EnrolmentStatus,
    PlanOutcome,
    Session,
)
from courses.services.errors import DomainError

PLAN_DAYS_AFTER_LAST_SESSION = 7
NOTE_LENGTH = 1000


class ActionPlanError(DomainError):
    pass


@dataclass(frozen=True)
class PlanDetails:
    """What a plan says, as the form gives it."""

    what: str
    confidence: int
    how_much: str = ""
    when: str = ""
    how_often: str = ""
    shared_with_trainers: bool = False


# --- when plans open and close -----------------------------------------------------------------

def started_or_today(session: Session, now: datetime) -> bool:
    return session.starts_at <= now or (timezone.localdate(session.starts_at)
                                         == timezone.localdate(now))


def _run_sessions(session: Session) -> list[Session]:
    """The sessions of ``session``'s run in order (through the run's relation, so a list of
    enrolments can prefetch them)."""
    return list(session.run.sessions.all())


def _next_after(session: Session, sessions: list[Session]) -> Session | None:
    later = [other for other in sessions if other.starts_at > session.starts_at]
    return later[0] if later else None


def plan_closes_at(session: Session, sessions: list[Session]) -> datetime:
    following = _next_after(session, sessions)
    if following is not None:
        return following.starts_at
    return session.ends_at + timedelta(days=PLAN_DAYS_AFTER_LAST_SESSION)


def open_for_plans(session: Session, sessions: list[Session], now: datetime) -> bool:
    return started_or_today(session, now) and now < plan_closes_at(session, sessions)


def review_opening(plan: ActionPlan, sessions: list[Session], now: datetime
                   ) -> tuple[bool, Session | None]:
    """Whether ``plan`` can be reviewed now, and the session it is reviewed in (None for a
    plan from the last session, reviewed after the course)."""
    later = [other for other in sessions if other.starts_at > plan.session.starts_at]
    come = [other for other in later if started_or_today(other, now)]
    if come:
        return True, come[-1]
    after_course = not later and timezone.localdate(now) > timezone.localdate(
        plan.session.starts_at)
    return after_course, None


# --- the rules ---------------------------------------------------------------------------------

def _check_place(enrolment: Enrolment, session: Session) -> None:
    if enrolment.status not in ON_REGISTER_STATUSES:
        raise ActionPlanError("no_place", _("Only people with a place on the course make "
                                            "action plans in its sessions."))
    if session.run_id != enrolment.run_id:
        raise ActionPlanError("other_run", _("That session is on another course."))


def _check_details(details: PlanDetails) -> None:
    if not details.what.strip():
        raise ActionPlanError("nothing_planned", _("Say what you will do."))
    if not (isinstance(details.confidence, int) and 0 <= details.confidence <= 10):
        raise ActionPlanError("out_of_range", _("Choose how confident you are, from 0 to 10."))


def _check_open(session: Session, now: datetime, *, by_staff: bool) -> None:
    if not started_or_today(session, now):
        raise ActionPlanError("not_yet", _("You can make an action plan on the day of the "
                                           "session."))
    if not by_staff and now >= plan_closes_at(session, _run_sessions(session)):
        raise ActionPlanError("closed", _("The plan for that session has closed: make one "
                                          "for your latest session instead."))


def plan_opening(enrolment: Enrolment, session: Session, *, now: datetime | None = None,
                 by_staff: bool = False) -> ActionPlan | None:
    """Check that ``enrolment`` may have a plan made for ``session`` now, by themselves or
    (``by_staff``) by a trainer from paper; the plan already made there, if any."""
    now = now or timezone.now()
    _check_place(enrolment, session)
    _check_open(session, now, by_staff=by_staff)
    existing = ActionPlan.objects.filter(enrolment=enrolment, session=session).first()
    if existing is not None and existing.is_reviewed:
        raise ActionPlanError("already_reviewed", _(
            "This plan has been reviewed already, so it stays as it was."))
    return existing


@transaction.atomic
def make_plan(enrolment: Enrolment, session: Session, details: PlanDetails, *,
              now: datetime | None = None, entered_by: User | None = None) -> ActionPlan:
    """Make someone's action plan for ``session``, or replace the one they made there while it
    is open and not yet reviewed. ``entered_by``: a trainer or coordinator typing it in from
    paper (see ``enter_for_participant``), who may do so for any session that has started."""
    now = now or timezone.now()
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)  # one per double tap
    _check_details(details)
    existing = plan_opening(enrolment, session, now=now, by_staff=entered_by is not None)
    if (entered_by is not None and existing is not None and existing.entered_by_id is None
            and not existing.shared_with_trainers):
        raise ActionPlanError("made_by_them", _(
            "They have made their own plan for this session, so it stays as they wrote it."))
    plan = existing or ActionPlan(enrolment=enrolment, session=session, created_at=now)
    plan.what, plan.how_much = details.what.strip(), details.how_much.strip()
    plan.when, plan.how_often = details.when.strip(), details.how_often.strip()
    plan.confidence = details.confidence
    plan.shared_with_trainers = details.shared_with_trainers
    plan.entered_by, plan.updated_at = entered_by, now
    plan.save()
    return plan


def check_reviewable(plan: ActionPlan, *, now: datetime | None = None) -> Session | None:
    """Check that ``plan`` can be reviewed now; the session it would be reviewed in."""
    _check_place(plan.enrolment, plan.session)
    reviewable, in_session = review_opening(plan, _run_sessions(plan.session),
                                            now or timezone.now())
    if not reviewable:
        raise ActionPlanError("too_soon", _("You can say how it went from the next session."))
    return in_session


@transaction.atomic
def review_plan(plan: ActionPlan, outcome: str, *, note: str = "", now: datetime | None = None,
                entered_by: User | None = None) -> ActionPlan:
    """Record how a plan went (changing an earlier answer is fine), once its next session has
    come; it counts as reviewed in the latest session that has."""
    now = now or timezone.now()
    plan = ActionPlan.objects.select_for_update().select_related(
        "enrolment", "session__run").get(pk=plan.pk)
    if outcome not in PlanOutcome.values:
        raise ActionPlanError("unknown_outcome", _("Choose how it went."))
    if len(note) > NOTE_LENGTH:
        raise ActionPlanError("too_long", _("Keep the note to 1,000 characters."))
    in_session = check_reviewable(plan, now=now)
    plan.outcome, plan.review_note = outcome, note.strip()
    plan.reviewed_at, plan.reviewed_in, plan.review_entered_by = now, in_session, entered_by
    plan.save()
    return plan


@transaction.atomic
def enter_for_participant(enrolment: Enrolment, session: Session,
                          details: PlanDetails | None, *, by: User, agreed: bool,
                          review_of: ActionPlan | None = None, outcome: str = "",
                          note: str = "", now: datetime | None = None) -> ActionPlan:
    """A trainer delivering the run, or a coordinator, types in someone's plan (and how their
    last one went) from the paper form they filled in at ``session``: only with their
    agreement, marked as entered by ``by``."""
    if not agreed:
        raise ActionPlanError("no_agreement", _(
            "Only enter someone's action plan when they have agreed to it."))
    if not enrolment.run.lets_run_register(by):
        raise ActionPlanError("not_theirs", _("Only the run's trainers and coordinators can "
                                              "enter someone's action plan."))
    if details is None and not outcome:
        raise ActionPlanError("nothing_to_save", _(
            "Write what they plan to do, or how their last plan went."))
    reviewed = _review_for(enrolment, review_of, outcome, note=note, now=now, by=by) \
        if outcome else None
    if details is None:
        return reviewed
    return make_plan(enrolment, session, details, now=now, entered_by=by)


def _review_for(enrolment: Enrolment, plan: ActionPlan | None, outcome: str, *, note: str,
                now: datetime | None, by: User) -> ActionPlan:
    if plan is None or plan.enrolment_id != enrolment.pk or not plan.shared_with_trainers:
        raise ActionPlanError("not_shared", _("There is no plan they shared to review."))
    return review_plan(plan, outcome, note=note, now=now, entered_by=by)


# --- reading -----------------------------------------------------------------------------------

@dataclass
class MyPlans:
    """A person's plans for /my/: what they can do now, their current plans and past ones."""

    to_make: list[tuple[Enrolment, Session]] = field(default_factory=list)
    to_review: list[ActionPlan] = field(default_factory=list)
    current: list[ActionPlan] = field(default_factory=list)
    past: list[ActionPlan] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.to_make or self.to_review or self.current or self.past)


def for_dashboard(enrolments: list[Enrolment], *, now: datetime | None = None) -> MyPlans:
    """From someone's enrolments (loaded with their runs and courses): two queries at most,
    the runs' sessions (none when already prefetched, as /my/'s ratings do) and the plans (none
    when the enrolments carry ``has_action_plans`` and none has any, as most people's)."""
    now = now or timezone.now()
    on_register = [e for e in enrolments if e.status in ON_REGISTER_STATUSES]
    prefetch_related_objects(on_register, "run__sessions")
    with_plans = [e.pk for e in enrolments if getattr(e, "has_action_plans", True)]
    plans = list(ActionPlan.objects.of_enrolments(with_plans)) if with_plans else []
    by_pk = {enrolment.pk: enrolment for enrolment in enrolments}
    mine = MyPlans()
    latest: dict[int, ActionPlan] = {}
    for plan in plans:
        _describe(plan, by_pk[plan.enrolment_id], now)
        latest[plan.enrolment_id] = plan
        if plan.open_to_review and not plan.is_reviewed:
            mine.to_review.append(plan)
    for enrolment in on_register:
        opening = _session_to_plan(enrolment, now)
        made = {plan.session_id for plan in plans if plan.enrolment_id == enrolment.pk}
        if opening is not None and opening.pk not in made:
            mine.to_make.append((enrolment, opening))
    current = {plan.pk for plan in latest.values()
               if by_pk[plan.enrolment_id].status == EnrolmentStatus.CONFIRMED}
    mine.current = [plan for plan in reversed(plans) if plan.pk in current]
    mine.past = [plan for plan in reversed(plans) if plan.pk not in current]
    return mine


def _describe(plan: ActionPlan, enrolment: Enrolment, now: datetime) -> None:
    """Set what /my/ needs to show a plan, from its run's (prefetched) sessions."""
    plan.enrolment = enrolment
    sessions = list(enrolment.run.sessions.all()) \
        if enrolment.status in ON_REGISTER_STATUSES else []
    plan.session_number = next((number for number, session in enumerate(sessions, start=1)
                                if session.pk == plan.session_id), None)
    plan.open_to_change = bool(sessions) and not plan.is_reviewed and open_for_plans(
        plan.session, sessions, now)
    plan.open_to_review = bool(sessions) and review_opening(plan, sessions, now)[0]


def _session_to_plan(enrolment: Enrolment, now: datetime) -> Session | None:
    """The latest of the run's sessions open for a plan now, if any."""
    sessions = list(enrolment.run.sessions.all())
    open_now = [session for session in sessions if open_for_plans(session, sessions, now)]
    return open_now[-1] if open_now else None


def attach_shared_plans(roster: list[Enrolment], session: Session,
                        previous_session_id: int | None) -> None:
    """For the delivery view, in one query: set ``plan_to_review`` (the plan each person
    shared in the previous session) and ``plan_this_session`` (shared today) on each person
    in ``roster``; None where they shared none (or made none: nobody can tell which)."""
    sessions = [pk for pk in (previous_session_id,) if pk is not None]
    if started_or_today(session, timezone.now()):  # before that, nobody has a plan for it
        sessions.append(session.pk)
    plans = ActionPlan.objects.shared().filter(
        session_id__in=sessions, enrolment__in=[e.pk for e in roster]) if sessions else []
    found = {(plan.enrolment_id, plan.session_id): plan for plan in plans}
    for enrolment in roster:
        enrolment.plan_to_review = found.get((enrolment.pk, previous_session_id))
        enrolment.plan_this_session = found.get((enrolment.pk, session.pk))


def shared_plan_before(enrolment: Enrolment, session: Session) -> ActionPlan | None:
    """The latest plan ``enrolment`` shared with their trainers in a session before this one:
    what a trainer entering their paper form can record the review of."""
    return (ActionPlan.objects.shared().select_related("session")
            .filter(enrolment=enrolment, session__run_id=session.run_id,
                    session__starts_at__lt=session.starts_at)
            .order_by("-session__starts_at").first())
