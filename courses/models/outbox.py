"""Messages owed (an e-mail, a text, a call or a letter), written in the same transaction as
the change that owes them."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from accounts.models import ContactChannel

# E-mails and texts go by themselves; calls and letters wait on a coordinator's list.
SENT_BY_WORKER = ("email", "text", "")  # "": nobody can be reached, so nothing is sent
LEFT_TO_STAFF = ("phone", "letter")


class OutboxMessageQuerySet(models.QuerySet):
    def unsent(self):
        return self.filter(sent_at__isnull=True, failed_at__isnull=True)

    def for_staff(self):
        """Calls to make and letters to print, oldest first."""
        return (self.unsent().filter(channel__in=LEFT_TO_STAFF, skipped=False)
                .select_related("recipient").order_by("created_at"))


class OutboxMessage(models.Model):
    """One message to one person, by the way they prefer to be reached (``channel``, chosen
    when it is owed). ``key`` makes owing the same message twice impossible."""

    kind = models.CharField(_("kind"), max_length=40)
    channel = models.CharField(_("sent by"), max_length=10, blank=True, default="email",
                               choices=ContactChannel.choices)
    key = models.CharField(_("key"), max_length=200, unique=True)
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                  related_name="+", verbose_name=_("recipient"))
    context = models.JSONField(_("context"), default=dict, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    claimed_at = models.DateTimeField(_("claimed at"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    skipped = models.BooleanField(
        _("not needed any more"), default=False,
        help_text=_("For example a reminder for a session the person has since left."),
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    not_before = models.DateTimeField(_("next attempt after"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    failed_at = models.DateTimeField(_("gave up at"), null=True, blank=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("made or printed by"),
        help_text=_("For a call or a letter: the coordinator who made or printed it."))

    objects = OutboxMessageQuerySet.as_manager()

    class Meta:
        verbose_name = _("outgoing message")
        verbose_name_plural = _("outgoing messages")
        ordering = ["created_at"]
        indexes = [models.Index(fields=["sent_at", "failed_at", "created_at"])]

    def __str__(self) -> str:
        return f"{self.kind} → {self.recipient_id}"
