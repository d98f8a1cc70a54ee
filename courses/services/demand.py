"""Demand requests: "tell me when there's a course near me". Every path that records, tells,
closes or withdraws one comes here: the course page's form, ``/my/``, opening a run
(``scheduling.open_run``), enrolling (``enrolment.enrol``) and the daily expiry.

A request waits (``open``) until a run of its course opens that fits it; the person is then told
once per request and run (the outbox key), and the request stays waiting (``told``) in case
that run did not suit after all. It closes when they enrol on any run of the course, when they
withdraw it, or a year after they made it.
"""

from datetime import datetime

from celery import current_app
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import Consent, ConsentPurpose, User
from accounts.services.consent import give_consent
from accounts.services.profile import ContactError, create_participant_for
from accounts.services.submissions import Submission
from courses.models import (
    CoursePage,
    CourseRun,
    DemandRequest,
    DemandStatus,
    OutboxMessage,
    RunStatus,
    TimeOfDay,
)
from courses.models.demand import ACTIVE_STATUSES, time_of_day
from courses.models.scheduling import RUN_LANGUAGES, AccessFeature, Area
from courses.services.errors import DemandError
from courses.services.outbox import owe_emails

MESSAGE_KIND = "course_nearby"
TELL_TASK = "courses.tasks.tell_people_about_run_task"  # by name: the tasks module imports this


def record_demand(person: User, course: CoursePage, *, area: Area, language: str, times: str,
                  online_ok: bool, access_needs: list[str], consented: bool,
                  now: datetime | None = None) -> DemandRequest:
    """Record that ``person`` wants to hear when ``course`` runs in ``area`` (or online, if
    that would do) in ``language`` at ``times`` with ``access_needs`` met. Asking again for
    the same course and area changes the request already waiting, which keeps its place."""
    course = _group_course(course)
    _check_wish(language, times, access_needs)
    if not consented:
        raise DemandError("no_consent", _(
            "We need your agreement to contact you about this course."))
    if not person.reachable_by():
        raise DemandError("unreachable", _(
            "We have no way to reach you: add a phone number or an e-mail address first."))
    wish = {"language": language, "times": times, "online_ok": online_ok,
            "access_needs": [f for f in AccessFeature.values if f in set(access_needs)]}
    with transaction.atomic():
        give_consent(person, ConsentPurpose.HEAR_OF_COURSES_NEARBY)
        return _keep_one_waiting(person, course, area, wish, now or timezone.now())


def record_visitor_demand(course: CoursePage, *, full_name: str, email: str = "",
                          phone: str = "", preferred_language: str,
                          submission_key: str = "", **wish) -> DemandRequest | None:
    """The same for someone without an account (or not logged in): a person is made for them
    (``create_participant_for``, so no e-mail is needed), reached by the ``email`` or ``phone``
    they gave and written to in ``preferred_language``. Sending the form twice records it once.

    An e-mail address that already has an account records nothing and answers as if it had:
    saying otherwise would tell anyone who types an address that its owner uses this service.
    """
    if not (email.strip() or str(phone).strip()):
        raise DemandError("no_contact", _("Give a phone number or an e-mail address, so that "
                                          "we can tell you."))
    if email and User.objects.filter(email__iexact=email.strip()).exists():
        return None
    try:
        with transaction.atomic():
            person = create_participant_for(email.strip().lower(), full_name, phone=phone,
                                            language=preferred_language)
            Submission(person, submission_key).claim()
            return record_demand(person, course, **wish)
    except ContactError as error:
        raise DemandError(error.code, error.message) from error


def withdraw_demand(demand: DemandRequest, *, now: datetime | None = None) -> DemandRequest:
    """The person no longer wants to hear. Withdrawing twice is harmless."""
    _close(DemandRequest.objects.filter(pk=demand.pk), DemandStatus.WITHDRAWN, now)
    demand.refresh_from_db()
    return demand


def close_on_enrolment(person: User, course: CoursePage, *, now: datetime | None = None) -> int:
    """``person`` took a place (or a waiting-list place) on a run of ``course``: every
    request of theirs for it is done. Returns how many closed."""
    waiting = DemandRequest.objects.filter(person=person, course_id=course.pk)
    return _close(waiting, DemandStatus.ENROLLED, now)


def close_expired_requests(now: datetime | None = None) -> int:
    """Close every request made a year or more ago. Safe to run twice."""
    now = now or timezone.now()
    return _close(DemandRequest.objects.filter(created_at__lte=_a_year_before(now)),
                  DemandStatus.EXPIRED, now)


def tell_when_open(run: CourseRun) -> None:
    """After this transaction commits, tell everyone waiting whom ``run`` suits (in a task:
    it may be many people)."""
    transaction.on_commit(lambda: current_app.tasks[TELL_TASK].delay(run.pk))


def requests_suited_by(run: CourseRun) -> list[DemandRequest]:
    """The waiting requests ``run`` fits: its course; its area, or anyone who would go online
    when it is online; its language; its sessions' time of day; everything they need for
    access. Only people who still agree to be told."""
    place = Q(online_ok=True) if run.venue.is_online else Q(area_id=run.venue.area_id)
    times = {TimeOfDay.EITHER, time_of_day(list(run.sessions.values_list("starts_at",
                                                                          flat=True)))}
    agreed = Consent.objects.current().filter(user=OuterRef("person_id"),
                                              purpose=ConsentPurpose.HEAR_OF_COURSES_NEARBY)
    waiting = (DemandRequest.objects.active().filter(place, Exists(agreed),
                                                     course_id=run.course_id,
                                                     language=run.language, times__in=times)
               .select_related("person"))
    return [demand for demand in waiting if run.offers_all(demand.access_needs)]


def tell_people_about(run: CourseRun, *, now: datetime | None = None) -> int:
    """Tell each person whose request ``run`` fits, once per request and run, by the way they
    prefer. Nothing for a run that is not open. Returns how many were newly told."""
    now = now or timezone.now()
    run = CourseRun.objects.select_related("venue").get(pk=run.pk)
    if run.status != RunStatus.OPEN:
        return 0
    suited = {_key(demand, run): demand for demand in requests_suited_by(run)}
    told_before = set(OutboxMessage.objects.filter(key__in=list(suited))
                      .values_list("key", flat=True))
    newly = [demand for key, demand in suited.items() if key not in told_before]
    with transaction.atomic():
        owe_emails(MESSAGE_KIND, [(demand.person, _key(demand, run),
                                   {"demand": demand.pk, "run": run.pk}) for demand in newly])
        told = DemandRequest.objects.filter(pk__in=[demand.pk for demand in newly])
        told.update(told_at=now)
        told.filter(status=DemandStatus.OPEN).update(status=DemandStatus.TOLD)
    return len(newly)


# --- helpers ---------------------------------------------------------------------------------

def _group_course(course: CoursePage) -> CoursePage:
    """The English page (the one runs belong to) of a group course."""
    course = course.specific.original()
    if course.is_self_paced:
        raise DemandError("self_paced", _(
            "This is a self-paced module you can start online at any time."))
    return course


def _check_wish(language: str, times: str, access_needs: list[str]) -> None:
    if language not in {code for code, _label in RUN_LANGUAGES}:
        raise DemandError("bad_language", _("Choose one of the languages listed."))
    if times not in TimeOfDay.values:
        raise DemandError("bad_times", _("Choose daytime, evening or either."))
    if not set(access_needs) <= set(AccessFeature.values):
        raise DemandError("bad_access_need", _("Choose from the access needs listed."))


def _keep_one_waiting(person: User, course: CoursePage, area: Area, wish: dict,
                      now: datetime) -> DemandRequest:
    """The request waiting for this person, course and area, changed to ``wish``; or a new
    one. A request sent twice at the same moment is caught by the unique constraint."""
    waiting = DemandRequest.objects.active().filter(person=person, course=course, area=area)
    demand = waiting.select_for_update().first()
    if demand is None:
        try:
            with transaction.atomic():
                return DemandRequest.objects.create(person=person, course=course, area=area,
                                                    created_at=now, **wish)
        except IntegrityError:  # a concurrent request made it first
            demand = waiting.select_for_update().get()
    for name, value in wish.items():
        setattr(demand, name, value)
    demand.save(update_fields=list(wish))
    return demand


def _close(requests, status: str, now: datetime | None) -> int:
    return requests.filter(status__in=ACTIVE_STATUSES).update(
        status=status, closed_at=now or timezone.now())


def _key(demand: DemandRequest, run: CourseRun) -> str:
    return f"{MESSAGE_KIND}:{demand.pk}:{run.pk}"


def _a_year_before(now: datetime) -> datetime:
    try:
        return now.replace(year=now.year - 1)
    except ValueError:  # 29 February
        return now.replace(year=now.year - 1, day=28)
