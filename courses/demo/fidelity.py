"""Demo observation and coaching: a new peer trainer observed on the Highland run under way,
with the checklist filled in; Seumas's first run (the online carers' course) to be observed,
with Eilidh asked to observe; and an accreditation ending soon. Through the services."""

from datetime import timedelta

from django.utils import timezone

from accounts import roles
from accounts.models import User
from courses.demo.people import demo_account
from courses.models import (
    CourseRun,
    FidelityChecklist,
    FidelityRating,
    Observation,
    ObservationStatus,
    RunStatus,
)
from courses.services import observation as observation_service
from courses.services import scheduling
from trainers.models import Accreditation, TrainerKind, TrainerProfile, TrainerStage

NEW_TRAINER = ("trainer4@example.org", "Anna Rothach")
# How Anna's session went, item by item in the checklist's order, with what Eilidh saw.
ANSWERS = [
    (FidelityRating.PARTLY, "The goal-setting activity ran ten minutes over, so the break "
                            "was short."),
    (FidelityRating.MET, "Talked the group through her own plan for the week first."),
    (FidelityRating.MET, "Used rounds so the quieter members spoke too."),
    (FidelityRating.MET, "When asked about medication, suggested talking to the GP."),
]
COACHING = ("A warm, confident first session, Anna. People clearly trust you. Try a visible "
            "timer for the activities next week so the break keeps its full length.")


def seed_fidelity(people: dict[str, User]) -> None:
    checklist = FidelityChecklist.objects.order_by("pk").first()
    if checklist is None or Observation.objects.filter(
            status=ObservationStatus.OBSERVED).exists():
        return
    eilidh = TrainerProfile.objects.get(user=people["trainer"])
    current = CourseRun.objects.filter(status=RunStatus.CLOSED,
                                       venue__area__name="Highland").order_by("pk").first()
    anna = _new_trainer(current)
    scheduling.assign_trainer(current, anna, "co_trainer")
    _observe(Observation.objects.get(trainer=anna), eilidh, checklist, people["coordinator"])
    seumas = Observation.objects.filter(trainer__user__email="trainer3@example.org").first()
    if seumas is not None:
        sessions = dict(observation_service.observable_sessions(seumas))
        observation_service.assign_observer(seumas, observer=eilidh, session=sessions[3],
                                            checklist=checklist, by=people["coordinator"])
    _ending_soon(people["trainer2"])


def _new_trainer(run: CourseRun) -> TrainerProfile:
    """Anna finished a course last year and was accredited this autumn."""
    user = demo_account(*NEW_TRAINER, roles.PEER_TRAINER)
    profile, _ = TrainerProfile.objects.get_or_create(user=user, defaults={
        "kind": TrainerKind.PEER, "stage": TrainerStage.ACCREDITED, "languages": "English",
        "bio": "Anna lives with type 2 diabetes and co-trains in Inverness.",
        # Ours, awaiting review by a native speaker, like the demo's other Gaelic.
        "bio_gd": "Tha an tinneas-siùcair seòrsa 2 air Anna, agus bidh i a’ co-thrèanadh ann "
                  "an Inbhir Nis."})
    Accreditation.objects.get_or_create(trainer=profile, course=run.course, defaults={
        "accredited_on": timezone.localdate() - timedelta(days=60)})
    return profile


def _observe(observation: Observation, observer: TrainerProfile, checklist, by: User) -> None:
    sessions = dict(observation_service.observable_sessions(observation))
    session = sessions[2]  # last week's
    observation_service.assign_observer(observation, observer=observer, session=session,
                                        checklist=checklist, by=by)
    items = checklist.items.order_by("sort_order", "pk")
    answers = {item.pk: ANSWERS[index % len(ANSWERS)] for index, item in enumerate(items)}
    observation_service.record_observation(observation, by=observer.user, answers=answers,
                                           coaching_note=COACHING,
                                           now=session.ends_at + timedelta(hours=1))


def _ending_soon(user: User) -> None:
    """Iain's accreditation for the first of his courses ends in six weeks."""
    accreditation = Accreditation.objects.filter(trainer__user=user).order_by("pk").first()
    if accreditation is not None:
        accreditation.expires_on = timezone.localdate() + timedelta(days=42)
        accreditation.save(update_fields=["expires_on"])
