"""Stories people share, and their consent to each use of one.

A story is published only in the exact wording its writer approved: ``wording_hash`` is the
hash of the words as they are now (title, text, photo and its description, language) and
``approved_hash`` the hash of the words they approved, so a coordinator's later edit stops it
showing until the writer approves again.

Consent is recorded per story and per use (this website, reports to funders, training
materials) in ``StoryConsent``, not as an ``accounts`` consent purpose: those are one per person
and purpose, but someone may agree to one of their stories being on the website and not
another, and a withdrawal must leave a task per story ("take it out of the funder report").
Rows are never edited away: withdrawing sets ``withdrawn_at``, agreeing again adds a row.
"""

import hashlib
import json
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

TEXT_MAX_LENGTH = 5000
TITLE_MAX_LENGTH = 120
ALT_MAX_LENGTH = 250
NOTE_MAX_LENGTH = 1000


class StoryStatus(models.TextChoices):
    WITH_COORDINATORS = "with_coordinators", _("With a coordinator")
    TO_APPROVE = "to_approve", _("Waiting for the writer's approval")
    APPROVED = "approved", _("Approved by the writer")
    REMOVED = "removed", _("Removed")


class StoryUse(models.TextChoices):
    WEBSITE = "website", _("On this website")
    FUNDER_REPORTS = "funder_reports", _("In reports to our funders")
    TRAINING = "training", _("In training materials")


# Uses outside the website: a withdrawal there is a task for a coordinator.
USES_ELSEWHERE = (StoryUse.FUNDER_REPORTS, StoryUse.TRAINING)


class StoryNaming(models.TextChoices):
    FULL_NAME = "full_name", _("My full name")
    FIRST_NAME = "first_name", _("My first name only")
    ANONYMOUS = "anonymous", _("No name: anonymous")


def _photo_path(story: "Story", filename: str) -> str:
    """A name nobody can guess; the extension is the format we saved it in."""
    return f"stories/{uuid.uuid4().hex}{filename[filename.rfind('.'):]}"


def wording_hash(*, title: str, text: str, photo: str, photo_alt: str, language: str) -> str:
    """The hash of what is published: change any of it and the writer must approve again."""
    words = json.dumps([title, text, photo, photo_alt, language], ensure_ascii=False)
    return hashlib.sha256(words.encode()).hexdigest()


class StoryQuerySet(models.QuerySet):
    def on_website(self):
        """Stories the public may read: approved in their present wording, with a current
        consent to the website."""
        website = StoryConsent.objects.current().filter(story=OuterRef("pk"),
                                                        use=StoryUse.WEBSITE)
        return (self.filter(status=StoryStatus.APPROVED, approved_hash=F("wording_hash"))
                .filter(Exists(website)))

    def for_listing(self):
        return self.select_related("author", "course")

    def of_course(self, course):
        """Stories naming ``course``, in whichever language its page is (they name the
        English page, as runs and credits do)."""
        return self.filter(course__translation_key=course.translation_key,
                           course__locale__language_code=settings.LANGUAGE_CODE)


class Story(models.Model):
    """One person's story, in the words they approved."""

    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                               related_name="stories", verbose_name=_("writer"))
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("course"),
        help_text=_("Optional. The story is shown on this course's page too."))
    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH)
    text = models.TextField(_("story"), max_length=TEXT_MAX_LENGTH)
    language = models.CharField(_("language it is written in"), max_length=8,
                                choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE)
    # Stored under MEDIA_ROOT/stories/ and served only by ``story_photo``, which checks
    # consent: never link to MEDIA_URL for it. Its size is written when it is stored.
    photo = models.ImageField(_("photo"), upload_to=_photo_path, blank=True)
    photo_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    photo_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    photo_alt = models.CharField(
        _("what the photo shows"), max_length=ALT_MAX_LENGTH, blank=True,
        help_text=_("Read out to people who cannot see the photo."))
    written_text = models.TextField(_("the writer's own words"), blank=True, editable=False)
    naming = models.CharField(_("how the writer is named"), max_length=12,
                              choices=StoryNaming.choices, default=StoryNaming.ANONYMOUS)
    status = models.CharField(_("status"), max_length=20, choices=StoryStatus.choices,
                              default=StoryStatus.WITH_COORDINATORS)
    wording_hash = models.CharField(max_length=64, editable=False)
    approved_hash = models.CharField(max_length=64, blank=True, editable=False)
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True, editable=False)
    note_from_writer = models.TextField(_("what the writer asked to change"), blank=True,
                                        editable=False)
    note_to_writer = models.TextField(
        _("note to the writer"), blank=True, max_length=NOTE_MAX_LENGTH,
        help_text=_("Optional. Say what you changed and why; they read it before approving."))
    edited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                  null=True, blank=True, related_name="+", editable=False,
                                  verbose_name=_("last edited by"))
    edited_at = models.DateTimeField(_("last edited at"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("shared at"), auto_now_add=True)
    removed_at = models.DateTimeField(_("removed at"), null=True, blank=True, editable=False)

    objects = StoryQuerySet.as_manager()

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "-approved_at"])]

    def __str__(self) -> str:
        return self.title or _("Story %(number)s") % {"number": self.pk}

    def get_absolute_url(self) -> str:
        return reverse("codesign:story", args=[self.pk])

    def current_wording_hash(self) -> str:
        return wording_hash(title=self.title, text=self.text, photo=self.photo.name or "",
                            photo_alt=self.photo_alt, language=self.language)

    @property
    def is_approved(self) -> bool:
        """Approved by the writer in the wording it has now."""
        return (self.status == StoryStatus.APPROVED and bool(self.approved_hash)
                and self.approved_hash == self.wording_hash)

    def is_on_website(self) -> bool:
        """Whether the public may read it now (one query; a block on a page asks this)."""
        return self.pk is not None and Story.objects.on_website().filter(pk=self.pk).exists()

    @property
    def credit(self) -> str:
        """The name shown with it, as the writer chose."""
        name = self.author.full_name.strip()
        if self.naming == StoryNaming.ANONYMOUS or not name:
            return str(_("Anonymous"))
        if self.naming == StoryNaming.FIRST_NAME:
            return name.split()[0]
        return name


class StoryConsentQuerySet(models.QuerySet):
    def current(self):
        return self.filter(withdrawn_at__isnull=True)

    def to_remove_elsewhere(self):
        """Withdrawn consents to use a story in funder reports or training materials that a
        coordinator has not yet confirmed taking it out of (unless the writer agreed again)."""
        again = StoryConsent.objects.current().filter(story=OuterRef("story"),
                                                      use=OuterRef("use"))
        return (self.filter(use__in=USES_ELSEWHERE, withdrawn_at__isnull=False,
                            removed_elsewhere_at__isnull=True)
                .exclude(Exists(again)).select_related("story__author")
                .order_by("withdrawn_at"))


class StoryConsent(models.Model):
    """The writer's agreement to one use of one story."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="consents",
                              verbose_name=_("story"))
    use = models.CharField(_("use"), max_length=20, choices=StoryUse.choices)
    given_at = models.DateTimeField(_("given at"))
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    removed_elsewhere_at = models.DateTimeField(_("taken out at"), null=True, blank=True)
    removed_elsewhere_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("taken out by"))

    objects = StoryConsentQuerySet.as_manager()

    class Meta:
        verbose_name = _("consent to use a story")
        verbose_name_plural = _("consents to use stories")
        ordering = ["given_at"]
        constraints = [
            models.UniqueConstraint(fields=["story", "use"],
                                    condition=Q(withdrawn_at__isnull=True),
                                    name="one_current_consent_per_story_and_use"),
            models.CheckConstraint(
                condition=Q(withdrawn_at__isnull=True) | Q(withdrawn_at__gte=F("given_at")),
                name="story_consent_withdrawn_after_given"),
        ]

    def __str__(self) -> str:
        return f"{self.story} – {self.get_use_display()}"

    @property
    def is_current(self) -> bool:
        return self.withdrawn_at is None
