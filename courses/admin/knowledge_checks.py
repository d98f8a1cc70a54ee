"""Knowledge checks in the back office: how each self-paced module's check is going, and how
often each of its questions is answered right. Figures for groups, never for one person: a
count under five, and a question fewer than five people answered, shows no figure."""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.translation import originals
from courses.admin.base import CoordinatorMixin
from courses.models import CoursePage, Delivery, KnowledgeCheckAttempt, ModulePage
from courses.services.learning import SMALLEST_GROUP, knowledge_check, question_pass_rates

# Figures for groups, the same as the outcomes report.
PERMISSION = "courses.view_outcomes"


@dataclass(frozen=True)
class CheckedModule:
    """A self-paced module with a knowledge check, and how many people tried and passed it
    (None: fewer than ``SMALLEST_GROUP``, so not shown)."""

    course: CoursePage
    module: ModulePage
    tried: int | None
    passed: int | None


def checked_modules() -> list[CheckedModule]:
    """The English self-paced modules that have a knowledge check, in the page tree's order:
    three queries however many there are."""
    courses = {course.path: course for course in originals(
        CoursePage.objects.filter(delivery=Delivery.SELF_PACED)).order_by("path")}
    if not courses:
        return []
    modules = [module for module in originals(ModulePage.objects.filter(
        reduce(or_, (Q(path__startswith=path) for path in courses)))).order_by("path")
        if _has_check(module)]
    people = _people(modules)
    return [CheckedModule(courses[module.path[:-ModulePage.steplen]], module,
                          *people.get(module.pk, (None, None))) for module in modules]


def _has_check(module: ModulePage) -> bool:
    # From the stored blocks, as the learning service does: no documents fetched.
    return any(block["type"] == "knowledge_check" for block in module.body.raw_data)


def _people(modules: list[ModulePage]) -> dict[int, tuple[int | None, int | None]]:
    """Per module, the people who tried its check and the people who passed it, in one
    query."""
    rows = (KnowledgeCheckAttempt.objects.filter(module__in=modules).order_by()
            .values("module").annotate(tried=Count("user", distinct=True),
                                       passed=Count("user", distinct=True,
                                                    filter=Q(passed=True))))
    return {row["module"]: (_shown(row["tried"]), _shown(row["passed"])) for row in rows}


def _shown(count: int) -> int | None:
    return count if count >= SMALLEST_GROUP else None


class KnowledgeChecksView(CoordinatorMixin, WagtailAdminTemplateMixin, TemplateView):
    """Every self-paced module with a knowledge check: its pass mark, and how many people
    tried and passed it."""

    permission_required = PERMISSION
    template_name = "courses/admin/knowledge_checks.html"
    page_title = gettext_lazy("Knowledge checks")
    header_icon = "tasks"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(modules=checked_modules(),
                                        smallest_group=SMALLEST_GROUP, **kwargs)


class KnowledgeCheckView(CoordinatorMixin, WagtailAdminTemplateMixin, TemplateView):
    """One module's check, question by question: the right answer, how many people answered
    it, and how often they were right over all attempts and at their first."""

    permission_required = PERMISSION
    template_name = "courses/admin/knowledge_check.html"
    header_icon = "tasks"

    def get(self, request, *args, **kwargs):
        # Looked up once the permission is checked: nobody learns which modules exist.
        self.module = get_object_or_404(originals(ModulePage.objects), pk=kwargs["pk"])
        self.course = CoursePage.objects.parent_of(self.module).first()
        self.check = knowledge_check(self.module)
        if self.course is None or not self.course.is_self_paced or self.check is None:
            raise Http404
        return super().get(request, *args, **kwargs)

    def get_page_title(self):
        return self.module.title

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("courses_knowledge_checks"),
             "label": KnowledgeChecksView.page_title},
            {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        tried, passed = _people([self.module]).get(self.module.pk, (None, None))
        return super().get_context_data(
            module=self.module, course=self.course, check=self.check, tried=tried, passed=passed,
            rates=question_pass_rates(self.module), smallest_group=SMALLEST_GROUP, **kwargs)
