"""Calls and letters: the messages owed to people who prefer a phone call or a letter wait on a
coordinators' list. A call is marked made by whoever made it; letters are printed together as
one PDF, a letter a page with the address where a window envelope shows it, and printing them
marks them sent. Each step claims its rows first, so nothing is called or printed twice."""

from dataclasses import dataclass

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from accounts.models import ContactChannel, User
from cms.models import SiteSettings
from courses.models import OutboxMessage
from courses.services.emails import Paper, build_message
from courses.services.pdf import FONTS, html_to_pdf


@dataclass(frozen=True)
class ToDo:
    """An owed call or letter, with what to say or print."""

    message: OutboxMessage
    paper: Paper


def calls_and_letters() -> tuple[list[ToDo], list[ToDo]]:
    """The calls to make and the letters to print, oldest first. Anything that no longer
    applies (a reminder for a session the person has left) is struck off as it is found."""
    calls, letters = [], []
    for message in OutboxMessage.objects.for_staff():
        paper = build_message(message)
        if paper is None:
            _strike_off([message.pk])
            continue
        (calls if message.channel == ContactChannel.PHONE else letters).append(
            ToDo(message, paper))
    return calls, letters


def mark_called(message: OutboxMessage, *, by: User) -> bool:
    """Record that ``by`` made the call. Returns False if someone already had."""
    return bool(OutboxMessage.objects.for_staff().filter(
        pk=message.pk, channel=ContactChannel.PHONE,
    ).update(sent_at=timezone.now(), sent_by=by))


@transaction.atomic
def print_letters(*, by: User) -> tuple[bytes, int] | None:
    """Every letter owed, in one PDF, and each marked sent by ``by``; None when there are none.
    Rows are locked while printing, so two coordinators pressing at once print each once."""
    rows = list(OutboxMessage.objects.for_staff().filter(channel=ContactChannel.LETTER)
                .select_for_update(skip_locked=True, of=("self",)))
    letters = []
    for message in rows:
        paper = build_message(message)
        if paper is None:
            _strike_off([message.pk])
        else:
            letters.append(ToDo(message, paper))
    if not letters:
        return None
    pdf = html_to_pdf(render_to_string("courses/letters/batch.html", {
        "letters": letters, "fonts": FONTS, "today": timezone.localdate(),
        "sender": SiteSettings.objects.first(),
    }))
    OutboxMessage.objects.filter(pk__in=[todo.message.pk for todo in letters]).update(
        sent_at=timezone.now(), sent_by=by)
    return pdf, len(letters)


def _strike_off(message_ids: list[int]) -> None:
    OutboxMessage.objects.filter(pk__in=message_ids).update(sent_at=timezone.now(),
                                                            skipped=True)
