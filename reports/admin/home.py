"""The coordinator's home panels: what needs attention today, each item linking to where it is
put right. Each ``build`` reads through ``courses``' querysets and services, returns its
template's context or None when there is nothing to do (``reports.home``), and takes a fixed
number of queries however many runs, sessions or people there are: lists show their first few
rows and say how many there are in all.

Courses are prefetched (a query for the few there are) rather than joined to every row: with
a course page's two wide tables in each join, PostgreSQL spent longer planning these queries
than running them (``bench/home.py``)."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Count, Exists, F, Min, OuterRef, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses.models import (
    VIEW_CONCERN,
    Certificate,
    Concern,
    CourseRun,
    Enrolment,
    EnrolmentStatus,
    Facilitation,
    FacilitationRole,
    FollowUp,
    FollowUpPriority,
    ImportBatch,
    ImportStatus,
    OutboxMessage,
    RunStatus,
    Session,
)
from courses.services import scheduling
from reports import home

SHOWN = 10  # rows a panel lists; the rest are one link away
SESSIONS_SHOWN = 30  # the rest of the two days are one link away, in the sessions listing
OFFER_WARNING = timedelta(hours=48)
COMPLETIONS_LOOK_BACK = timedelta(days=90)
MESSAGES_LOOK_BACK = timedelta(days=30)
LIVE = (RunStatus.OPEN, RunStatus.CLOSED)  # runs people can still come to


def first_rows(queryset: QuerySet, count: int = SHOWN) -> tuple[list, int]:
    """The first ``count`` rows and how many there are in all: two queries. (One, with the
    total as a window over the rows, costs more once there are many: every row would go
    through the joins that only the rows shown need.)"""
    return list(queryset[:count]), queryset.count()


def _midnight(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def _listing(url_name: str, **filters) -> str:
    url = reverse(url_name)
    return f"{url}?{urlencode(filters)}" if filters else url


# --- Today's and tomorrow's sessions --------------------------------------------------------

@dataclass(frozen=True)
class SessionRow:
    """One of today's or tomorrow's sessions, as the panel shows it (worked out here: the
    template stays a plain table, which keeps a long list quick to draw)."""

    day: date
    time: str
    course: str
    module: str
    where: str
    trainers: str  # empty: nobody is on the run
    places: str
    register: str
    register_needs_doing: bool
    schedule_url: str
    register_url: str


def sessions_soon(request) -> dict | None:
    today = timezone.localdate()
    days = [today, today + timedelta(days=1)]
    sessions = list(
        Session.objects.filter(starts_at__gte=_midnight(today),
                               starts_at__lt=_midnight(today + timedelta(days=2)))
        .exclude(run__status=RunStatus.CANCELLED).with_register_counts()
        .select_related("run__venue__area").prefetch_related("run__course", "module")
        .order_by("starts_at", "pk")[:SESSIONS_SHOWN + 1])
    if not sessions:
        return None
    rows = session_rows(sessions[:SESSIONS_SHOWN])
    return {
        "days": [(day, label, [row for row in rows if row.day == day]) for day, label in
                 zip(days, [_("Today"), _("Tomorrow")], strict=True)],
        "more_url": _listing("session:index", dates_from=days[0].isoformat(),
                             dates_to=days[1].isoformat())
        if len(sessions) > SESSIONS_SHOWN else None,
    }


def session_rows(sessions: list[Session]) -> list[SessionRow]:
    """The sessions with their runs' places taken and trainers, and what each register says:
    two queries for all of them."""
    run_ids = {session.run_id for session in sessions}
    places = dict(CourseRun.objects.filter(pk__in=run_ids).with_places()
                  .values_list("pk", "places_taken"))
    trainers = defaultdict(list)
    facilitations = Facilitation.objects.filter(run_id__in=run_ids).select_related("trainer__user")
    for facilitation in sorted(facilitations, key=_lead_first):
        trainers[facilitation.run_id].append(
            f"{facilitation.trainer.user} ({facilitation.get_role_display().lower()})")
    now = timezone.now()
    return [_session_row(session, places.get(session.run_id, 0),
                         ", ".join(trainers[session.run_id]), now) for session in sessions]


def _session_row(session: Session, taken: int, trainers: str, now: datetime) -> SessionRow:
    run, starts_at = session.run, timezone.localtime(session.starts_at)
    register, needs_doing = register_state(session, now)
    return SessionRow(
        day=starts_at.date(),
        time=f"{starts_at:%H:%M}–{timezone.localtime(session.ends_at):%H:%M}",
        course=run.course.title, module=session.module.title if session.module else "",
        where=_where(run.venue), trainers=trainers,
        places=_("%(taken)d of %(capacity)d") % {"taken": taken, "capacity": run.capacity},
        register=register, register_needs_doing=needs_doing,
        schedule_url=reverse("course_runs:schedule", args=[run.pk]),
        register_url=reverse("courses:trainer_session", args=[session.pk]))


def _where(venue) -> str:
    if venue.is_online:
        return _("Online")
    return f"{venue.name}, {venue.area.name}" if venue.area else venue.name


def _lead_first(facilitation: Facilitation) -> tuple[int, int]:
    return list(FacilitationRole).index(facilitation.role), facilitation.pk


def register_state(session: Session, now: datetime) -> tuple[str, bool]:
    """What the register says, in words, and whether someone should act on it now."""
    if session.marked == 0:
        over = session.ends_at <= now
        return (_("Not taken") if over else _("Not yet taken")), over
    if session.marked < session.people:
        return _("Partly taken: %(marked)d of %(people)d marked") % {
            "marked": session.marked, "people": session.people}, True
    return _("Taken"), False


# --- Runs that cannot open yet ----------------------------------------------------------------

def runs_not_ready(request) -> dict | None:
    """Draft runs and why each cannot open yet, by the rule ``open_run`` applies."""
    # Only what the list shows, and the few courses fetched once rather than joined to every
    # draft: with a few hundred drafts, building a page per row was most of the time.
    drafts = list(CourseRun.objects.filter(status=RunStatus.DRAFT)
                  .annotate(first_starts_at=Min("sessions__starts_at"))
                  .select_related("venue").only("course", "venue__name")
                  .prefetch_related("course")
                  .order_by(F("first_starts_at").asc(nulls_last=True), "pk"))
    not_ready = scheduling.runs_not_ready_to_open(drafts)
    if not not_ready:
        return None
    return {"runs": not_ready[:SHOWN], "count": len(not_ready),
            "ready": len(drafts) - len(not_ready),
            "drafts_url": _listing("course_runs:index", status=RunStatus.DRAFT)}


# --- Waiting lists and offers about to end ----------------------------------------------------

def waiting_and_offers(request) -> dict | None:
    waiting = Enrolment.objects.filter(status=EnrolmentStatus.WAITLISTED, run__status__in=LIVE)
    totals = waiting.aggregate(people=Count("pk"), runs=Count("run", distinct=True))
    runs = _longest_waiting_lists(waiting)
    offers, offer_count = first_rows(
        Enrolment.objects.filter(status=EnrolmentStatus.OFFERED,
                                 offer_expires_at__lte=timezone.now() + OFFER_WARNING)
        .select_related("user", "run__venue").prefetch_related("run__course")
        .order_by("offer_expires_at", "pk"))
    if not totals["people"] and not offers:
        return None
    return {"runs": runs, "people_waiting": totals["people"], "runs_waiting": totals["runs"],
            "offers": offers, "offer_count": offer_count, "now": timezone.now(),
            "hours": OFFER_WARNING // timedelta(hours=1),
            "waiting_url": _listing("enrolment:index", status=EnrolmentStatus.WAITLISTED),
            "offers_url": _listing("enrolment:index", status=EnrolmentStatus.OFFERED)}


def _longest_waiting_lists(waiting: QuerySet) -> list[CourseRun]:
    """The runs with the most people waiting, each with ``waiting`` and its places. Counted
    on the enrolments first: grouping runs joined to their enrolments (and their places,
    counted run by run) costs PostgreSQL far more."""
    longest = dict(waiting.order_by().values("run").annotate(n=Count("pk"))
                   .order_by("-n", "run").values_list("run", "n")[:SHOWN])
    runs = (CourseRun.objects.filter(pk__in=longest).with_places()
            .select_related("venue").prefetch_related("course"))
    for run in runs:
        run.waiting = longest[run.pk]
    return sorted(runs, key=lambda run: (-run.waiting, run.pk))


# --- Completions changed after the run closed ---------------------------------------------------

def completions_changed(request) -> dict | None:
    """Places whose completion a corrected register changed after the run closed, recently
    (there is no "checked" mark to clear them by), with whether a certificate still stands."""
    valid_certificate = Certificate.objects.filter(enrolment=OuterRef("pk"),
                                                   revoked_at__isnull=True, erased_at__isnull=True)
    changed, count = first_rows(
        Enrolment.objects.filter(completion_changed_at__gte=timezone.now()
                                 - COMPLETIONS_LOOK_BACK)
        .annotate(certificate_stands=Exists(valid_certificate))
        .select_related("user", "run__venue").prefetch_related("run__course")
        .order_by("-completion_changed_at", "pk"))
    if not changed:
        return None
    return {"enrolments": changed, "count": count,
            "days": COMPLETIONS_LOOK_BACK.days,
            "all_url": _listing("enrolment:index", completion_changed="true")}


# --- Messages given up on, imports waiting ------------------------------------------------------

def failed_messages(request) -> dict | None:
    messages, count = first_rows(
        OutboxMessage.objects.filter(failed_at__gte=timezone.now() - MESSAGES_LOOK_BACK)
        .select_related("recipient").order_by("-failed_at", "pk"))
    if not messages:
        return None
    return {"messages": messages, "count": count, "days": MESSAGES_LOOK_BACK.days,
            "all_url": _listing("outboxmessage:index")}


def imports_waiting(request) -> dict | None:
    """Files checked but neither saved nor discarded. Only the person who uploaded one can
    save it, so the others' link to their run."""
    batches, count = first_rows(
        ImportBatch.objects.filter(status=ImportStatus.PREVIEWED)
        .select_related("run__venue", "uploaded_by").prefetch_related("run__course")
        .order_by("created_at", "pk"))
    if not batches:
        return None
    return {"batches": batches, "count": count,
            "all_url": _listing("importbatch:index", status=ImportStatus.PREVIEWED)}


# --- Follow-ups and concerns --------------------------------------------------------------------

def open_follow_ups(request) -> dict | None:
    tasks, count = first_rows(
        FollowUp.objects.open().select_related("enrolment__user", "volunteer")
        .prefetch_related("enrolment__run__course")
        .order_by("-priority", "-last_missed_at", "-pk"))
    if not tasks:
        return None
    return {"tasks": tasks, "count": count, "high": FollowUpPriority.HIGH,
            "all_url": _listing("courses_follow_ups")}


def open_concerns(request) -> dict | None:
    """Open concerns by number, kind and date only: never who they are about, nor the words."""
    concerns, count = first_rows(Concern.objects.open().only("pk", "kind", "raised_at")
                                 .order_by("-raised_at", "pk"))
    if not concerns:
        return None
    return {"concerns": concerns, "count": count, "all_url": _listing("courses_concerns")}


# Our panels (``register_home_panels``): name, heading, build, permission, the words for
# nothing to do. Each has its template at reports/home/<name>.html.
PANELS = [
    ("sessions_soon", gettext_lazy("Today's and tomorrow's sessions"), sessions_soon,
     "courses.view_session", gettext_lazy("No sessions today or tomorrow.")),
    ("runs_not_ready", gettext_lazy("Runs that cannot open yet"), runs_not_ready,
     "courses.view_courserun",
     gettext_lazy("No draft run is waiting for sessions or trainers.")),
    ("waiting", gettext_lazy("Waiting lists and offers"), waiting_and_offers,
     "courses.view_enrolment",
     gettext_lazy("Nobody is waiting for a place, and no offer ends soon.")),
    ("completions_changed", gettext_lazy("Completions changed after the run closed"),
     completions_changed, "courses.view_enrolment",
     gettext_lazy("No completion has changed after a run closed recently.")),
    ("failed_messages", gettext_lazy("Messages that could not be sent"), failed_messages,
     "courses.view_outboxmessage", gettext_lazy("No message has failed recently.")),
    ("imports_waiting", gettext_lazy("Imports waiting to be saved"), imports_waiting,
     "courses.view_importbatch", gettext_lazy("No import is waiting to be saved.")),
    ("follow_ups", gettext_lazy("Follow-ups after missed sessions"), open_follow_ups,
     "courses.view_followup", gettext_lazy("No follow-up is waiting.")),
    ("concerns", gettext_lazy("Open concerns"), open_concerns, VIEW_CONCERN,
     gettext_lazy("No concern is open.")),
]


def register_home_panels() -> None:
    """Our panels on the coordinator's home, in the order listed (10, 20, …)."""
    for position, (name, heading, build, permission, empty) in enumerate(PANELS, start=1):
        home.register_panel(name, heading=heading, build=build,
                            template=f"reports/home/{name}.html", permission=permission,
                            empty=empty, order=position * 10)
