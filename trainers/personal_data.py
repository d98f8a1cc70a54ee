"""What the trainers app holds about a person: their trainer profile, accreditations and the
stages of their path, registered with ``accounts.personal_data``."""

from django.db.models import F

from accounts import personal_data
from trainers.models import (
    Accreditation,
    ExpenseClaim,
    HoursEntry,
    StageChange,
    TrainerProfile,
    Volunteer,
    VolunteerRole,
)


def _profile(user) -> dict | None:
    profile = TrainerProfile.objects.filter(user=user).first()
    if profile is None:
        return None
    return {
        "kind": profile.kind, "stage": profile.stage, "about_me": profile.bio,
        "about_me_in_gaelic": profile.bio_gd,
        "lived_experience_statement": profile.lived_experience_statement,
        "lived_experience_statement_in_gaelic": profile.lived_experience_statement_gd,
        "languages": profile.languages, "what_i_said_when_offering": profile.interest_note,
        "areas": sorted(profile.areas.values_list("name", flat=True)),
        "accreditations": list(profile.accreditations.values(
            "course__title", "accredited_on", "expires_on")),
        "stages": list(profile.stage_changes.values("stage", "changed_at", "note")),
    }


def _erase_profile(user) -> None:
    """The path stays countable (how many trainers, at which stage); their words go."""
    TrainerProfile.objects.filter(user=user).update(
        bio="", bio_gd="", lived_experience_statement="", lived_experience_statement_gd="",
        languages="", interest_note="")
    StageChange.objects.filter(trainer__user=user).update(note="")


def _volunteering(user) -> dict | None:
    volunteer = Volunteer.objects.filter(user=user).first()
    if volunteer is None:
        return None
    return {
        "status": volunteer.status, "started_on": volunteer.started_on,
        "what_i_said_when_offering": volunteer.offer_note,
        "areas": sorted(volunteer.areas.values_list("name", flat=True)),
        "roles": list(volunteer.roles.values("role", "since")),
        "hours": list(volunteer.hours.values("on", "hours", "role", "run_id", "place", "note",
                                             peer_support_group=F("group__name"))),
        "expense_claims": list(volunteer.expense_claims.values(
            "spent_on", "amount", "kind", "description", "run_id", "status", "decision_note",
            "paid_on", peer_support_group=F("group__name"))),
    }


def _erase_volunteering(user) -> None:
    """Hours and money stay countable (and claims stay in the accounts); the words go."""
    Volunteer.objects.filter(user=user).update(offer_note="")
    HoursEntry.objects.filter(volunteer__user=user).update(place="", note="")
    ExpenseClaim.objects.filter(volunteer__user=user).update(description="", decision_note="")


def register_trainers_data() -> None:
    personal_data.register("trainer_profile", models=(TrainerProfile, Accreditation, StageChange),
                           export=_profile, erase=_erase_profile)
    personal_data.register("volunteering",
                           models=(Volunteer, VolunteerRole, HoursEntry, ExpenseClaim),
                           export=_volunteering, erase=_erase_volunteering)
