"""Working through a self-paced course alone: where someone is and where to take them back to,
the time they spend (honestly: active time, capped per visit), the notes they keep, their
knowledge-check attempts, and — for a participant — their place on the course, its confidence
ratings and its certificate. What a member of staff's course ends in (a CPD entry with a
reflective account) is ``courses.services.cpd``'s.

Everything is recorded against the English pages, matched by translation key, so a person can
switch language half-way and keep their place."""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.db.models import Count, F, Min, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts import roles
from accounts.models import User
from courses.models import (
    Audience,
    ConfidenceRating,
    CoursePage,
    CPDEntry,
    CPDMethod,
    KnowledgeCheckAnswer,
    KnowledgeCheckAttempt,
    LearnerNote,
    ModulePage,
    ModuleProgress,
    ModuleVisit,
    RatingMoment,
    SelfPacedPlace,
)
from courses.services import certificates, ratings
from courses.services.errors import DomainError

# A visit counts for at most this long, however long the page stays open and in use.
VISIT_CAP_SECONDS = 60 * 60
# Allowance for the page's clock and the network, on top of the time since the visit began.
CLOCK_SLACK_SECONDS = 5
NOTES_BLOCKS = ("try_this", "reflection")
NOTE_MAX_LENGTH = 5000
# Question-level pass rates are shown only when at least this many people answered.
SMALLEST_GROUP = 5


class LearningError(DomainError):
    pass


def is_cpd_course(course: CoursePage) -> bool:
    return course.is_self_paced and course.audience == Audience.HEALTH_STAFF


def may_record(user: User, course: CoursePage) -> bool:
    """Whether ``user``'s work on ``course`` is recorded: anyone signed in on a participants'
    course; health and care staff (who have given their professional details) on a CPD one."""
    if not (user.is_authenticated and course.is_self_paced):
        return False
    return not is_cpd_course(course) or roles.has_role(user, roles.HEALTH_STAFF)


def _course_of(module: ModulePage) -> CoursePage:
    course = module.get_parent().specific
    if not isinstance(course, CoursePage) or not course.is_self_paced:
        raise LearningError("not_self_paced", _("This module is part of a group course, not a "
                                                "self-paced one."))
    return course


def _check_may_record(user: User, course: CoursePage) -> None:
    if may_record(user, course):
        return
    if is_cpd_course(course) and user.is_authenticated:
        raise LearningError("not_staff", _("Add your professional details to keep a CPD log."))
    raise LearningError("not_signed_in", _("Sign in to keep your progress."))


# --- where someone is -------------------------------------------------------------------------

@dataclass(frozen=True)
class ModuleStep:
    module: ModulePage
    done: bool
    seconds: int
    has_check: bool
    visited_at: datetime | None


@dataclass(frozen=True)
class CourseProgress:
    course: CoursePage
    steps: list[ModuleStep]
    entry: CPDEntry | None = None  # a member of staff's, once finished
    place: SelfPacedPlace | None = None  # a participant's

    @property
    def done(self) -> int:
        return sum(step.done for step in self.steps)

    @property
    def all_done(self) -> bool:
        return bool(self.steps) and self.done == len(self.steps)

    @property
    def next_module(self) -> ModulePage | None:
        return next((step.module for step in self.steps if not step.done), None)

    @property
    def resume_module(self) -> ModulePage | None:
        """Where to take them back to: the module not yet done that they opened last, else the
        first not done."""
        opened = [step for step in self.steps if step.visited_at and not step.done]
        if opened:
            return max(opened, key=lambda step: step.visited_at).module
        return self.next_module

    @property
    def started(self) -> bool:
        return any(step.visited_at for step in self.steps) or self.place is not None

    @property
    def seconds(self) -> int:
        return sum(step.seconds for step in self.steps)

    @property
    def finished(self) -> bool:
        return self.entry is not None or bool(self.place and self.place.finished)


def progress(user: User, course: CoursePage) -> CourseProgress:
    """How far ``user`` is through ``course``, in the language of the page given, in three
    queries however many modules it has (its modules are the page's list, fetched once)."""
    modules = course.live_modules
    if not user.is_authenticated:
        return CourseProgress(course, [ModuleStep(m, False, 0, _has_check(m), None)
                                       for m in modules])
    kept = {row.module.translation_key: row for row in ModuleProgress.objects.filter(
        user=user, module__translation_key__in=[m.translation_key for m in modules],
    ).select_related("module").only("module__translation_key", "completed_at",
                                    "active_seconds", "last_visited_at")}
    steps = [_step(module, kept.get(module.translation_key)) for module in modules]
    if is_cpd_course(course):
        entry = CPDEntry.objects.filter(user=user, course__translation_key=course.translation_key,
                                        method=CPDMethod.E_LEARNING).first()
        return CourseProgress(course, steps, entry=entry)
    place = SelfPacedPlace.objects.filter(
        user=user, course__translation_key=course.translation_key).first()
    return CourseProgress(course, steps, place=place)


def _step(module: ModulePage, row: ModuleProgress | None) -> ModuleStep:
    if row is None:
        return ModuleStep(module, False, 0, _has_check(module), None)
    return ModuleStep(module, row.done, row.active_seconds, _has_check(module),
                      row.last_visited_at)


def _has_check(module: ModulePage) -> bool:
    # From the stored blocks: turning the body into Python would fetch its documents.
    return any(block["type"] == "knowledge_check" for block in module.body.raw_data)


def open_module(user: User, module: ModulePage, *, now: datetime | None = None) -> None:
    """Someone signed in opened a self-paced module: it is where they are now. Never refuses:
    a page that cannot record simply does not."""
    course = module.get_parent().specific
    if not (isinstance(course, CoursePage) and may_record(user, course)):
        return
    now = now or timezone.now()
    row, created = ModuleProgress.objects.get_or_create(
        user=user, module=module.original(), defaults={"started_at": now,
                                                       "last_visited_at": now})
    if not created:
        ModuleProgress.objects.filter(pk=row.pk).update(last_visited_at=now)


# --- time -------------------------------------------------------------------------------------

@transaction.atomic
def record_time(user: User, module: ModulePage, *, key: uuid.UUID, seconds: int,
                now: datetime | None = None) -> int:
    """The page reports the active seconds of one visit (named by ``key``) so far. What is kept
    only grows, and never passes the time since the visit's first report nor the cap; the
    module's total grows by the difference. Returns the seconds kept for the visit."""
    now = now or timezone.now()
    original = module.original()
    visit, _created = ModuleVisit.objects.select_for_update().get_or_create(
        user=user, key=key, defaults={"module": original, "started_at": now})
    if visit.module_id != original.pk:
        raise LearningError("other_module", _("That visit was to another module."))
    elapsed = int((now - visit.started_at).total_seconds()) + CLOCK_SLACK_SECONDS
    kept = max(visit.seconds, min(max(int(seconds), 0), elapsed, VISIT_CAP_SECONDS))
    added = kept - visit.seconds
    if added:
        visit.seconds = kept
        visit.save(update_fields=["seconds"])
        row, _made = ModuleProgress.objects.get_or_create(
            user=user, module=original, defaults={"started_at": visit.started_at})
        ModuleProgress.objects.filter(pk=row.pk).update(active_seconds=F("active_seconds")
                                                        + added)
    return kept


# --- notes ------------------------------------------------------------------------------------

def notes_for(user: User, module: ModulePage) -> dict[str, str]:
    """The person's notes on ``module``, by notes box."""
    if not user.is_authenticated:
        return {}
    return dict(LearnerNote.objects.filter(
        user=user, module__translation_key=module.translation_key).values_list("block", "text"))


@transaction.atomic
def save_note(user: User, module: ModulePage, block_id: str, text: str, *,
              now: datetime | None = None) -> LearnerNote | None:
    """Keep what someone wrote in one of a module's notes boxes; an empty box removes the
    note. Private to them."""
    _check_may_record(user, _course_of(module))
    if block_id not in {block["id"] for block in module.body.raw_data
                        if block["type"] in NOTES_BLOCKS}:
        raise LearningError("not_a_notes_box", _("That notes box is not on this module."))
    text = text.strip()
    if len(text) > NOTE_MAX_LENGTH:
        raise LearningError("too_long", _("Notes can be up to %(count)d characters long.")
                            % {"count": NOTE_MAX_LENGTH})
    if not text:
        LearnerNote.objects.filter(user=user, module=module.original(), block=block_id).delete()
        return None
    note, _created = LearnerNote.objects.update_or_create(
        user=user, module=module.original(), block=block_id,
        defaults={"text": text, "updated_at": now or timezone.now()})
    return note


# --- knowledge checks -------------------------------------------------------------------------

@dataclass(frozen=True)
class Option:
    id: str
    text: str
    correct: bool
    feedback: str


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    options: tuple[Option, ...]

    def option(self, choice: str) -> Option | None:
        return next((option for option in self.options if option.id == choice), None)

    @property
    def right(self) -> Option:
        return next(option for option in self.options if option.correct)


@dataclass(frozen=True)
class KnowledgeCheck:
    block_id: str
    introduction: str
    questions: tuple[Question, ...]
    pass_mark: int

    def passes(self, correct: int) -> bool:
        return 100 * correct >= self.pass_mark * len(self.questions)


def knowledge_check(module: ModulePage) -> KnowledgeCheck | None:
    """The module's knowledge check, in the page's language (questions and answers keep the
    English page's block ids, so attempts and pass rates add up across languages)."""
    for block in module.body:
        if block.block_type == "knowledge_check":
            return KnowledgeCheck(block.id, block.value["introduction"],
                                  tuple(_question(child) for child in block.value["questions"]),
                                  module.pass_mark)
    return None


def _question(child) -> Question:
    value = child.value
    if child.block_type == "true_false":
        return Question(child.id, value["statement"], (
            Option("true", _("True"), bool(value["is_true"]), value["feedback_true"]),
            Option("false", _("False"), not value["is_true"], value["feedback_false"])))
    return Question(child.id, value["question"], tuple(
        Option(item.id, item.value["text"], bool(item.value["correct"]), item.value["feedback"])
        for item in value["options"].bound_blocks))


@transaction.atomic
def submit_check(user: User, module: ModulePage, answers: Mapping[str, str], *,
                 now: datetime | None = None) -> KnowledgeCheckAttempt:
    """Mark one attempt at ``module``'s knowledge check (``answers``: question id → chosen
    answer id), keep it with every answer, and count the module done when it passes. Every
    question needs an answer that is one of its own; nothing is kept otherwise."""
    _check_may_record(user, _course_of(module))
    check = knowledge_check(module)
    if check is None:
        raise LearningError("no_check", _("This module has no knowledge check."))
    chosen = _chosen_options(check, answers)
    correct = sum(option.correct for option in chosen.values())
    attempt = KnowledgeCheckAttempt.objects.create(
        user=user, module=module.original(), submitted_at=now or timezone.now(),
        questions=len(check.questions), correct=correct, pass_mark=check.pass_mark,
        passed=check.passes(correct))
    KnowledgeCheckAnswer.objects.bulk_create(
        KnowledgeCheckAnswer(attempt=attempt, question=question_id, choice=option.id,
                             correct=option.correct)
        for question_id, option in chosen.items())
    if attempt.passed:
        _count_done(user, module.original(), attempt.submitted_at)
    return attempt


def _chosen_options(check: KnowledgeCheck, answers: Mapping[str, str]) -> dict[str, Option]:
    questions = {question.id: question for question in check.questions}
    if set(answers) - set(questions):
        raise LearningError("not_a_question", _("Those answers are for other questions."))
    chosen = {}
    for question in check.questions:
        if not answers.get(question.id):
            raise LearningError("unanswered", _("Choose an answer to every question."))
        option = question.option(answers[question.id])
        if option is None:
            raise LearningError("not_an_option", _("That answer is not one of the choices."))
        chosen[question.id] = option
    return chosen


def latest_attempt(user: User, module: ModulePage) -> KnowledgeCheckAttempt | None:
    if not user.is_authenticated:
        return None
    return KnowledgeCheckAttempt.objects.filter(
        user=user, module__translation_key=module.translation_key).first()


def has_passed(user: User, module: ModulePage) -> bool:
    return KnowledgeCheckAttempt.objects.filter(
        user=user, module__translation_key=module.translation_key, passed=True).exists()


# --- modules done -----------------------------------------------------------------------------

def _count_done(user: User, original: ModulePage, when: datetime) -> None:
    row, _created = ModuleProgress.objects.get_or_create(
        user=user, module=original, defaults={"started_at": when, "last_visited_at": when})
    ModuleProgress.objects.filter(pk=row.pk, completed_at__isnull=True).update(completed_at=when)


@transaction.atomic
def mark_module_done(user: User, module: ModulePage, *,
                     now: datetime | None = None) -> CourseProgress:
    """Someone says they have worked through a module. One with a knowledge check is done only
    when the check is passed. Doing it twice changes nothing."""
    course = _course_of(module)
    _check_may_record(user, course)
    if _has_check(module) and not has_passed(user, module):
        raise LearningError("check_not_passed", _(
            "Pass this module's knowledge check to finish the module. You can try it as often "
            "as you like."))
    _count_done(user, module.original(), now or timezone.now())
    return progress(user, course)


# --- a participant's place on a self-paced course ---------------------------------------------

def _participant_course(user: User, course: CoursePage) -> CoursePage:
    if is_cpd_course(course) or not course.is_self_paced:
        raise LearningError("not_for_participants", _(
            "This course is a CPD module: it ends in a CPD log, not a place."))
    _check_may_record(user, course)
    return course


def start_course(user: User, course: CoursePage, *, now: datetime | None = None
                 ) -> SelfPacedPlace:
    """A participant starts a self-paced course: their place on it. Starting again keeps the
    first place."""
    _participant_course(user, course)
    place, _created = SelfPacedPlace.objects.get_or_create(
        user=user, course=course.original(), defaults={"started_at": now or timezone.now()})
    return place


def place_for(user: User, course: CoursePage) -> SelfPacedPlace | None:
    if not user.is_authenticated:
        return None
    return SelfPacedPlace.objects.filter(
        user=user, course__translation_key=course.translation_key).first()


PLACE_MOMENTS = (RatingMoment.BEFORE, RatingMoment.END)


@transaction.atomic
def rate(place: SelfPacedPlace, moment: str, answers: dict[int, int | None], *,
         now: datetime | None = None) -> ConfidenceRating:
    """A participant's confidence before the course (until they finish) or at the end (once
    every module is done), replacing earlier answers for the same moment."""
    place = SelfPacedPlace.objects.select_for_update().select_related("course").get(pk=place.pk)
    course = place.course.specific
    if moment not in PLACE_MOMENTS or course.confidence_scale is None:
        raise LearningError("not_open", _("This rating is not open just now."))
    if moment == RatingMoment.BEFORE and place.finished:
        raise LearningError("not_open", _("You have finished: rate how you feel now instead."))
    if moment == RatingMoment.END and not progress(place.user, course).all_done:
        raise LearningError("modules_left", _("Finish every module first."))
    if not any(value is not None for value in answers.values()):
        raise LearningError("nothing_to_save", _(
            "Choose a number for at least one statement (you can skip the others)."))
    rating = (ConfidenceRating.objects.filter(place=place, moment=moment).first()
              or ConfidenceRating(place=place, moment=moment, scale=course.confidence_scale))
    return ratings.keep_answers(rating, answers, now=now)


def place_ratings(place: SelfPacedPlace | None) -> dict[str, ConfidenceRating]:
    if place is None:
        return {}
    return {rating.moment: rating for rating in place.ratings.all()}


@transaction.atomic
def finish_course(user: User, course: CoursePage, *, now: datetime | None = None
                  ) -> SelfPacedPlace:
    """A participant has done every module: their place is finished and their certificate
    issued (once, however often this is called)."""
    _participant_course(user, course)
    current = progress(user, course)
    if not current.all_done:
        raise LearningError("modules_left", _("Finish every module first."))
    place = start_course(user, course, now=now)
    place = SelfPacedPlace.objects.select_for_update().get(pk=place.pk)
    if place.finished_at is None:
        place.finished_at = now or timezone.now()
        place.save(update_fields=["finished_at"])
    certificates.issue_for_place(place, checks_passed=checks_passed(user, course))
    return place


def checks_passed(user: User, course: CoursePage) -> int | None:
    """How many of the course's modules with a knowledge check the person passed (None when
    it has none): certificates print it."""
    keys = [module.translation_key for module in course.modules() if _has_check(module)]
    if not keys:
        return None
    return (KnowledgeCheckAttempt.objects.filter(user=user, passed=True,
                                                 module__translation_key__in=keys)
            .values("module").distinct().count())


# --- what coordinators see: pass rates per question, without names ---------------------------

@dataclass(frozen=True)
class QuestionRate:
    question: Question
    people: int | None  # None: fewer than SMALLEST_GROUP, so nothing is shown
    answers: int | None
    right_percent: int | None
    first_try_percent: int | None


def question_pass_rates(module: ModulePage) -> list[QuestionRate]:
    """For each question of the module's check, how many people answered it and how often
    the answer was right (all attempts, and first attempts): never who. A question fewer than
    ``SMALLEST_GROUP`` people answered shows no figures. Two queries."""
    check = knowledge_check(module)
    if check is None:
        return []
    original = module.original()
    # Each person's first attempt: the earliest recorded (attempts are only ever added)
    firsts = (KnowledgeCheckAttempt.objects.filter(module=original).order_by()
              .values("user").annotate(first=Min("pk")).values("first"))
    rows = {row["question"]: row for row in KnowledgeCheckAnswer.objects.filter(
        attempt__module=original).order_by().values("question").annotate(
        people=Count("attempt__user", distinct=True), total=Count("pk"),
        right=Count("pk", filter=Q(correct=True)),
        first=Count("pk", filter=Q(attempt__in=firsts)),
        first_right=Count("pk", filter=Q(attempt__in=firsts, correct=True)))}
    return [_rate(question, rows.get(question.id)) for question in check.questions]


def _rate(question: Question, row: dict | None) -> QuestionRate:
    if row is None or row["people"] < SMALLEST_GROUP:
        return QuestionRate(question, None, None, None, None)
    # A question added after some people's first attempt: fewer first answers than people
    first_try = (_percent(row["first_right"], row["first"]) if row["first"] >= SMALLEST_GROUP
                 else None)
    return QuestionRate(question, row["people"], row["total"],
                        _percent(row["right"], row["total"]), first_try)


def _percent(part: int, whole: int) -> int | None:
    return round(100 * part / whole) if whole else None
