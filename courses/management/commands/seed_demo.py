"""Load the demo: content and people for every feature, dated relative to today. Idempotent."""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from courses.demo.cpd import NURSE, seed_cpd
from courses.demo.exchange import seed_exchange
from courses.demo.people import PASSWORD, PEOPLE, seed_people
from courses.demo.privacy import seed_privacy
from courses.demo.scheduling import EXTRA_PARTICIPANTS, seed_scheduling
from courses.demo.site import seed_site
from courses.models import OutboxMessage


class Command(BaseCommand):
    help = "Load demo content and accounts. Safe to run again: it adds only what is missing."

    @transaction.atomic
    def handle(self, *args, **options) -> None:
        seed_site()
        people = seed_people()
        seed_scheduling(people)
        seed_cpd(people)
        seed_exchange(people)
        seed_privacy(people)
        # The demo should not fill the console with e-mails about people who do not exist.
        OutboxMessage.objects.filter(sent_at__isnull=True).update(sent_at=timezone.now(),
                                                                  skipped=True)
        self.stdout.write(self.style.SUCCESS("Demo loaded. Accounts (password for all: "
                                             f"{PASSWORD}):"))
        for person in PEOPLE:
            self.stdout.write(f"  {person['role']:<13} {person['email']:<26} "
                              f"{person['full_name']}")
        self.stdout.write(f"  Peer trainer  {'trainer3@example.org':<26} Seumas Dòmhnallach")
        self.stdout.write(f"  Health staff  {NURSE['email']:<26} {NURSE['full_name']} "
                          "(half-way through the CPD module)")
        self.stdout.write(f"  and {len(EXTRA_PARTICIPANTS)} more participants, "
                          "demo-participant-01@example.org to -"
                          f"{len(EXTRA_PARTICIPANTS):02d}@example.org")
        self.stdout.write("  (demo-participant-08 has left: erased, still counted in the figures; "
                          "quiet@example.org has been warned that her account will go)")
