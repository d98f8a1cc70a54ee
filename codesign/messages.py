"""The co-design app's kinds of message, built like courses' own (``courses.services.emails``)
and registered with it when the app is ready."""

from datetime import date

from django.urls import reverse

from codesign.models import ModuleChange, WorkingParty
from codesign.services import feedback
from courses.models import OutboxMessage
from courses.services.emails import Message, absolute_url, compose, register_builder


def you_said_we_did(message: OutboxMessage) -> Message | None:
    """Only while the entry is still published and still linked to something they wrote."""
    change = (ModuleChange.objects.filter(
        pk=message.context.get("change"), published_at__isnull=False,
        feedback_marks__comment__enrolment__user=message.recipient)
        .select_related("module").first())
    if change is None:
        return None
    return compose("you_said_we_did", message, {
        "change": change, "module_url": absolute_url(change.module.url or "/"),
        "my_url": absolute_url(reverse("courses:my"))})


def codesign_digest(message: OutboxMessage) -> Message | None:
    """Only to someone still a member, and only when there is still something to read."""
    party = WorkingParty.objects.of_member(message.recipient).filter(
        pk=message.context.get("party")).prefetch_related("courses").first()
    if party is None:
        return None
    month = date.fromisoformat(message.context["month"])
    lines = feedback.month_digest(party, month)
    if not lines:
        return None
    url = reverse("codesign:party_feedback", args=[party.pk])
    return compose("codesign_digest", message, {
        "party": party, "month": month, "lines": lines,
        "feedback_url": absolute_url(f"{url}?q={feedback.Quarter.of(month)}")})


def register_messages() -> None:
    register_builder("you_said_we_did", you_said_we_did)
    register_builder("codesign_digest", codesign_digest)
