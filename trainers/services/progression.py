"""The path from participant to volunteer to peer trainer."""

from django.contrib.auth.models import Group
from django.db import transaction

from accounts import roles
from accounts.models import ConsentPurpose, User
from accounts.services.consent import give_consent
from trainers.models import StageChange, TrainerProfile, TrainerStage

# From these stages on, people use the trainer pages (sessions they shadow or deliver).
STAGES_WITH_TRAINER_ROLE = {TrainerStage.SHADOWING, TrainerStage.IN_TRAINING,
                            TrainerStage.ACCREDITED, TrainerStage.LEAD, TrainerStage.ON_BREAK}


@transaction.atomic
def express_interest(user: User, *, note: str = "") -> TrainerProfile:
    """Someone offers to volunteer or train: a stage-one profile coordinators will see.

    Idempotent: offering again keeps the existing profile (and adds any new words)."""
    profile, created = TrainerProfile.objects.get_or_create(
        user=user, defaults={"stage": TrainerStage.INTERESTED, "interest_note": note.strip()})
    if created:
        StageChange.objects.create(trainer=profile, stage=TrainerStage.INTERESTED,
                                   changed_by=user, note="Offered to help")
    elif note.strip() and note.strip() not in profile.interest_note:
        profile.interest_note = "\n\n".join(filter(None, [profile.interest_note, note.strip()]))
        profile.save(update_fields=["interest_note"])
    give_consent(user, ConsentPurpose.CONTACT_ABOUT_VOLUNTEERING)
    return profile


@transaction.atomic
def move_to_stage(profile: TrainerProfile, stage: str, *, by: User | None,
                  note: str = "") -> TrainerProfile:
    """Record a step on the path, with its date and who made it. Repeating a stage is a no-op."""
    profile = TrainerProfile.objects.select_for_update().get(pk=profile.pk)
    if profile.stage == stage and profile.stage_changes.exists():
        return profile
    profile.stage = stage
    profile.save(update_fields=["stage"])
    StageChange.objects.create(trainer=profile, stage=stage, changed_by=by, note=note)
    if stage in STAGES_WITH_TRAINER_ROLE:
        profile.user.groups.add(Group.objects.get_or_create(name=roles.PEER_TRAINER)[0])
    return profile
