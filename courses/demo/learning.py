"""Demo self-paced learning: people working through the self-paced courses alone — time spent,
notes kept, a knowledge check failed and then passed — and Pàdraig half-way through "Pacing
and energy, at your own pace" online, so the course page offers to take him back."""

import uuid
from datetime import timedelta

from django.utils import timezone

from accounts.models import User
from cms.translation import originals
from courses.models import CoursePage, ModulePage, SelfPacedPlace
from courses.services import learning

ONLINE_SLUG = "pacing-and-energy"


def work_through(user: User, course: CoursePage, *, days_ago: int, upto: int | None = None,
                 stumble: bool = False) -> None:
    """``user`` works through the first ``upto`` modules (all by default), an hour or so a
    day, passing each knowledge check (failing the first one once if ``stumble``)."""
    modules = list(course.modules())[:upto]
    for number, module in enumerate(modules):
        when = timezone.now() - timedelta(days=days_ago - number, hours=2)
        learning.open_module(user, module, now=when)
        _spend(user, module, minutes=module.planned_minutes or 10, now=when)
        if learning.knowledge_check(module) is None:
            learning.mark_module_done(user, module, now=when)
            continue
        if stumble and number == 0:
            learning.submit_check(user, module, _answers(module, wrong=1), now=when)
        learning.submit_check(user, module, _answers(module), now=when + timedelta(minutes=5))


def _spend(user: User, module: ModulePage, *, minutes: int, now) -> None:
    key = uuid.uuid4()
    learning.record_time(user, module, key=key, seconds=0, now=now)
    seconds = round(minutes * 60 * 0.9)  # a little quicker than the guide
    learning.record_time(user, module, key=key, seconds=seconds,
                         now=now + timedelta(seconds=seconds))


def _answers(module: ModulePage, *, wrong: int = 0) -> dict[str, str]:
    answers = {}
    for number, question in enumerate(learning.knowledge_check(module).questions):
        pick = (lambda option: not option.correct) if number < wrong else (
            lambda option: option.correct)
        answers[question.id] = next(option.id for option in question.options if pick(option))
    return answers


def _others_online(course: CoursePage) -> None:
    """Eight more people took the pacing course's first module, some needing two goes, so the
    coordinators' knowledge-check figures have a group to show (never fewer than five)."""
    crowd = User.objects.filter(email__startswith="demo-participant-", erased_at__isnull=True,
                                email__endswith="@example.org").order_by("email")[:8]
    for number, person in enumerate(crowd):
        learning.start_course(person, course, now=timezone.now() - timedelta(days=20 - number))
        work_through(person, course, days_ago=20 - number, upto=1, stumble=number % 3 == 0)


def seed_online(people: dict[str, User]) -> None:
    """Pàdraig started the pacing course online five days ago: rated his confidence, passed
    the first module's check, wrote in the second's notes box, and stopped there."""
    course = originals(CoursePage.objects).filter(slug=ONLINE_SLUG).first()
    padraig = people["participant"]
    if course is None or SelfPacedPlace.objects.filter(user=padraig).exists():
        return
    _others_online(course)
    place = learning.start_course(padraig, course, now=timezone.now() - timedelta(days=5))
    statements = [statement.pk for statement in course.confidence_scale.statements.all()]
    learning.rate(place, "before", dict(zip(statements, [4, 3, 5, 4, 6, 3], strict=False)))
    work_through(padraig, course, days_ago=5, upto=1, stumble=True)
    second = list(course.modules())[1]
    learning.open_module(padraig, second, now=timezone.now() - timedelta(days=3))
    box = next(block["id"] for block in second.body.raw_data
               if block["type"] in learning.NOTES_BLOCKS)
    learning.save_note(padraig, second, box, "Monday: shopping, then a long rest. Tuesday: "
                                             "hospital appointment — nothing else that day.")


