"""Load the demo: content and people for every feature, dated relative to today. Idempotent."""

from django.core.management.base import BaseCommand
from django.db import transaction

from courses.demo.people import PASSWORD, PEOPLE, seed_people
from courses.demo.scheduling import EXTRA_PARTICIPANTS, seed_scheduling
from courses.demo.site import seed_site


class Command(BaseCommand):
    help = "Load demo content and accounts. Safe to run again: it adds only what is missing."

    @transaction.atomic
    def handle(self, *args, **options) -> None:
        seed_site()
        people = seed_people()
        seed_scheduling(people)
        self.stdout.write(self.style.SUCCESS("Demo loaded. Accounts (password for all: "
                                             f"{PASSWORD}):"))
        for person in PEOPLE:
            self.stdout.write(f"  {person['role']:<13} {person['email']:<26} "
                              f"{person['full_name']}")
        self.stdout.write("  Peer trainer  trainer3@example.org        Seumas Dòmhnallach")
        self.stdout.write(f"  and {len(EXTRA_PARTICIPANTS)} more participants, "
                          "demo-participant-01@example.org to -"
                          f"{len(EXTRA_PARTICIPANTS):02d}@example.org")
