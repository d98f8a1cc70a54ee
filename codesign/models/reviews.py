"""Module reviews: a working party reads one saved version (a Wagtail revision) of a module it
looks after, comments on it, and its members sign that version off.

A sign-off belongs to the revision the review names, so a later edit, saved or published, is a
new revision that nobody has signed. Wagtail's autosave can rewrite the latest revision in place
(same id, new content and a new ``created_at``), so a review also keeps the revision's
``created_at`` as it was when the version was put up: a revision rewritten since is no longer
the version the members read, and their sign-offs do not count for it.
Every change is made by ``codesign.services.reviews``.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from codesign.models.working_parties import LIVED_EXPERIENCE_ROLES, MemberRole


class ReviewQuerySet(models.QuerySet):
    def open(self):
        return self.filter(closed_at__isnull=True)

    def listed(self):
        return self.select_related("module", "party", "revision")


class ModuleReview(models.Model):
    """One version of one module, put up for review by one working party."""

    module = models.ForeignKey("courses.ModulePage", on_delete=models.CASCADE, related_name="+",
                               verbose_name=_("module"))
    party = models.ForeignKey("codesign.WorkingParty", on_delete=models.RESTRICT,
                              related_name="reviews", verbose_name=_("working party"))
    # SET_NULL: erasing a person deletes revisions whose content names them, and Wagtail's
    # purge_revisions may remove old ones; the review and its sign-offs stay on record.
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.SET_NULL, null=True,
                                 related_name="+", verbose_name=_("version under review"))
    revision_created_at = models.DateTimeField(_("version saved at"))
    opened_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                  null=True, related_name="+", verbose_name=_("put up by"))
    opened_at = models.DateTimeField(_("put up for review at"))
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)

    objects = ReviewQuerySet.as_manager()

    class Meta:
        verbose_name = _("module review")
        verbose_name_plural = _("module reviews")
        ordering = ["-opened_at"]
        constraints = [models.UniqueConstraint(
            fields=["module", "party"], condition=Q(closed_at__isnull=True),
            name="one_open_review_per_module_and_party")]

    def __str__(self) -> str:
        return f"{self.module.title} ({self.party})"

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    @property
    def version_unchanged(self) -> bool:
        """Whether the revision is still the version that was put up for review."""
        return (self.revision is not None
                and self.revision.created_at == self.revision_created_at)


class ReviewComment(models.Model):
    review = models.ForeignKey(ModuleReview, on_delete=models.CASCADE, related_name="comments",
                               verbose_name=_("review"))
    member = models.ForeignKey("codesign.WorkingPartyMember", on_delete=models.RESTRICT,
                               related_name="review_comments", verbose_name=_("member"))
    text = models.TextField(_("comment"), max_length=4000)
    written_at = models.DateTimeField(_("written at"))
    erased_at = models.DateTimeField(_("erased at"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("review comment")
        verbose_name_plural = _("review comments")
        ordering = ["written_at", "pk"]

    def __str__(self) -> str:
        return f"{self.member} – {self.review}"


class SignOffQuerySet(models.QuerySet):
    def counting(self):
        """Sign-offs by members with lived experience of a version still as they read it."""
        return self.filter(role__in=LIVED_EXPERIENCE_ROLES,
                           review__revision__created_at=F("review__revision_created_at"))

    def of_revisions(self, revision_ids):
        return self.filter(review__revision_id__in=revision_ids)


class SignOff(models.Model):
    """"I agree this module can be used": one member, for the version their review names."""

    review = models.ForeignKey(ModuleReview, on_delete=models.CASCADE, related_name="sign_offs",
                               verbose_name=_("review"))
    member = models.ForeignKey("codesign.WorkingPartyMember", on_delete=models.RESTRICT,
                               related_name="sign_offs", verbose_name=_("member"))
    # The role they signed in, kept as it was: a later change of role does not rewrite what
    # a sign-off meant.
    role = models.CharField(_("role"), max_length=20, choices=MemberRole.choices)
    signed_at = models.DateTimeField(_("signed off at"))

    objects = SignOffQuerySet.as_manager()

    class Meta:
        verbose_name = _("sign-off")
        verbose_name_plural = _("sign-offs")
        ordering = ["signed_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["review", "member"],
                                               name="one_sign_off_per_member_and_review")]

    def __str__(self) -> str:
        return f"{self.member} – {self.review}"

    @property
    def by_lived_experience(self) -> bool:
        return self.role in LIVED_EXPERIENCE_ROLES
