"""What coordinators do for a person from their page under *People* that needs our messages:
text them a link to set up a login. The page itself belongs to ``accounts``; this adds a
button to it through the ``register_person_action`` hook."""

from dataclasses import dataclass

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import View

from accounts.models import User
from accounts.services.profile import can_text
from courses.admin.base import CoordinatorMixin
from courses.services.errors import DomainError
from courses.services.logins import send_login_setup

PERMISSION = "courses.manage_enrolment"


@dataclass(frozen=True)
class PersonAction:
    label: str
    url: str
    hint: str


def login_setup_action(request, person: User) -> PersonAction | None:
    """The button, for someone with no login and a mobile, shown to those who may use it."""
    if person.has_usable_password() or not can_text(person.phone):
        return None
    if not request.user.has_perm(PERMISSION):
        return None
    return PersonAction(_("Text them a link to set up a login"),
                        reverse("courses_send_login_setup", args=[person.pk]),
                        _("They choose an e-mail address and a password, and keep everything "
                          "they have. The link works once, within 3 days."))


class SendLoginSetupView(CoordinatorMixin, View):
    permission_required = PERMISSION
    http_method_names = ["post"]

    def post(self, request, pk):
        person = get_object_or_404(User, pk=pk, erased_at__isnull=True)
        try:
            send_login_setup(person)
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("A set-up link is on its way to %(person)s by text.")
                             % {"person": person.full_name})
        return HttpResponseRedirect(reverse("accounts_person", args=[pk]))
