"""Programme fidelity: a new trainer's first run is observed by an experienced lead trainer,
who fills in a checklist the network keeps as a snippet, and writes a short coaching note."""

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from accounts import roles
from cms.bilingual import Localised
from cms.panels import CheckedInlinePanel

# An observation is of one of these sessions of the run: the first is for settling in, and by
# the sixth it is too late to coach.
OBSERVABLE_SESSIONS = range(2, 6)


class FidelityChecklist(index.Indexed, ClusterableModel):
    """What an observer looks for in a session, written and kept by the network."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    introduction = models.TextField(
        _("introduction"), blank=True,
        help_text=_("Shown to the observer above the items, for example what to look for."))

    panels = [
        FieldPanel("name"),
        FieldPanel("introduction"),
        CheckedInlinePanel("items", label=_("Items"), min_num=1),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("fidelity checklist")
        verbose_name_plural = _("fidelity checklists")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class FidelityItem(Orderable):
    checklist = ParentalKey(FidelityChecklist, on_delete=models.CASCADE, related_name="items",
                            verbose_name=_("checklist"))
    text = models.CharField(_("what the observer looks for"), max_length=200)
    text_gd = models.CharField(_("in Gaelic"), max_length=200, blank=True,
                               help_text=_("Optional. Shown to observers who read Gaelic."))

    local_text = Localised("text")
    panels = [FieldPanel("text"), FieldPanel("text_gd")]

    class Meta(Orderable.Meta):
        verbose_name = _("checklist item")
        verbose_name_plural = _("checklist items")

    def __str__(self) -> str:
        return self.text


class ObservationStatus(models.TextChoices):
    TO_BE_OBSERVED = "to_be_observed", _("To be observed")
    OBSERVER_ASSIGNED = "observer_assigned", _("Observer assigned")
    OBSERVED = "observed", _("Observed")


class ObservationQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The trainer observed and their observer see it; coordinators see every one."""
        if roles.has_role(user, roles.COORDINATOR):
            return self.all()
        return self.filter(Q(trainer__user=user) | Q(observer__user=user))

    def pending(self):
        return self.exclude(status=ObservationStatus.OBSERVED)

    def for_listing(self):
        return self.select_related("trainer__user", "observer__user", "run__course",
                                   "run__venue", "session")

    def with_rating_counts(self):
        """Annotate how many items were met, partly met and not met."""
        return self.annotate(**{
            f"{rating}_count": Count("answers", filter=Q(answers__rating=rating))
            for rating in FidelityRating.values})


class Observation(models.Model):
    """A trainer's first run as lead or co-trainer, to be observed in one of sessions 2–5."""

    trainer = models.OneToOneField(
        "trainers.TrainerProfile", on_delete=models.CASCADE, related_name="observation",
        verbose_name=_("trainer observed"),
        help_text=_("Each trainer is observed once: on their first run."))
    run = models.ForeignKey("courses.CourseRun", on_delete=models.CASCADE,
                            related_name="observations", verbose_name=_("run"))
    status = models.CharField(_("status"), max_length=20, choices=ObservationStatus.choices,
                              default=ObservationStatus.TO_BE_OBSERVED)
    observer = models.ForeignKey("trainers.TrainerProfile", on_delete=models.PROTECT,
                                 null=True, blank=True, related_name="observations_made",
                                 verbose_name=_("observer"))
    session = models.ForeignKey("courses.Session", on_delete=models.SET_NULL, null=True,
                                blank=True, related_name="+", verbose_name=_("session"))
    # A checklist deleted later leaves observations made with it whole (the answers keep the
    # items' words); one still to be made needs another checklist chosen.
    checklist = models.ForeignKey(FidelityChecklist, on_delete=models.SET_NULL, null=True,
                                  blank=True, related_name="observations",
                                  verbose_name=_("checklist"))
    assigned_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    null=True, blank=True, related_name="+",
                                    verbose_name=_("assigned by"))
    coaching_note = models.TextField(_("coaching note"), blank=True)
    observed_at = models.DateTimeField(_("checklist filled in"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = ObservationQuerySet.as_manager()

    class Meta:
        verbose_name = _("observation")
        verbose_name_plural = _("observations")
        ordering = ["-created_at"]
        constraints = [models.CheckConstraint(
            condition=~Q(observer=models.F("trainer")), name="nobody_observes_themselves")]

    def __str__(self) -> str:
        return f"{self.trainer} – {self.run}"

    @property
    def is_observed(self) -> bool:
        return self.status == ObservationStatus.OBSERVED


class FidelityRating(models.TextChoices):
    MET = "met", _("Met")
    PARTLY = "partly", _("Partly met")
    NOT_MET = "not_met", _("Not met")


class ObservationAnswer(models.Model):
    """How one checklist item went. The item's words are kept as the observer saw them, so a
    later edit of the checklist does not change what was observed."""

    observation = models.ForeignKey(Observation, on_delete=models.CASCADE,
                                    related_name="answers", verbose_name=_("observation"))
    item = models.ForeignKey(FidelityItem, on_delete=models.SET_NULL, null=True,
                             related_name="answers", verbose_name=_("item"))
    item_text = models.CharField(_("item as observed"), max_length=200)
    rating = models.CharField(_("how it went"), max_length=10, choices=FidelityRating.choices)
    note = models.TextField(_("note"), blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("observation answer")
        verbose_name_plural = _("observation answers")
        ordering = ["sort_order", "pk"]
        constraints = [models.UniqueConstraint(fields=["observation", "item"],
                                               name="one_answer_per_item")]

    def __str__(self) -> str:
        return f"{self.item_text}: {self.get_rating_display()}"
