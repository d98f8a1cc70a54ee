from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from cms.panels import CheckedInlinePanel


class ConfidenceScale(index.Indexed, ClusterableModel):
    """Statements a participant rates from 0 to 10, written by a course team."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    introduction = models.TextField(
        _("introduction"), blank=True,
        help_text=_("Shown above the statements, for example how to choose a number."),
    )
    low_anchor = models.CharField(
        _("what 0 means"), max_length=60, default="Not at all confident"
    )
    high_anchor = models.CharField(
        _("what 10 means"), max_length=60, default="Completely confident"
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("introduction"),
        FieldPanel("low_anchor"),
        FieldPanel("high_anchor"),
        CheckedInlinePanel("statements", label=_("Statements"), min_num=1),
    ]

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("confidence scale")
        verbose_name_plural = _("confidence scales")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ConfidenceStatement(Orderable):
    scale = ParentalKey(ConfidenceScale, on_delete=models.CASCADE, related_name="statements")
    text = models.CharField(_("statement"), max_length=300)

    panels = [FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("statement")
        verbose_name_plural = _("statements")

    def __str__(self) -> str:
        return self.text
