import datetime
import uuid

import factory
from django.utils.text import slugify

from courses.models import (
    CoDesignCredit,
    ConfidenceScale,
    ConfidenceStatement,
    CourseIndexPage,
    CoursePage,
    ModulePage,
)


class PageFactory(factory.django.DjangoModelFactory):
    """Wagtail pages are created under a ``parent`` page, never on their own."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        if parent is None:
            raise ValueError(f"{cls.__name__} needs parent=<page>")
        page = model_class(*args, **kwargs)
        parent.add_child(instance=page)
        return page


class CourseIndexPageFactory(PageFactory):
    class Meta:
        model = CourseIndexPage

    title = "Courses"
    slug = "courses"


class ConfidenceScaleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ConfidenceScale
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Scale {n}")

    @factory.post_generation
    def statements(self, create, extracted, **kwargs):
        if create:
            for order, text in enumerate(extracted or ["I can pace myself.", "I can ask."]):
                ConfidenceStatement.objects.create(scale=self, text=text, sort_order=order)


class CoursePageFactory(PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Course {n}")
    summary = "A course for testing."
    audience = "long_term_conditions"
    delivery = "group"
    session_count = 6
    session_minutes = 150
    completion_min_sessions = 4


def activity(title: str, minutes: int) -> tuple:
    return ("activity", {"title": title, "minutes": minutes,
                         "instructions": f"<p>{title} instructions</p>", "materials": ""})


class ModulePageFactory(PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Module {n}")
    summary = "A module for testing."
    body = factory.LazyFunction(lambda: [activity("Welcome", 20), activity("Main activity", 40)])


class CoDesignCreditFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CoDesignCredit

    name = factory.Sequence(lambda n: f"Co-designer {n}")
    role = "Co-wrote a module"
    lived_experience = True
    consent_given_on = datetime.date(2026, 1, 15)


class AreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "courses.Area"
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Area {n}")
    slug = factory.LazyAttribute(lambda area: slugify(area.name))


class VenueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "courses.Venue"

    name = factory.Sequence(lambda n: f"Community Hall {n}")
    area = factory.SubFactory(AreaFactory, name="Highland")
    address = "1 High Street\nInverness"
    postcode = "IV1 1AA"
    access_notes = "Step-free entrance at the side; accessible toilet."


class CourseRunFactory(factory.django.DjangoModelFactory):
    """A run of ``course`` (required). ``sessions=N`` adds N weekly sessions, the first a week
    from now (or from ``first_session_at``)."""

    class Meta:
        model = "courses.CourseRun"
        skip_postgeneration_save = True

    venue = factory.SubFactory(VenueFactory)
    capacity = 12
    status = "open"

    @factory.post_generation
    def sessions(self, create, extracted, first_session_at=None, **kwargs):
        from django.utils import timezone

        from courses.models import Session

        start = first_session_at or (timezone.now() + datetime.timedelta(days=7)).replace(
            hour=10, minute=0, second=0, microsecond=0)
        for week in range(extracted or 0):
            starts_at = start + datetime.timedelta(weeks=week)
            Session.objects.create(run=self, starts_at=starts_at,
                                   ends_at=starts_at + datetime.timedelta(hours=2, minutes=30))


class TrainerProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "trainers.TrainerProfile"

    user = factory.SubFactory("tests.accounts.factories.UserFactory")
    kind = "peer"
    stage = "accredited"


class AccreditationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "trainers.Accreditation"

    trainer = factory.SubFactory(TrainerProfileFactory)
    accredited_on = datetime.date(2026, 1, 10)


class FidelityChecklistFactory(factory.django.DjangoModelFactory):
    """A checklist with ``items=[...]`` (four short ones unless given)."""

    class Meta:
        model = "courses.FidelityChecklist"
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Checklist {n}")

    @factory.post_generation
    def items(self, create, extracted, **kwargs):
        from courses.models import FidelityItem

        if create:
            for order, text in enumerate(extracted or ["Kept time", "Modelled action plans",
                                                        "Everyone had a say",
                                                        "No medical advice"]):
                FidelityItem.objects.create(checklist=self, text=text, sort_order=order)


QUESTION_CHOICE = "Which question opens a conversation best?"
RIGHT_ANSWER = "What matters to you just now?"
QUESTION_TRUE = "People know a great deal about living with their own condition."


def knowledge_check_body() -> list[dict]:
    """A self-paced module's body holding a knowledge check of two questions, a multiple
    choice then a true-or-false, stored as the admin stores it: every question and answer with
    its own id (the ids attempts are kept under)."""

    def option(text: str, correct: bool = False) -> dict:
        return {"type": "item", "id": str(uuid.uuid4()), "value": {
            "text": text, "correct": correct, "feedback": "Think about who does the talking."}}

    return [{"type": "knowledge_check", "id": str(uuid.uuid4()), "value": {
        "introduction": "See what stayed with you.",
        "questions": [
            {"type": "choice", "id": str(uuid.uuid4()), "value": {
                "question": QUESTION_CHOICE, "options": [
                    option(RIGHT_ANSWER, correct=True), option("Are you taking your tablets?"),
                    option("Have you read the leaflet?")]}},
            {"type": "true_false", "id": str(uuid.uuid4()), "value": {
                "statement": QUESTION_TRUE, "is_true": True,
                "feedback_true": "They live with it.",
                "feedback_false": "They live with it every day."}},
        ]}}]
