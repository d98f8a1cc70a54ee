"""Equality monitoring in the demo: a small SIMD and urban/rural lookup covering the demo's
postcodes (made-up values, not the official ones), loaded by the coordinator, and answers from
most people with a place on a demo run (one in six has not answered): a mix of answers,
"prefer not to say" and questions left out, the same every time. Pàdraig
(participant@example.org) has not answered, so his /my/ offers the questions. Registered with
``courses.demo``; safe to run again."""

from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.core.files.base import ContentFile

from accounts.models import User
from courses.models import Enrolment
from courses.models.enrolment import PLACE_HOLDING_STATUSES
from reports.models import EqualityAnswers, LookupKind, LookupUpload
from reports.services import equality, lookups
from reports.services.equality import EqualityDetails

NOT_ASKED = "participant@example.org"  # left without answers, to show the offer
SKIP_EVERY = 6  # one person in six has not answered
# postcode: (SIMD quintile, urban/rural class), invented for the demo
LOOKUP = {
    "IV3 5NE": (3, 2), "IV2 3HA": (2, 2), "IV27 4AB": (3, 6), "PH33 6SY": (4, 4),
    "KW1 4YT": (2, 4), "G42 7AA": (1, 1), "G42 9LX": (1, 1), "G41 3DT": (3, 1),
    "AB11 5PQ": (2, 1), "AB10 1XG": (4, 1), "AB34 5JD": (5, 5),
}
# An older, mostly White Scottish crowd, most living with a condition: enough alike that
# the funder report has figures to show as well as cells it must withhold.
ANSWERS = [
    dict(age_band="65_74", sex="female", gender_identity="no", ethnic_group="white_scottish",
         disability="yes", conditions=("long_term_illness",), unpaid_carer="no",
         postcode="IV3 5NE"),
    dict(age_band="55_64", sex="male", gender_identity="no", ethnic_group="white_scottish",
         disability="yes", conditions=("physical", "mental_health"), unpaid_carer="yes",
         postcode="G42 7AA"),
    dict(age_band="75_plus", sex="female", gender_identity="prefer_not",
         ethnic_group="white_british", disability="yes", conditions=("sight",),
         unpaid_carer="no", postcode_prefer_not=True),
    dict(age_band="45_54", sex="female", ethnic_group="asian_pakistani", disability="no",
         unpaid_carer="yes", postcode="G41 3DT"),
    dict(age_band="prefer_not", sex="prefer_not", gender_identity="prefer_not",
         ethnic_group="prefer_not", disability="prefer_not", unpaid_carer="prefer_not"),
    dict(age_band="65_74", sex="male", gender_identity="no", ethnic_group="white_scottish",
         disability="yes", conditions=("prefer_not",), unpaid_carer="no", postcode="AB11 5PQ"),
    dict(age_band="65_74", sex="male", ethnic_group="white_scottish", disability="yes",
         conditions=("hearing", "long_term_illness"), postcode="IV27 4AB"),
    dict(age_band="55_64", sex="female", gender_identity="no", ethnic_group="white_scottish",
         disability="yes", conditions=("mental_health",), unpaid_carer="no",
         postcode="AB10 1XG"),
    dict(age_band="65_74", sex="female", gender_identity="no", ethnic_group="african",
         disability="no", unpaid_carer="yes", postcode="G42 9LX"),
    dict(age_band="65_74", sex="female", gender_identity="no", ethnic_group="white_scottish",
         disability="yes", conditions=("long_term_illness", "physical"), unpaid_carer="yes",
         postcode="PH33 6SY"),
    dict(sex="male", ethnic_group="white_scottish", disability="no", unpaid_carer="no",
         postcode="KW1 4YT"),
]


def seed_equality(people: dict[str, User]) -> None:
    if not LookupUpload.objects.exists():
        _load_lookups(people["coordinator"])
    people = [person for number, person in enumerate(_people_with_places())
              if number % SKIP_EVERY != SKIP_EVERY - 1]
    answered = set(EqualityAnswers.objects.values_list("user", flat=True))
    for number, person in enumerate(people):
        if person.pk not in answered:
            details = EqualityDetails(**ANSWERS[number % len(ANSWERS)])
            equality.save_answers(person, details, consented=True)


def _people_with_places() -> list[User]:
    """Everyone with a place on a demo run who can log in, in the order they were added."""
    return list(User.objects.filter(
        pk__in=Enrolment.objects.filter(status__in=PLACE_HOLDING_STATUSES).values("user"),
        email__isnull=False, erased_at__isnull=True).exclude(email=NOT_ASKED)
        .exclude(password__startswith=UNUSABLE_PASSWORD_PREFIX).order_by("pk"))


def _load_lookups(coordinator: User) -> None:
    simd = "Postcode,DZ,SIMD2020v2_Quintile\n" + "".join(
        f"{postcode},S0100000{n},{values[0]}\n" for n, (postcode, values)
        in enumerate(LOOKUP.items()))
    urban_rural = "Postcode,UR6_2020\n" + "".join(
        f"{postcode},{values[1]}\n" for postcode, values in LOOKUP.items())
    lookups.load_lookup(LookupKind.SIMD, ContentFile(simd.encode(), name="demo-simd.csv"),
                        by=coordinator)
    lookups.load_lookup(LookupKind.URBAN_RURAL,
                        ContentFile(urban_rural.encode(), name="demo-urban-rural.csv"),
                        by=coordinator)
