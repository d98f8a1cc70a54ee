"""The community app's messages, built from outbox rows (``courses.services.emails``): one
function per kind, registered from ``CommunityConfig.ready``."""

from datetime import date

from django.urls import reverse

from community.models import DirectoryEntry
from community.services.directory import keeps
from courses.models import OutboxMessage
from courses.services.emails import Message, absolute_url, compose


def directory_check_due(message: OutboxMessage) -> Message | None:
    """An entry of theirs is due a check. Not sent once someone has checked it since, once it
    is gone, or once they no longer keep its area."""
    entry = (DirectoryEntry.objects.select_related("area")
             .filter(pk=message.context.get("entry")).first())
    checked_on = message.context.get("checked_on", "")
    if (entry is None or entry.checked_on.isoformat() != checked_on
            or not keeps(message.recipient, entry.area_id)):
        return None
    return compose("directory_check_due", message, {
        "entry": entry, "last_checked": date.fromisoformat(checked_on),
        "edit_url": absolute_url(reverse("community:edit_entry", args=[entry.pk])),
        "networker_url": absolute_url(reverse("community:networker"))}, app="community")
