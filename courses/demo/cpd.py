"""Demo certificates and CPD: a reissued certificate for the admin, one member of staff with a
full CPD log and another half-way through the self-paced module."""

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from accounts import roles
from accounts.models import User
from cms.translation import originals
from courses.demo.learning import work_through
from courses.demo.people import demo_account
from courses.models import Certificate, CoursePage, CPDEntry, CPDMethod
from courses.services import certificates, cpd, learning

NURSE = {"email": "nurse@example.org", "full_name": "Alasdair Rothach"}

ELSEWHERE = [
    # (days ago, title, provider, hours, participatory, learned, practice)
    (75, "Falls prevention study day", "NHS Highland learning team", "6", True,
     "How fear of falling, not only falls, narrows what people do day to day.",
     "Ask about activities people have stopped, not just about falls."),
    (400, "Reading: motivational interviewing in long-term conditions", "", "2", False,
     "The difference between advising and evoking people's own reasons for change.",
     "Use more reflective listening before offering advice."),
    (1300, "Diabetes foot care update", "Local diabetes team", "3", True,
     "Updated risk stratification for foot checks.",
     "Check footwear at every review."),
]

# Ùna is a nurse: her module's reflection takes the shape of an NMC written reflective account.
UNA_REFLECTION = {
    "activity": "An online module on supporting self management, in three parts, with "
                "stories from people who live with long-term conditions.",
    "learned": "People often know a great deal about managing their condition already; asking "
               "what they do now opened up the conversation.",
    "practice": "I start reviews with 'what matters to you?' and signpost to the peer-led "
                "course in our area.",
    "code": "Prioritise people: I listen first and plan care around what the person wants to "
            "achieve. Practise effectively: I share information about local support.",
}


def seed_cpd(people: dict[str, User]) -> None:
    module = originals(CoursePage.cpd_modules()).first()
    una = people["staff"]
    if module is None or CPDEntry.objects.filter(user=una).exists():
        return
    today = timezone.localdate()
    cpd.save_staff_profile(una, profession="Community nurse", registration_body="NMC",
                           registration_number="12A3456S")
    work_through(una, module, days_ago=20, stumble=True)
    cpd.finish_course(una, module, today=today - timedelta(days=12), template="nmc",
                      answers=UNA_REFLECTION)
    for days, title, provider, hours, participatory, learned, practice in ELSEWHERE:
        CPDEntry.objects.create(user=una, method=CPDMethod.OTHER, title=title, provider=provider,
                                completed_on=today - timedelta(days=days), hours=Decimal(hours),
                                participatory=participatory, learned=learned,
                                practice=practice)

    nurse = _nurse()
    cpd.save_staff_profile(nurse, profession="Practice nurse", registration_body="NMC")
    work_through(nurse, module, days_ago=2, upto=1)
    learning.open_module(nurse, list(module.modules())[1])

    # A certificate corrected after the person's name was misspelt, for the admin listing.
    first = Certificate.objects.valid().filter(kind="course").exclude(user__email__in=[
        "participant@example.org"]).order_by("pk").first()
    if first is not None:
        certificates.reissue(first, by=User.objects.get(email="coordinator@example.org"))


def _nurse() -> User:
    return demo_account(NURSE["email"], NURSE["full_name"], roles.HEALTH_STAFF)
