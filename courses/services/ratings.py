"""Confidence self-ratings: when each moment is open, saving answers, scoring, and progress.

Only the participant ever reads their own ratings; this module never logs a value.
"""

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.db import transaction
from django.db.models import Case, Count, OuterRef, Subquery, When, prefetch_related_objects
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from courses.models import (
    ON_REGISTER_STATUSES,
    ConfidenceAnswer,
    ConfidenceRating,
    Enrolment,
    EnrolmentStatus,
    RatingMoment,
    Session,
)
from courses.services import feedback
from courses.services.errors import DomainError

TWO_PLACES = Decimal("0.01")


class RatingError(DomainError):
    pass


@dataclass(frozen=True)
class Opening:
    """A moment someone may rate now, or change their rating until ``closes_at``."""

    enrolment: Enrolment
    moment: str
    session: Session | None
    number: int | None  # the session's number in the run, for "after session 2"
    closes_at: datetime
    rating: ConfidenceRating | None = None


def score(values: list[int | None], statements: int) -> Decimal | None:
    """The mean of the answered statements, or None when more than a third were skipped (the
    usual rule for validated self-efficacy scales)."""
    answered = [value for value in values if value is not None]
    missing = statements - len(answered)
    if not answered or missing * 3 > statements:
        return None
    return (Decimal(sum(answered)) / len(answered)).quantize(TWO_PLACES, ROUND_HALF_UP)


def _windows(sessions: list[Session]) -> list[tuple]:
    """(moment, session, number, opens, closes) for each moment. A rating can be changed
    until the next moment opens: "before" from enrolling until the first session ends; after
    each session until the next one starts; the last session's is the end rating, open from
    its start for ``RATING_END_OPEN_DAYS`` after it ends."""
    end_closes = sessions[-1].ends_at + timedelta(days=settings.RATING_END_OPEN_DAYS)
    windows = [(RatingMoment.BEFORE, None, None, datetime.min.replace(tzinfo=UTC),
                sessions[0].ends_at)]
    for index, session in enumerate(sessions[:-1]):
        windows.append((RatingMoment.SESSION, session, index + 1, session.starts_at,
                        sessions[index + 1].starts_at))
    windows.append((RatingMoment.END, None, None, sessions[-1].starts_at, end_closes))
    return windows


def openings(enrolment: Enrolment, *, now: datetime | None = None,
             including_closed: bool = False) -> list[Opening]:
    """The moments this person may rate (or change) right now; ``including_closed``, every
    moment that has opened (staff entering a paper form that came in late). Reads the run's
    sessions and the enrolment's ratings through their relations, so a list of enrolments can
    prefetch them (see ``waiting_to_be_rated``)."""
    now = now or timezone.now()
    if (enrolment.status not in ON_REGISTER_STATUSES
            or not enrolment.run.course.specific.confidence_scale_id):
        return []
    sessions = list(enrolment.run.sessions.all())  # in the order they start
    if not sessions:
        return []
    existing = {(r.moment, r.session_id): r for r in enrolment.ratings.all()}
    return [
        Opening(enrolment, moment, session, number, closes,
                existing.get((moment, session and session.pk)))
        for moment, session, number, opens, closes in _windows(sessions)
        if opens <= now and (including_closed or now < closes)
        and not (moment == RatingMoment.BEFORE and enrolment.status != EnrolmentStatus.CONFIRMED)
    ]


def find_opening(enrolment: Enrolment, moment: str, session_id: int | None = None, *,
                 now: datetime | None = None, including_closed: bool = False) -> Opening:
    for opening in openings(enrolment, now=now, including_closed=including_closed):
        if opening.moment == moment and (opening.session and opening.session.pk) == session_id:
            return opening
    raise RatingError("not_open", _("This rating is not open just now."))


def save_rating(enrolment: Enrolment, moment: str, answers: dict[int, int | None], *,
                session_id: int | None = None, now: datetime | None = None,
                entered_by: User | None = None) -> ConfidenceRating:
    """Keep someone's answers for a moment (replacing earlier ones while it is still open).
    ``entered_by``: the trainer or coordinator typing them in for the person, who may do so
    for any moment that has opened."""
    with transaction.atomic():
        enrolment = Enrolment.objects.select_for_update().select_related("run__course").get(
            pk=enrolment.pk)
        opening = find_opening(enrolment, moment, session_id, now=now,
                               including_closed=entered_by is not None)
        scale = enrolment.run.course.specific.confidence_scale
        rating = opening.rating or ConfidenceRating(enrolment=enrolment, moment=moment,
                                                    session=opening.session, scale=scale)
        rating.entered_by = entered_by
        return keep_answers(rating, answers, now=now)


def keep_answers(rating: ConfidenceRating, answers: dict[int, int | None], *,
                 now: datetime | None = None) -> ConfidenceRating:
    """Check ``answers`` against the rating's scale, score them and keep them in place of any
    earlier ones (for an enrolment's moment here, for a self-paced place's in ``learning``)."""
    statements = {statement.pk for statement in rating.scale.statements.all()}
    if not set(answers) <= statements:
        raise RatingError("unknown_statement", _("Those answers are for another scale."))
    for value in answers.values():
        if value is not None and not (isinstance(value, int) and 0 <= value <= 10):
            raise RatingError("out_of_range", _("Each answer is a number from 0 to 10."))
    values = [answers.get(pk) for pk in statements]
    rating.score = score(values, len(statements))
    rating.updated_at = now or timezone.now()
    rating.answered = sum(value is not None for value in values)
    rating.statements = len(statements)
    rating.save()
    rating.answers.all().delete()
    ConfidenceAnswer.objects.bulk_create(
        ConfidenceAnswer(rating=rating, statement_id=pk, value=value)
        for pk, value in answers.items() if value is not None)
    return rating


@transaction.atomic
def answer(opening: Opening, answers: dict[int, int | None], *, comment: str | None = None,
           now: datetime | None = None) -> ConfidenceRating | None:
    """What the rating form does: keep the answers and, for a session's rating, the comment
    on its module, together. A first rating with nothing in it (every statement skipped, no
    comment) saves nothing and says so, rather than thanking someone for nothing."""
    answered = any(value is not None for value in answers.values())
    if not (answered or opening.rating or (comment or "").strip()):
        raise RatingError("nothing_to_save", _(
            "Choose a number for at least one statement (you can skip the others), or write a "
            "comment."))
    rating = None
    if answered or opening.rating:
        rating = save_rating(opening.enrolment, opening.moment, answers,
                             session_id=opening.session and opening.session.pk, now=now)
    if comment is not None and opening.session is not None:
        feedback.leave_feedback(opening.enrolment, opening.session, comment)
    return rating


def enter_for_participant(enrolment: Enrolment, moment: str, answers: dict[int, int | None], *,
                          by: User, agreed: bool, session_id: int | None = None,
                          now: datetime | None = None) -> ConfidenceRating:
    """A trainer delivering the run, or a coordinator, types in someone's answers from a
    paper form or a phone call. Only with the person's agreement; the rating is marked as
    entered by ``by`` and counts in the outcomes like any other."""
    if not agreed:
        raise RatingError("no_agreement", _(
            "Only enter someone's answers when they have agreed to it."))
    if not enrolment.run.lets_run_register(by):
        raise RatingError("not_theirs", _("Only the run's trainers and coordinators can enter "
                                          "someone's answers."))
    if not any(value is not None for value in answers.values()):
        raise RatingError("nothing_to_save", _("Choose a number for at least one statement."))
    return save_rating(enrolment, moment, answers, session_id=session_id, now=now,
                       entered_by=by)


def waiting_to_be_rated(enrolments: list[Enrolment], *, now: datetime | None = None
                        ) -> list[Opening]:
    """What a person could rate now and has not, from their enrolments (loaded with their runs
    and courses): shown on /my/. Fetches the runs' sessions and the ratings in a query each."""
    on_register = [enrolment for enrolment in enrolments
                   if enrolment.status in ON_REGISTER_STATUSES]
    prefetch_related_objects(on_register, "run__sessions", "ratings")
    return [opening for enrolment in on_register for opening in openings(enrolment, now=now)
            if opening.rating is None]


@dataclass(frozen=True)
class Point:
    label: str  # "Before", "Session 2", "End"
    short: str  # for a chart's axis: "Before", "2", "End"
    when: datetime
    score: Decimal | None


@dataclass
class Progress:
    """One course's ratings for one person, in order, with the change from before to end."""

    enrolment: Enrolment
    starts_at: datetime | None = None  # when the run began: tells two runs of a course apart
    points: list[Point] = field(default_factory=list)
    before: Decimal | None = None
    end: Decimal | None = None

    @property
    def change(self) -> Decimal | None:
        if self.before is None or self.end is None:
            return None
        return self.end - self.before


def progress(enrolments: list[Enrolment]) -> list[Progress]:
    """Every run someone has rated (the latest first), with its points in course order, in
    one query, from their enrolments (loaded with their runs, courses and venues)."""
    by_pk = {enrolment.pk: enrolment for enrolment in enrolments}
    earlier = (Session.objects.filter(run=OuterRef("session__run"),
                                      starts_at__lt=OuterRef("session__starts_at"))
               .order_by().values("run").annotate(n=Count("pk")).values("n"))
    order = Case(When(moment=RatingMoment.BEFORE, then=0), When(moment=RatingMoment.END, then=2),
                 default=1)
    first = (Session.objects.filter(run=OuterRef("enrolment__run")).order_by("starts_at")
             .values("starts_at")[:1])
    ratings = (ConfidenceRating.objects.filter(enrolment__in=list(by_pk))
               .select_related("session")
               .annotate(session_number=Coalesce(Subquery(earlier), 0) + 1, order=order,
                         run_starts_at=Subquery(first))
               .order_by("-enrolment_id", "order", "session__starts_at"))
    by_enrolment: dict[int, Progress] = {}
    for rating in ratings:
        entry = by_enrolment.setdefault(rating.enrolment_id,
                                        Progress(by_pk[rating.enrolment_id],
                                                 rating.run_starts_at))
        if rating.moment == RatingMoment.BEFORE:
            entry.before = rating.score
            label = short = _("Before")
        elif rating.moment == RatingMoment.END:
            entry.end = rating.score
            label = short = _("End")
        else:
            label = _("Session %(number)s") % {"number": rating.session_number}
            short = str(rating.session_number)
        entry.points.append(Point(label, short, rating.updated_at, rating.score))
    return list(by_enrolment.values())
