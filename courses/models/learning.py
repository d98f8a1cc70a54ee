"""Self-paced learning: someone working through a self-paced course's modules alone — where they
are, how long they have spent, their private notes, their knowledge-check attempts — and a
participant's place on a self-paced course (a member of staff's ends in a CPD entry instead)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Block ids (Wagtail's UUIDs) as text: a question, an answer, a notes box.
BLOCK_ID_LENGTH = 36


class ModuleProgress(models.Model):
    """Someone's way through one module of a self-paced course, recorded against the English
    module whichever language they read it in."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="module_progress", verbose_name=_("person"))
    module = models.ForeignKey("courses.ModulePage", on_delete=models.CASCADE,
                               related_name="+", verbose_name=_("module"))
    started_at = models.DateTimeField(_("first opened at"), default=timezone.now)
    last_visited_at = models.DateTimeField(_("last opened at"), default=timezone.now)
    active_seconds = models.PositiveIntegerField(
        _("time spent (seconds)"), default=0,
        help_text=_("Time the page was open and in use, counted up to a limit per visit."))
    completed_at = models.DateTimeField(_("done at"), null=True, blank=True)

    class Meta:
        verbose_name = _("module progress")
        verbose_name_plural = _("module progress")
        constraints = [models.UniqueConstraint(fields=["user", "module"],
                                               name="one_progress_mark_per_module")]

    def __str__(self) -> str:
        return f"{self.user} – {self.module}"

    @property
    def done(self) -> bool:
        return self.completed_at is not None


class ModuleVisit(models.Model):
    """One opening of a module's page, and the active time the page reported for it. The page
    names the visit with a random key; the time it reports only ever grows, and is held under
    both the time since the visit began and a cap (``courses.services.learning``)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="+", verbose_name=_("person"))
    module = models.ForeignKey("courses.ModulePage", on_delete=models.CASCADE,
                               related_name="+", verbose_name=_("module"))
    key = models.UUIDField(_("visit key"))
    started_at = models.DateTimeField(_("began at"), default=timezone.now)
    seconds = models.PositiveIntegerField(_("active seconds"), default=0)

    class Meta:
        verbose_name = _("module visit")
        verbose_name_plural = _("module visits")
        constraints = [models.UniqueConstraint(fields=["user", "key"],
                                               name="one_visit_per_key")]

    def __str__(self) -> str:
        return f"{self.user} – {self.module} ({self.seconds} s)"



class LearnerNote(models.Model):
    """What someone wrote in the notes box of an exercise or a reflection: theirs alone."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="learner_notes", verbose_name=_("person"))
    module = models.ForeignKey("courses.ModulePage", on_delete=models.CASCADE,
                               related_name="+", verbose_name=_("module"))
    block = models.CharField(_("notes box"), max_length=BLOCK_ID_LENGTH)
    text = models.TextField(_("notes"), max_length=5000)
    updated_at = models.DateTimeField(_("saved at"), default=timezone.now)

    class Meta:
        verbose_name = _("learner's note")
        verbose_name_plural = _("learners' notes")
        constraints = [models.UniqueConstraint(fields=["user", "module", "block"],
                                               name="one_note_per_box")]

    def __str__(self) -> str:
        return f"{self.user} – {self.module}"



class KnowledgeCheckAttempt(models.Model):
    """One go at a module's knowledge check: private to the person who took it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="knowledge_check_attempts",
                             verbose_name=_("person"))
    module = models.ForeignKey("courses.ModulePage", on_delete=models.CASCADE,
                               related_name="+", verbose_name=_("module"))
    submitted_at = models.DateTimeField(_("answered at"), default=timezone.now)
    questions = models.PositiveSmallIntegerField(_("questions"))
    correct = models.PositiveSmallIntegerField(_("right answers"))
    pass_mark = models.PositiveSmallIntegerField(_("pass mark (%)"))
    passed = models.BooleanField(_("passed"))

    class Meta:
        verbose_name = _("knowledge check attempt")
        verbose_name_plural = _("knowledge check attempts")
        ordering = ["-submitted_at", "-pk"]
        indexes = [models.Index(fields=["user", "module"]), models.Index(fields=["module"])]
        constraints = [models.CheckConstraint(condition=Q(correct__lte=models.F("questions")),
                                              name="attempt_correct_within_questions")]

    def __str__(self) -> str:
        return f"{self.user} – {self.module}: {self.correct}/{self.questions}"

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.questions) if self.questions else 0


class KnowledgeCheckAnswer(models.Model):
    attempt = models.ForeignKey(KnowledgeCheckAttempt, on_delete=models.CASCADE,
                                related_name="answers", verbose_name=_("attempt"))
    question = models.CharField(_("question"), max_length=BLOCK_ID_LENGTH)
    choice = models.CharField(_("answer chosen"), max_length=BLOCK_ID_LENGTH)
    correct = models.BooleanField(_("right"))

    class Meta:
        verbose_name = _("knowledge check answer")
        verbose_name_plural = _("knowledge check answers")
        constraints = [models.UniqueConstraint(fields=["attempt", "question"],
                                               name="one_answer_per_question")]

    def __str__(self) -> str:
        return f"{self.question}: {self.choice}"



class SelfPacedPlace(models.Model):
    """A participant taking a self-paced course online: their confidence ratings hang from it,
    and the certificate when they finish."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="self_paced_places", verbose_name=_("person"))
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE,
                               related_name="+", verbose_name=_("course"))
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("self-paced place")
        verbose_name_plural = _("self-paced places")
        constraints = [models.UniqueConstraint(fields=["user", "course"],
                                               name="one_self_paced_place_per_course")]

    def __str__(self) -> str:
        return f"{self.user} – {self.course}"

    @property
    def finished(self) -> bool:
        return self.finished_at is not None
