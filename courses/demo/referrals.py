"""Demo referrals in three states, so the coordinators' triage list has something on it."""

from courses.models import CoursePage, Referral
from courses.services.referrals import PersonReferred, Referrer, move_referral, refer

LINK_WORKER = Referrer(name="Fionnlagh Mac an t-Saoir",
                       role="Link worker, Lochaber community link service",
                       email="link.worker@example.net")
PRACTICE_NURSE = Referrer(name="Sister Ealasaid Rothach",
                          role="Practice nurse, Harbour Medical Practice",
                          phone="01224 555123")

# (referrer, person, the course's slug or "", note, may hear back, statuses it went through)
REFERRALS = [
    (LINK_WORKER, PersonReferred(full_name="Raonaid Fòn", phone="07912 345678"),
     "living-well", "Best reached after 2pm. Would like to bring her husband.", True, []),
    (PRACTICE_NURSE, PersonReferred(full_name="Tormod Post",
                                    postal_address="7 Quay Road\nAberdeen\nAB11 5RG"),
     "", "No phone: write to him, please.", False, ["contacted"]),
    (LINK_WORKER, PersonReferred(full_name="Ciorstaidh Bheag", email="ciorstaidh@example.net",
                                 language="gd"),
     "", "", True, ["contacted", "declined"]),
]


def seed_referrals(people) -> None:
    """Add the demo's referrals that are missing (by the name they were referred under)."""
    coordinator = people["coordinator"]
    for referrer, person, slug, note, hear_back, statuses in REFERRALS:
        if Referral.objects.filter(name_given=person.full_name).exists():
            continue
        course = CoursePage.objects.filter(slug=slug, locale__language_code="en").first() \
            if slug else None
        referral = refer(referrer, person, person_agreed=True, course=course, note=note,
                         consent_to_hear_back=hear_back)
        for status in statuses:
            move_referral(referral, status, by=coordinator)
