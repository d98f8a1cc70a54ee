import datetime

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
