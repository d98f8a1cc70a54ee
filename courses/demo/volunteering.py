"""Demo volunteering: the demo volunteer's roles, the hours she gave on the Highland run under
way and two expense claims (one paid, one waiting); and someone who finished a course and
offered to help, waiting for a coordinator's call."""

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from accounts.models import User
from courses.demo.follow_ups import VOLUNTEER
from courses.models import CourseRun, FollowUp
from courses.services import volunteering
from trainers.models import ExpenseKind, ExpenseStatus, Volunteer, VolunteeringRole

OFFERED = "demo-participant-02@example.org"


def seed_volunteering(people: dict[str, User]) -> None:
    volunteer = User.objects.get(email=VOLUNTEER[0])
    task = FollowUp.objects.filter(volunteer=volunteer).select_related("enrolment__run").first()
    if task is None or Volunteer.objects.filter(user=volunteer, hours__isnull=False).exists():
        return
    run = task.enrolment.run
    record = volunteering.add_volunteer(
        volunteer, status="active", started_on=timezone.localdate() - timedelta(days=240),
        roles_held=[VolunteeringRole.FRIENDLY_CALLER, VolunteeringRole.SESSION_HELPER,
                    VolunteeringRole.GREETER], areas=[run.venue.area])
    _log_the_run(record, run)
    _claims(record, run, people["coordinator"])
    offered = User.objects.filter(email=OFFERED).first()
    if offered is not None:
        volunteering.offer_to_volunteer(
            offered, roles_wanted=[VolunteeringRole.STORY_SHARER, VolunteeringRole.WORKING_PARTY],
            note="I would like other people to hear how the course helped me.")


def _log_the_run(record: Volunteer, run: CourseRun) -> None:
    user = record.user
    sessions = list(run.sessions.filter(starts_at__lte=timezone.now()).order_by("starts_at"))
    first = timezone.localdate(sessions[0].starts_at)
    volunteering.log_hours(record, by=user, on=first, hours=Decimal("1"),
                           role=VolunteeringRole.GREETER, run=run,
                           note="Welcomed people at the door")
    for session in sessions:
        volunteering.log_hours(record, by=user, on=timezone.localdate(session.starts_at),
                               hours=Decimal("2.5"), role=VolunteeringRole.SESSION_HELPER,
                               run=run, note="Set up the room and made the tea")
    volunteering.log_hours(record, by=user, on=timezone.localdate() - timedelta(days=60),
                           hours=Decimal("0.5"), role=VolunteeringRole.FRIENDLY_CALLER,
                           place="From home", note="A call after a missed session")


def _claims(record: Volunteer, run: CourseRun, coordinator: User) -> None:
    user = record.user
    first = timezone.localdate(run.sessions.order_by("starts_at").first().starts_at)
    fares = volunteering.claim_expense(
        record, by=user, spent_on=first, amount=Decimal("12.40"), kind=ExpenseKind.TRAVEL,
        description="Bus to the first session and back", run=run)
    volunteering.decide_claim(fares, ExpenseStatus.APPROVED, by=coordinator)
    volunteering.decide_claim(fares, ExpenseStatus.PAID, by=coordinator,
                              paid_on=first + timedelta(days=5))
    volunteering.claim_expense(
        record, by=user, spent_on=first + timedelta(days=7), amount=Decimal("6.50"),
        kind=ExpenseKind.REFRESHMENTS, description="Milk and biscuits for session 2", run=run)
