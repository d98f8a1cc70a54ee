"""The co-design app's kinds of message, built like courses' own (``courses.services.emails``)
and registered with it when the app is ready."""

from django.urls import reverse

from codesign.models import ModuleChange
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


def register_messages() -> None:
    register_builder("you_said_we_did", you_said_we_did)
