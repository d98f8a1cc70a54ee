from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from cms.bilingual import InLanguage
from cms.panels import CheckedInlinePanel


class ConfidenceScale(TranslatableMixin, index.Indexed, ClusterableModel):
    """Statements a participant rates from 0 to 10, written by a course team.

    Translated with wagtail-localize: the Gaelic scale is a copy whose statements share the
    English ones' ``translation_key``. Ratings always record the English (default-language)
    statements, whatever language the form was shown in, so answers given in either language
    count together; ``in_language`` gives the words to show."""

    name = models.CharField(_("name"), max_length=120)
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

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("confidence scale")
        verbose_name_plural = _("confidence scales")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["name", "locale"],
                                               name="one_scale_name_a_language")]

    def __str__(self) -> str:
        return self.name

    def worded_in(self, language: str) -> "ScaleWording":
        """The words of this scale as its translation into ``language`` has them, each marked
        with the language it is really in (a part nobody has translated yet is the English)."""
        translated = (ConfidenceScale.objects.filter(translation_key=self.translation_key,
                                                     locale__language_code=language)
                      .exclude(pk=self.pk).first())
        statements = list(self.statements.all())
        if translated is None:
            words = {}
        else:
            words = dict(translated.statements.values_list("translation_key", "text"))

        def pick(english: str, other: str | None) -> InLanguage:
            if other and other != english:
                return InLanguage(other, language)
            return InLanguage(english, self.locale.language_code)

        return ScaleWording(
            introduction=pick(self.introduction, translated and translated.introduction),
            low_anchor=pick(self.low_anchor, translated and translated.low_anchor),
            high_anchor=pick(self.high_anchor, translated and translated.high_anchor),
            statements=[(statement, pick(statement.text, words.get(statement.translation_key)))
                        for statement in statements],
        )


@dataclass(frozen=True)
class ScaleWording:
    """A scale's words in one language: ``statements`` pairs each statement answers are
    recorded against with the words to show for it."""

    introduction: InLanguage
    low_anchor: InLanguage
    high_anchor: InLanguage
    statements: list


class ConfidenceStatement(TranslatableMixin, Orderable):
    scale = ParentalKey(ConfidenceScale, on_delete=models.CASCADE, related_name="statements")
    text = models.CharField(_("statement"), max_length=300)

    panels = [FieldPanel("text")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("statement")
        verbose_name_plural = _("statements")

    def __str__(self) -> str:
        return self.text
