"""Giving someone we added without a login (often no e-mail) a way in: a one-time set-up link
by text, where they choose an e-mail address and a password (``accounts.services.profile``)."""

from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import ContactChannel, User
from accounts.services.profile import can_text
from courses.services.errors import DomainError
from courses.services.outbox import owe_email


class LoginSetupError(DomainError):
    pass


def send_login_setup(person: User, *, now: datetime | None = None) -> None:
    """Text ``person`` a link to set up their login. Each sending is a new link; an older
    one stops working once either is used."""
    if person.has_usable_password():
        raise LoginSetupError("has_login", _("%(person)s can log in already.")
                              % {"person": person.full_name})
    if not can_text(person.phone):
        raise LoginSetupError("no_mobile", _(
            "A set-up link goes by text, so it needs a mobile number. Add their e-mail "
            "address instead, or a mobile number."))
    now = now or timezone.now()
    owe_email("login_setup", person, key=f"login_setup:{person.pk}:{now.isoformat()}",
              channel=ContactChannel.TEXT)
