"""Demo accounts for every role. Several carry Gaelic names, accents included."""

from django.contrib.auth.models import Group

from accounts import roles
from accounts.models import ConsentPurpose, User
from accounts.services.consent import give_consent
from accounts.services.profile import confirm_email_address

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


def demo_account(email: str, full_name: str, role: str, **details) -> User:
    """A demo account that can log in: the demo password, a confirmed address, its role and
    the consent to take part. Safe to call again; it mends an account that could not log in."""
    user, _created = User.objects.get_or_create(email=email,
                                                defaults={"full_name": full_name, **details})
    if not user.password or not user.has_usable_password():
        user.set_password(PASSWORD)
        user.save(update_fields=["password"])
    confirm_email_address(user)
    user.groups.add(Group.objects.get(name=role))
    give_consent(user, ConsentPurpose.TAKING_PART)
    return user


def seed_people() -> dict[str, User]:
    """Create the demo accounts if missing; returns them keyed by role-like nickname."""
    users = {}
    for person in PEOPLE:
        details = {k: v for k, v in person.items() if k not in ("email", "role")}
        user = demo_account(person["email"], role=person["role"], **details)
        users[person["email"].split("@")[0]] = user
    return users
