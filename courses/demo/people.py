"""Demo accounts for every role. Several carry Gaelic names, accents included."""

from django.contrib.auth.models import Group

from accounts import roles
from accounts.models import ConsentPurpose, User
from accounts.services.consent import give_consent

PASSWORD = "demo-courses-2026"

PEOPLE = [
    {"email": "coordinator@example.org", "full_name": "Catrìona NicLeòid",
     "role": roles.COORDINATOR, "preferred_language": "en"},
    {"email": "trainer@example.org", "full_name": "Eilidh NicIllEathain",
     "role": roles.PEER_TRAINER, "preferred_language": "gd"},
    {"email": "trainer2@example.org", "full_name": "Iain MacCoinnich",
     "role": roles.PEER_TRAINER, "preferred_language": "en"},
    {"email": "participant@example.org", "full_name": "Pàdraig Mac Aonghais",
     "role": roles.PARTICIPANT, "preferred_language": "en",
     "access_needs": "Uses a wheelchair; needs step-free access and an accessible toilet."},
    {"email": "carer@example.org", "full_name": "Mòrag Dhòmhnallach",
     "role": roles.PARTICIPANT, "preferred_language": "gd"},
    {"email": "staff@example.org", "full_name": "Ùna Chaimbeul",
     "role": roles.HEALTH_STAFF, "preferred_language": "en"},
]


def seed_people() -> dict[str, User]:
    """Create the demo accounts if missing; returns them keyed by role-like nickname."""
    users = {}
    for person in PEOPLE:
        details = {k: v for k, v in person.items() if k not in ("email", "role")}
        user, created = User.objects.get_or_create(email=person["email"], defaults=details)
        if created:
            user.set_password(PASSWORD)
            user.save(update_fields=["password"])
        user.groups.add(Group.objects.get(name=person["role"]))
        give_consent(user, ConsentPurpose.TAKING_PART)
        users[person["email"].split("@")[0]] = user
    return users
