"""What the trainers app holds about a person: their trainer profile, accreditations and the
stages of their path, registered with ``accounts.personal_data``."""

from accounts import personal_data
from trainers.models import Accreditation, StageChange, TrainerProfile


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


def register_trainers_data() -> None:
    personal_data.register("trainer_profile", models=(TrainerProfile, Accreditation, StageChange),
                           export=_profile, erase=_erase_profile)
