"""Demo privacy: a co-designer with an account who can withdraw their credit from "My data",
a withdrawal a coordinator recorded for someone who phoned, a participant who left (erased,
still counted), and one long gone quiet who has been warned."""

from datetime import timedelta

from django.utils import timezone

from accounts import roles
from accounts.models import AuditAction, AuditEntry, ConsentPurpose, User
from accounts.services import audit, my_data
from accounts.services.consent import give_consent, withdraw_consent
from cms.translation import originals
from courses.demo.people import demo_account
from courses.models import CoDesignCredit, CoursePage
from courses.services.retention import apply_retention

LEAVER = "demo-participant-08@example.org"   # took part in the finished Glasgow run
CALLER = "demo-participant-03@example.org"   # phoned to say: no more volunteering e-mails
QUIET = {"email": "quiet@example.org", "full_name": "Seonag Rothach"}


def seed_privacy(people: dict[str, User]) -> None:
    if AuditEntry.objects.filter(action=AuditAction.ERASED).exists():
        return
    coordinator = people["coordinator"]
    _linked_credit(people["participant"])
    caller = User.objects.filter(email=CALLER).first()
    if caller is not None:
        give_consent(caller, ConsentPurpose.CONTACT_ABOUT_VOLUNTEERING)
        withdraw_consent(caller, ConsentPurpose.CONTACT_ABOUT_VOLUNTEERING)
        audit.record(coordinator, AuditAction.CONSENT_RECORDED, caller, subject=caller,
                     purpose=ConsentPurpose.CONTACT_ABOUT_VOLUNTEERING, withdrawn=True)
    leaver = User.objects.filter(email=LEAVER).first()
    if leaver is not None:
        my_data.erase(leaver, by=leaver)
    _quiet_participant()


def _linked_credit(participant: User) -> None:
    """Pàdraig tested the course's drafts and agreed, from his account, to be named."""
    course = originals(CoursePage.objects).get(slug="living-well")
    give_consent(participant, ConsentPurpose.CO_DESIGN_CREDIT)
    CoDesignCredit.objects.get_or_create(
        page=course, person=participant, defaults={
            "name": participant.full_name, "role": "Tried the planning worksheets at home "
            "and said which parts were hard to follow", "lived_experience": True,
            "consent_given_on": timezone.localdate() - timedelta(days=200)})


def _quiet_participant() -> None:
    long_ago = timezone.now() - timedelta(days=3 * 365 - 10)
    demo_account(QUIET["email"], QUIET["full_name"], roles.PARTICIPANT, date_joined=long_ago,
                 last_login=long_ago)
    apply_retention()  # warns her: her account goes in about three weeks unless she logs in
