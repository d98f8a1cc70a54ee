"""Load the demo: content and people for every feature, dated relative to today. Idempotent."""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from courses import demo
from courses.demo.action_plans import seed_action_plans
from courses.demo.cpd import seed_cpd
from courses.demo.demand import seed_demand
from courses.demo.exchange import seed_exchange, seed_exports
from courses.demo.fidelity import NEW_TRAINER, seed_fidelity
from courses.demo.learning import seed_online
from courses.demo.people import PASSWORD, seed_people
from courses.demo.privacy import LEAVER, QUIET, seed_privacy
from courses.demo.referrals import seed_referrals
from courses.demo.scheduling import WITHOUT_EMAIL, seed_scheduling
from courses.demo.site import seed_site
from courses.demo.translations import seed_translations
from courses.demo.volunteering import seed_volunteering
from courses.models import OutboxMessage
from courses.models.outbox import SENT_BY_WORKER

# What each demo account shows, after its role.
NOTES = {
    "participant@example.org": "a certificate, confidence charts and a waiting-list place "
                               "on /my/; half-way through a course online at his own pace",
    "carer@example.org": "Gaelic; on a run under way, with action plans on /my/",
    "staff@example.org": "a full CPD log at /my/cpd/",
    "nurse@example.org": "a third of the way through the self-paced CPD module",
    "trainer@example.org": "Gaelic; leads runs, sessions at /trainer/",
    "volunteer@example.org": "a follow-up call to make from /my/; her hours and expense "
                             "claims at /my/volunteering/",
    QUIET["email"]: "warned that her quiet account will be erased",
    NEW_TRAINER[0]: "a new trainer: her observation and coaching note at /trainer/",
}


class Command(BaseCommand):
    help = "Load demo content and accounts. Safe to run again: it adds only what is missing."

    @transaction.atomic
    def handle(self, *args, **options) -> None:
        seed_site()
        seed_translations()
        people = seed_people()
        seed_scheduling(people)
        seed_demand()
        seed_fidelity(people)
        seed_action_plans(people)
        seed_cpd(people)
        seed_online(people)
        seed_exchange(people)
        seed_privacy(people)
        seed_exports(people)
        seed_referrals(people)
        seed_volunteering(people)
        for part in demo.parts():  # what the apps above courses add
            part.seed(people)
        # The demo should not fill the console with e-mails about people who do not exist.
        # (Calls and letters stay on the coordinators' list, to show it.)
        OutboxMessage.objects.filter(sent_at__isnull=True, channel__in=SENT_BY_WORKER).update(
            sent_at=timezone.now(), skipped=True)
        self._list_accounts()

    def _list_accounts(self) -> None:
        """Every account that can log in, with its role: a test logs in as each one."""
        self.stdout.write(self.style.SUCCESS(f"Demo loaded. Accounts (password for all: "
                                             f"{PASSWORD}):"))
        accounts = (User.objects.filter(email__endswith="@example.org", erased_at__isnull=True)
                    .prefetch_related("groups").order_by("pk"))
        notes = {**NOTES, **{email: note for part in demo.parts()
                             for email, note in part.notes.items()}}
        for user in (user for user in accounts if user.has_usable_password()):
            role = ", ".join(sorted(group.name for group in user.groups.all()))
            note = f"  ({notes[user.email]})" if user.email in notes else ""
            self.stdout.write(f"  {user.email:<34} {role:<26} {user.full_name}{note}")
        self.stdout.write(f"Not an account any more: {LEAVER} left and was erased; what they "
                          "did still counts in the figures.")
        self.stdout.write("Without e-mail (so no login): " + "; ".join(
            f"{details['full_name']} ({'phone' if 'phone' in details else 'letters'})"
            for details in WITHOUT_EMAIL) + ", both on the Aberdeen run: their call and letter "
            "wait under Reports → Calls and letters.")
