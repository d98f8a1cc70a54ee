"""Feedback on its way to the co-designers, and what came of it.

Participants' comments on a module (``courses.ModuleFeedback``) and trainers' debriefs
(``courses.SessionDebrief``) reach a module's working party without names, and only where at
least ``MIN_GROUP`` people commented on the module that quarter, unless a coordinator read the
text and released it. A working party marks what it discussed and links it to a "you said, we
did" change, which is published on the module's page and told to the people whose words led
to it."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cms.bilingual import Localised

# Fewer people than this commenting on a module in a quarter could be told apart by what they
# wrote, so their words wait for a coordinator.
MIN_GROUP = 5


class ModuleChange(models.Model):
    """"You said, we did": a public entry on a module's page about a change participants'
    words led to, with the revision that made it."""

    module = models.ForeignKey("courses.ModulePage", on_delete=models.CASCADE,
                               related_name="+", verbose_name=_("module"))
    made_in = models.DateField(_("when the change was made"),
                               help_text=_("Shown as a month and year."))
    you_said = models.TextField(
        _("what participants told us"), max_length=600,
        help_text=_("In plain words and without names, for example: the pacing exercise "
                    "felt rushed."))
    we_did = models.TextField(_("what we changed"), max_length=600)
    you_said_gd = models.TextField(_("what participants told us, in Gaelic"), max_length=600,
                                   blank=True)
    we_did_gd = models.TextField(_("what we changed, in Gaelic"), max_length=600, blank=True)
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.SET_NULL, null=True,
                                 blank=True, related_name="+",
                                 verbose_name=_("revision with the change"))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+", verbose_name=_("written by"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)

    local_you_said = Localised("you_said")
    local_we_did = Localised("we_did")

    class Meta:
        verbose_name = _("“you said, we did” entry")
        verbose_name_plural = _("“you said, we did” entries")
        ordering = ["-made_in", "-pk"]

    def __str__(self) -> str:
        return f"{self.module}: {self.we_did[:60]}"


class FeedbackMark(models.Model):
    """What happened to one comment or one debrief on its way to the co-designers."""

    comment = models.OneToOneField("courses.ModuleFeedback", on_delete=models.CASCADE,
                                   null=True, blank=True, related_name="mark",
                                   verbose_name=_("participant's comment"))
    debrief = models.OneToOneField("courses.SessionDebrief", on_delete=models.CASCADE,
                                   null=True, blank=True, related_name="mark",
                                   verbose_name=_("trainers' debrief"))
    released_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    null=True, blank=True, related_name="+",
                                    verbose_name=_("released by"))
    released_at = models.DateTimeField(_("released at"), null=True, blank=True)
    discussed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                     null=True, blank=True, related_name="+",
                                     verbose_name=_("marked discussed by"))
    discussed_at = models.DateTimeField(_("discussed at"), null=True, blank=True)
    change = models.ForeignKey(ModuleChange, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="feedback_marks", verbose_name=_("change it led to"))

    class Meta:
        verbose_name = _("feedback mark")
        verbose_name_plural = _("feedback marks")
        constraints = [models.CheckConstraint(
            condition=(Q(comment__isnull=False, debrief__isnull=True)
                       | Q(comment__isnull=True, debrief__isnull=False)),
            name="a_mark_is_on_a_comment_or_a_debrief")]

    def __str__(self) -> str:
        return f"mark {self.pk}"
