from dataclasses import dataclass
from functools import partial

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from accounts.models import Consent, ConsentPurpose
from cms.blocks import BaseStreamBlock
from cms.routing import RoutesByKind
from cms.translation import (
    ORIGINAL_LANGUAGE,
    FallsBackToEnglish,
    TranslatedPage,
    is_original,
    locale_code,
    translation_fields,
)
from courses.blocks import SHOW_TRAINER_NOTES, ModuleBodyBlock
from courses.dashboard import FINAL_MODULE
from courses.models.scheduling import CourseRun
from courses.page_forms import ModulePageForm
from courses.panels import CreditsInlinePanel, ModuleFeedbackPanel
from courses.permissions import can_see_trainer_notes


class Audience(models.TextChoices):
    LONG_TERM_CONDITIONS = "long_term_conditions", _("People living with long-term conditions")
    CARERS = "carers", _("Unpaid carers")
    HEALTH_STAFF = "health_staff", _("Health and care staff")


class Delivery(models.TextChoices):
    GROUP = "group", _("Group course")
    SELF_PACED = "self_paced", _("Self-paced online")


class Companions(models.TextChoices):
    """Whether the person someone comes with (a carer, or the person they care for) takes one of
    the run's places: on a carers' course both are taking part; on a condition course the carer
    usually comes along to support."""

    TAKE_PLACES = "take_places", _("Both take part, so a companion takes a place too")
    SUPPORT = "support", _("A companion comes to support, without a place")


class CourseIndexPage(TranslatedPage, FallsBackToEnglish, RoutesByKind, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    translatable_fields = translation_fields("intro")

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = _("course catalogue")

    def courses(self, audience: str | None = None):
        """The live courses in the catalogue, in the editors' order, optionally for one audience."""
        pages = CoursePage.objects.child_of(self).live().public().order_by("path")
        if audience in Audience.values:
            pages = pages.filter(audience=audience)
        return pages

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        audience = request.GET.get("for")
        context["audience"] = audience if audience in Audience.values else ""
        context["audiences"] = Audience.choices
        # Called only if the template makes the list, which it keeps (see there)
        context["courses"] = partial(self.courses, context["audience"])
        return context


class CoursePage(TranslatedPage, FallsBackToEnglish, RoutesByKind, Page):
    summary = models.TextField(
        _("summary"), max_length=400, help_text=_("One or two sentences for the catalogue.")
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("about the course"), blank=True)
    audience = models.CharField(_("who it is for"), max_length=30, choices=Audience.choices)
    delivery = models.CharField(
        _("how it is delivered"), max_length=20, choices=Delivery.choices, default=Delivery.GROUP
    )
    companions = models.CharField(
        _("someone coming with a participant"), max_length=12, choices=Companions.choices,
        default=Companions.SUPPORT,
        help_text=_("A carer and the person they care for can enrol together. Say whether "
                    "the one who comes along takes a place on the course."),
    )
    session_count = models.PositiveSmallIntegerField(
        _("number of sessions"), null=True, blank=True, validators=[MinValueValidator(1)],
        help_text=_("How many sessions a run usually has."),
    )
    session_minutes = models.PositiveSmallIntegerField(
        _("minutes per session"), null=True, blank=True, validators=[MinValueValidator(10)],
    )
    completion_min_sessions = models.PositiveSmallIntegerField(
        _("sessions to attend to complete"), null=True, blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("For example 4, for “attend at least 4 of 6 sessions”."),
    )
    completion_counts_excused = models.BooleanField(
        _("excused absences count as attended"), default=False,
    )
    cpd_hours = models.DecimalField(
        _("CPD hours"), max_digits=4, decimal_places=1, null=True, blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Hours of CPD a health or care worker records on completing it."),
    )
    confidence_scale = models.ForeignKey(
        "courses.ConfidenceScale", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("confidence scale"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("audience"), FieldPanel("delivery"), FieldPanel("companions"),
             FieldRowPanel([FieldPanel("session_count"), FieldPanel("session_minutes")])],
            heading=_("Who and how"),
        ),
        MultiFieldPanel(
            [FieldPanel("completion_min_sessions"), FieldPanel("completion_counts_excused"),
             FieldPanel("cpd_hours")],
            heading=_("Completion"),
        ),
        FieldPanel("confidence_scale"),
        CreditsInlinePanel("credits", label=_("Co-design credits"),
                           help_text=_("A credit only appears once the person's consent is "
                                       "recorded.")),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.FilterField("audience"),
        index.FilterField("delivery"),
    ]
    # Its runs and co-designers belong to the course, not to one language of it: they hang from
    # the English page, which every translation reads them from (``cms.translation``).
    translatable_fields = translation_fields(
        "summary", "body",
        kept=("audience", "delivery", "companions", "session_count", "session_minutes",
              "completion_min_sessions", "completion_counts_excused", "cpd_hours",
              "confidence_scale"))
    exclude_fields_in_copy = ["credits"]

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("course")

    def save(self, *args, **kwargs):
        saved = super().save(*args, **kwargs)
        if not is_original(self) and not self.alias_of_id:
            # An alias keeps Wagtail's copy of the English page's credits, in step with it;
            # a translation reads the English page's, so a copy would only go stale.
            CoDesignCredit.objects.filter(page=self).delete()
        return saved

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.delivery == Delivery.GROUP and not self.session_count:
            errors["session_count"] = _("A group course needs a number of sessions.")
        if (self.completion_min_sessions and self.session_count
                and self.completion_min_sessions > self.session_count):
            errors["completion_min_sessions"] = _(
                "This cannot be more than the number of sessions."
            )
        if self._is_cpd_module() and self.cpd_hours is None:
            errors["cpd_hours"] = _("A self-paced CPD module needs its CPD hours.")
        elif self.is_self_paced and not self._is_cpd_module() and self.cpd_hours:
            errors["cpd_hours"] = _("A self-paced course for participants awards no CPD hours: "
                                    "leave this empty.")
        if errors:
            raise ValidationError(errors)

    @classmethod
    def cpd_modules(cls):
        """Self-paced CPD modules for health and care staff (not participants' online courses)."""
        return cls.objects.filter(delivery=Delivery.SELF_PACED, audience=Audience.HEALTH_STAFF)

    @property
    def is_self_paced(self) -> bool:
        return self.delivery == Delivery.SELF_PACED

    def _is_cpd_module(self) -> bool:
        # A self-paced course for staff ends in a CPD entry; one for participants does not.
        return self.is_self_paced and self.audience == Audience.HEALTH_STAFF

    @property
    def companions_take_places(self) -> bool:
        return self.companions == Companions.TAKE_PLACES

    def completion_rule(self) -> str:
        """The completion rule in plain words, built from the fields that define it."""
        if self._is_cpd_module():
            return _("Work through every module and write a short reflection.")
        if self.is_self_paced:
            return _("Work through every module online, at your own pace.")
        if self.completion_min_sessions and self.session_count:
            return ngettext(
                "Attend at least %(min)d of %(count)d session.",
                "Attend at least %(min)d of %(count)d sessions.",
                self.session_count,
            ) % {"min": self.completion_min_sessions, "count": self.session_count}
        return ""

    def modules(self):
        """Its live modules, leaving out any with a view restriction of its own (whoever sees
        this page has passed the course's and its ancestors' restrictions already). In one
        query: Wagtail's ``public()`` reads every restriction on the site first."""
        return (ModulePage.objects.child_of(self).live()
                .filter(view_restrictions__isnull=True).order_by("path"))

    @cached_property
    def live_modules(self) -> list["ModulePage"]:
        """``modules()``, fetched once for the page: its module list and its credits' "worked
        on" both read it."""
        return list(self.modules())

    @property
    def total_minutes(self) -> int:
        """How long its modules take in all (a self-paced course's honest length)."""
        return sum(module.planned_minutes for module in self.live_modules)

    def public_credits(self) -> list["CoDesignCredit"]:
        """Credits whose consent is recorded and not withdrawn, each knowing the modules it
        worked on (in the same query as the credits; one more for the people's consents,
        however many credits). Works in previews too."""
        if locale_code(self.locale_id) == ORIGINAL_LANGUAGE:
            credits = self.credits.all()
        else:  # a translation shows the English page's credits
            credits = CoDesignCredit.objects.filter(
                page__translation_key=self.translation_key,
                page__locale__language_code=ORIGINAL_LANGUAGE)
        credits = _with_module_keys(credits)
        people = {credit.person_id for credit in credits if credit.person_id}
        consenting = set(Consent.objects.current().filter(
            user_id__in=people, purpose=ConsentPurpose.CO_DESIGN_CREDIT,
        ).values_list("user_id", flat=True)) if people else set()
        return [credit for credit in credits
                if credit.consent_recorded and (credit.person_id is None
                                                or credit.person_id in consenting)]

    @cached_property
    def has_public_credits(self) -> bool:
        """Whether the course may say it was co-designed (certificates print a line for it)."""
        return bool(self.public_credits())

    def upcoming_runs(self):
        """Runs of this course open for enrolment that have not started, soonest first."""
        return (
            CourseRun.objects.of_course(self).open_for_enrolment().upcoming().with_schedule()
            .select_related("venue__area").order_by("first_starts_at", "pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Called only if the template makes the part that shows them, which it keeps (see there)
        context["modules"] = lambda: self.live_modules
        context["credits"] = self.public_credits
        return context


class CoDesignCredit(Orderable, ClusterableModel):
    """Someone who co-designed a course, and the modules they worked on. Shown publicly only
    with their recorded consent. (A cluster of its own, so that the modules chosen are kept in
    the page's drafts and saved with it.)"""

    page = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="credits")
    name = models.CharField(_("name"), max_length=120, blank=True)
    anonymous = models.BooleanField(
        _("credit anonymously"), default=False,
        help_text=_("Show “Anonymous” instead of the name."),
    )
    role = models.CharField(
        _("part in the co-design"), max_length=200,
        help_text=_("For example “wrote the pacing module with the physiotherapy team”."),
    )
    lived_experience = models.BooleanField(_("has lived experience"), default=False)
    consent_given_on = models.DateField(
        _("consent to be credited given on"), null=True, blank=True,
        help_text=_("Leave empty until the person has agreed to be credited."),
    )
    consent_reference = models.CharField(
        _("consent reference"), max_length=60, blank=True,
        help_text=_("Where the consent is kept, for example a form number."),
    )
    consent_withdrawn_on = models.DateField(_("consent withdrawn on"), null=True, blank=True)
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("their account"),
        help_text=_("If they have an account, link it: they can then withdraw from “My data” "
                    "and the credit disappears at once."))
    modules = ParentalManyToManyField(
        "courses.ModulePage", blank=True, related_name="+",
        verbose_name=_("modules they worked on"),
        help_text=_("Shown on the course page after their part, as “worked on: …”."))

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("anonymous")]),
        FieldPanel("person"),
        FieldPanel("role"),
        FieldPanel("lived_experience"),
        FieldPanel("modules", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("consent_given_on"), FieldPanel("consent_reference"),
                       FieldPanel("consent_withdrawn_on")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("co-design credit")
        verbose_name_plural = _("co-design credits")

    def __str__(self) -> str:
        return self.display_name

    def clean(self) -> None:
        super().clean()
        if not self.anonymous and not self.name.strip():
            raise ValidationError({"name": _("Give a name, or credit them anonymously.")})
        if self.consent_withdrawn_on and not self.consent_given_on:
            raise ValidationError({"consent_withdrawn_on": _("No consent was recorded.")})

    @property
    def consent_recorded(self) -> bool:
        """Consent given (on paper, by the coordinator's record) and not withdrawn. A credit
        linked to an account also needs that person's own consent: see ``may_be_shown``."""
        return self.consent_given_on is not None and self.consent_withdrawn_on is None

    @property
    def may_be_shown(self) -> bool:
        if not self.consent_recorded:
            return False
        if self.person_id is None:
            return True
        return Consent.objects.current().filter(
            user_id=self.person_id, purpose=ConsentPurpose.CO_DESIGN_CREDIT).exists()

    @property
    def display_name(self) -> str:
        return str(_("Anonymous")) if self.anonymous else self.name

    def worked_on(self, modules: list["ModulePage"]) -> list["ModulePage"]:
        """Which of ``modules`` (a course page's, in any language) they worked on, in the
        course's order. The modules are named by translation key, so a Gaelic page finds its
        own versions of the English modules chosen."""
        keys = set(self.module_keys if hasattr(self, "module_keys") else
                   (module.translation_key for module in self.modules.all()))
        return [module for module in modules if module.translation_key in keys]


def _with_module_keys(credits) -> list[CoDesignCredit]:
    """The credits, each with ``module_keys``: the translation keys of the modules it worked
    on, read in the credits' own query (a preview's credits are the form's, in memory)."""
    if not isinstance(credits, models.QuerySet):
        credits = list(credits)
        for credit in credits:
            credit.module_keys = [module.translation_key for module in credit.modules.all()]
        return credits
    found: dict[int, CoDesignCredit] = {}
    for credit in credits.annotate(module_key=models.F("modules__translation_key")):
        kept = found.setdefault(credit.pk, credit)
        kept.__dict__.setdefault("module_keys", [])
        if credit.module_key:
            kept.module_keys.append(credit.module_key)
    return list(found.values())


@dataclass(frozen=True)
class PlanStep:
    """One timed activity in a module's plan, with when it starts from the session's start."""

    starts_at: int
    minutes: int
    title: str
    language: str = ORIGINAL_LANGUAGE

    @property
    def ends_at(self) -> int:
        return self.starts_at + self.minutes


class ModulePage(TranslatedPage, FallsBackToEnglish, Page):
    summary = models.TextField(_("summary"), max_length=400, blank=True)
    body = StreamField(ModuleBodyBlock(), verbose_name=_("plan and content"))
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=80, validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("The share of a knowledge check's questions to answer right to pass it. "
                    "Used when the module has a knowledge check."))

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body"),
                                            FieldPanel("pass_mark")]
    base_form_class = ModulePageForm
    edit_handler = TabbedInterface([
        ObjectList(content_panels, heading=_("Content")),
        ObjectList(Page.promote_panels, heading=_("Promote")),
        ObjectList(Page.settings_panels, heading=_("Settings")),
        ObjectList([ModuleFeedbackPanel(heading=_("What participants said"))],
                   heading=_("Feedback")),
    ])

    search_fields = Page.search_fields + [index.SearchField("summary")]
    translatable_fields = translation_fields("summary", "body", kept=("pass_mark",))

    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("module")

    def plan(self) -> list[PlanStep]:
        """The timed activities, read from the stored blocks as they are: turning the whole
        body into Python would fetch every document and image it links to (a query a module,
        on a course page that lists its modules' lengths)."""
        steps, start = [], 0
        for block in self.body.raw_data:
            if block["type"] == "activity":
                minutes = int(block["value"]["minutes"])
                steps.append(PlanStep(start, minutes, block["value"]["title"],
                                      self.part_language(block.get("id", ""))))
                start += minutes
        return steps

    @property
    def planned_minutes(self) -> int:
        """How long the module takes: the minutes of every block that gives them (a group
        session's activities, a self-paced module's reading, exercises and media)."""
        return sum(int(block["value"]["minutes"]) for block in self.body.raw_data
                   if isinstance(block["value"], dict) and block["value"].get("minutes"))

    def blocks_for(self, user) -> list:
        """The body as ``user`` may see it: trainer notes only for trainers and coordinators."""
        if can_see_trainer_notes(user):
            return list(self.body)
        return [block for block in self.body if block.block_type != "trainer_notes"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context[SHOW_TRAINER_NOTES] = can_see_trainer_notes(request.user)
        context["blocks"] = self.blocks_for(request.user)
        context["plan"] = self.plan()
        context["course"] = self.get_parent().specific
        # The end of a course: what other apps point people to next (courses.dashboard).
        context["after_course"] = (FINAL_MODULE.shown(request, context["course"])
                                   if self.is_final_module() else [])
        return context

    def is_final_module(self) -> bool:
        """Whether this is its course's last live module."""
        return not self.get_next_siblings().live().type(ModulePage).exists()
