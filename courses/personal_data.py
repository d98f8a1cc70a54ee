"""What the courses app holds about a person, registered with ``accounts.personal_data``: their
places and what happened on them, their action plans, certificates, CPD, calendar feed, e-mails
owed, and the exports and imports they made as staff. See ``accounts/services/my_data.py`` for
how a whole export or erasure runs."""

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from accounts import personal_data
from courses.models import (
    ON_RUN_STATUSES,
    ActionPlan,
    Attendance,
    CalendarFeed,
    Certificate,
    CoDesignCredit,
    Concern,
    ConfidenceAnswer,
    ConfidenceRating,
    CPDEntry,
    DemandRequest,
    Enrolment,
    ExportRecord,
    Facilitation,
    FollowUp,
    ImportBatch,
    ImportStatus,
    KnowledgeCheckAnswer,
    KnowledgeCheckAttempt,
    LearnerNote,
    ModuleFeedback,
    ModuleProgress,
    ModuleVisit,
    Observation,
    ObservationAnswer,
    OutboxMessage,
    Referral,
    ReferralChange,
    SelfPacedPlace,
    SessionDebrief,
    StaffProfile,
)
from courses.services import certificates, enrolment, imports


def _enrolments(user) -> list[dict]:
    places = (Enrolment.objects.filter(user=user).select_related("run__course", "run__venue")
              .prefetch_related("attendances__session", "ratings__answers__statement",
                                "feedback").order_by("created_at"))
    return [{
        "course": place.run.course.title, "run": place.run_id, "venue": place.run.venue.name,
        "status": place.status, "enrolled_at": place.created_at,
        "confirmed_at": place.confirmed_at, "left_at": place.ended_at,
        "attendance": [{"session_starts": mark.session.starts_at, "status": mark.status,
                        "marked_how": mark.method} for mark in place.attendances.all()],
        "confidence_ratings": [{
            "moment": rating.moment, "session": rating.session_id, "score": rating.score,
            "answered_at": rating.updated_at, "entered_for_you_by_staff": rating.entered_by_id
            is not None,
            "answers": [{"statement": answer.statement.text, "value": answer.value}
                        for answer in rating.answers.all()]} for rating in place.ratings.all()],
        "feedback": [{"session": note.session_id, "comment": note.comment,
                      "written_at": note.created_at} for note in place.feedback.all()],
    } for place in places]


def _erase_enrolments(user) -> None:
    """Places on runs still to come are given up (the next person waiting is offered one; a
    companion keeps their own place); places, marks and ratings stay for the figures (the
    person is anonymous now); what they wrote goes, and nobody's place names them any more."""
    for place in Enrolment.objects.filter(user=user, status__in=ON_RUN_STATUSES):
        enrolment.withdraw(place, companion_stays=True)
    ModuleFeedback.objects.filter(enrolment__user=user).delete()
    Enrolment.objects.filter(companion=user).update(companion=None)


def _action_plans(user) -> list[dict]:
    plans = ActionPlan.objects.filter(enrolment__user=user).select_related(
        "enrolment__run__course", "session", "reviewed_in").order_by("created_at")
    return [{
        "course": plan.enrolment.run.course.title, "run": plan.enrolment.run_id,
        "session_starts": plan.session.starts_at, "what": plan.what, "how_much": plan.how_much,
        "when": plan.when, "how_often": plan.how_often, "confidence": plan.confidence,
        "shared_with_trainers": plan.shared_with_trainers,
        "entered_for_you_by_staff": plan.entered_by_id is not None,
        "made_at": plan.created_at, "changed_at": plan.updated_at, "how_it_went": plan.outcome,
        "note_on_how_it_went": plan.review_note, "reviewed_at": plan.reviewed_at,
        "reviewed_in_session_starting": plan.reviewed_in and plan.reviewed_in.starts_at,
    } for plan in plans]


def _certificates(user) -> list[dict]:
    return [{"code": c.code, "kind": c.kind, "name": c.name, "course": c.course_title,
             "issued_at": c.issued_at, "revoked_at": c.revoked_at}
            for c in Certificate.objects.filter(user=user).order_by("issued_at")]


def _erase_certificates(user) -> None:
    certificates.erase_for(user)
    Certificate.objects.filter(user=user).update(user=None)


def _cpd(user) -> dict:
    profile = StaffProfile.objects.filter(user=user).first()
    return {
        "profile": {"profession": profile.profession,
                    "registration_body": profile.registration_body,
                    "registration_number": profile.registration_number} if profile else None,
        "entries": list(CPDEntry.objects.filter(user=user).order_by("completed_on").values(
            "title", "method", "completed_on", "hours", "participatory", "provider",
            "reflection_template", "learned", "practice", "reflection")),
    }


def _learning(user) -> dict:
    return {
        "modules": list(ModuleProgress.objects.filter(user=user).order_by("started_at").values(
            "module__title", "started_at", "last_visited_at", "active_seconds", "completed_at")),
        "notes": list(LearnerNote.objects.filter(user=user).order_by("updated_at").values(
            "module__title", "text", "updated_at")),
        "knowledge_checks": [
            {"module": attempt.module.title, "answered_at": attempt.submitted_at,
             "right": attempt.correct, "questions": attempt.questions,
             "passed": attempt.passed,
             "answers": [{"question": answer.question, "answer": answer.choice,
                          "right": answer.correct} for answer in attempt.answers.all()]}
            for attempt in KnowledgeCheckAttempt.objects.filter(user=user)
            .select_related("module").prefetch_related("answers").order_by("submitted_at")],
        "courses_online": [
            {"course": place.course.title, "started_at": place.started_at,
             "finished_at": place.finished_at,
             "confidence_ratings": [
                 {"moment": rating.moment, "score": rating.score,
                  "answers": [{"statement": answer.statement.text, "value": answer.value}
                              for answer in rating.answers.all()]}
                 for rating in place.ratings.all()]}
            for place in SelfPacedPlace.objects.filter(user=user).select_related("course")
            .prefetch_related("ratings__answers__statement").order_by("started_at")],
    }


def _erase_learning(user) -> None:
    """Their way through self-paced courses goes whole (certificates were erased first)."""
    for model in (ModuleVisit, ModuleProgress, LearnerNote, KnowledgeCheckAttempt,
                  SelfPacedPlace):
        model.objects.filter(user=user).delete()


def _erase_cpd(user) -> None:
    StaffProfile.objects.filter(user=user).delete()
    CPDEntry.objects.filter(user=user).update(learned="", practice="", reflection={},
                                              provider="")


def _calendar(user) -> dict:
    return {"has_private_feed": CalendarFeed.objects.filter(user=user).exists()}


def _emails(user) -> list[dict]:
    return list(OutboxMessage.objects.filter(recipient=user).order_by("created_at").values(
        "kind", "created_at", "sent_at"))


def _staff_work(user) -> dict:
    return {
        "exports": list(ExportRecord.objects.filter(user=user).values(
            "export", "file_format", "rows", "created_at")),
        "imports": list(ImportBatch.objects.filter(uploaded_by=user).values(
            "kind", "original_name", "status", "created_at")),
    }


def _erase_files_that_may_name_them(user) -> None:
    """Export files waiting to be downloaded may list the person (anyone's exports: they hold
    rows about many people) and go; so do uploads waiting on their runs. Records stay."""
    for record in ExportRecord.objects.exclude(file=""):
        record.file.delete(save=True)
    # Files that may name the person: registers and sign-up sheets waiting on their runs.
    waiting = ImportBatch.objects.filter(status=ImportStatus.PREVIEWED).filter(
        Q(uploaded_by=user) | Q(run__enrolments__user=user)).distinct()
    for batch in waiting:
        imports.discard(batch)


def _credits(user) -> list[dict]:
    return [{"course": credit.page.title, "name": credit.name, "role": credit.role,
             "shown": credit.may_be_shown}
            for credit in CoDesignCredit.objects.filter(  # not the copies Gaelic aliases keep
                person=user, page__locale__language_code=settings.LANGUAGE_CODE,
            ).select_related("page")]


def _erase_credits(user) -> None:
    CoDesignCredit.objects.filter(person=user).update(
        person=None, name="", anonymous=True, consent_withdrawn_on=timezone.localdate())


def _demand_requests(user) -> list[dict]:
    return [{"course": demand.course.title, "area": demand.area.name,
             "language": demand.language, "times": demand.times, "online_ok": demand.online_ok,
             "access_needs": demand.access_needs, "asked_at": demand.created_at,
             "status": demand.status, "told_at": demand.told_at, "closed_at": demand.closed_at}
            for demand in DemandRequest.objects.filter(person=user).select_related(
                "course", "area").order_by("created_at")]


def _runs_delivered(user) -> list[dict]:
    return [{"course": role.run.course.title, "run": role.run_id, "role": role.role}
            for role in Facilitation.objects.filter(trainer__user=user).select_related(
                "run__course")]


def _referrals(user) -> dict:
    """Who referred them and what became of it: the referrer's name and role are where their
    details came from; the referrer's own e-mail and phone are the referrer's, not theirs."""
    referrals = (Referral.objects.filter(person=user).select_related("course")
                 .prefetch_related("changes").order_by("created_at"))
    return {
        "referrals": [{
            "referred_at": referral.created_at, "referred_by": referral.referrer_name,
            "referrer_role": referral.referrer_role, "name_given": referral.name_given,
            "course": referral.course.title if referral.course else "",
            "note": referral.note, "status": referral.status,
            "referrer_may_be_told_outcome": referral.consent_to_hear_back,
            "history": [{"status": change.to_status, "at": change.changed_at}
                        for change in referral.changes.all()],
        } for referral in referrals],
        "referral_moves_made_as_staff": ReferralChange.objects.filter(by=user).count(),
    }


def _erase_referrals(user) -> None:
    """Their referrals go whole, with what the referrer wrote and the referrer's details
    (which are there only because of them); a coordinator's moves stay, without their name."""
    Referral.objects.filter(person=user).delete()
    ReferralChange.objects.filter(by=user).update(by=None)


def _observations(user) -> dict:
    """Their observation as a new trainer, in full; the sessions they observed as a lead,
    without what they wrote about the other trainer (that is the other trainer's record)."""
    mine = (Observation.objects.filter(trainer__user=user).select_related(
        "run__course", "session", "observer__user").prefetch_related("answers"))
    made = Observation.objects.filter(observer__user=user).select_related("run__course",
                                                                          "session")
    return {
        "of_me": [{
            "course": o.run.course.title, "run": o.run_id, "status": o.status,
            "session_starts": o.session.starts_at if o.session else None,
            "observer": str(o.observer) if o.observer else None,
            "coaching_note": o.coaching_note, "checklist_filled_in_at": o.observed_at,
            "checklist": [{"item": a.item_text, "how_it_went": a.rating, "note": a.note}
                          for a in o.answers.all()]} for o in mine],
        "i_observed": [{"course": o.run.course.title, "run": o.run_id, "status": o.status,
                        "session_starts": o.session.starts_at if o.session else None}
                       for o in made],
    }


def _erase_observations(user) -> None:
    """How each item went stays in the fidelity figures; the words about them go."""
    Observation.objects.filter(trainer__user=user).update(coaching_note="")
    ObservationAnswer.objects.filter(observation__trainer__user=user).update(note="")


def _follow_ups(user) -> dict:
    """Follow-ups about them, with what was noted; and, for someone who makes them, only how
    many they were given (the tasks are about other people)."""
    about = (FollowUp.objects.filter(enrolment__user=user).select_related("enrolment__run__course")
             .order_by("created_at"))
    return {
        "about_you": [{"course": task.enrolment.run.course.title,
                       "missed_session": task.last_missed_at, "status": task.status,
                       "outcome": task.outcome, "note": task.note, "closed_at": task.closed_at}
                      for task in about],
        "given_to_you": FollowUp.objects.filter(volunteer=user).count(),
    }


def _erase_follow_ups(user) -> None:
    """Tasks about them go (no figure counts them); tasks they were given go back to the run's
    trainers, and what they noted stays (it is about someone else)."""
    FollowUp.objects.filter(enrolment__user=user).delete()
    FollowUp.objects.filter(volunteer=user).update(volunteer=None)


def _debriefs(user) -> list[dict]:
    return list(SessionDebrief.objects.filter(recorded_by=user).values(
        "session__starts_at", "how_it_went", "what_to_change", "time_kept"))


# The same words in everyone's download, whether or not a concern exists: UK GDPR lets a
# subject access answer leave out what would put someone at risk (DPA 2018, Sch. 2 and 3), and
# telling only some people "there is something we are not showing you" would say it all.
CONCERNS_NOT_SHOWN = ("If a trainer was ever worried about someone's safety, what they wrote "
                      "is kept by our safeguarding leads and is not part of this download. To "
                      "ask about it, contact our data protection lead.")


def _concerns(user) -> dict:
    return {"note": CONCERNS_NOT_SHOWN,
            "raised_by_you": Concern.objects.filter(raised_by=user).count()}


def _erase_concerns(user) -> None:
    """A closed concern about them keeps its dates, kind and who raised and closed it (so the
    safeguarding leads can still account for it), but what was written goes: it names them.
    An open one is kept whole until it is closed (``concerns.close_concern``): leaving must not
    wipe a live worry about someone's safety (UK GDPR art. 17(3)). Those they raised or closed
    stop naming them."""
    Concern.objects.filter(enrolment__user=user, erased_at__isnull=True,
                           closed_at__isnull=False).update(details="", action_taken="",
                                                           erased_at=timezone.now())
    Concern.objects.filter(raised_by=user).update(raised_by=None)
    Concern.objects.filter(closed_by=user).update(closed_by=None)


def register_courses_data() -> None:
    personal_data.register(
        "enrolments", models=(Enrolment, Attendance, ConfidenceRating, ConfidenceAnswer,
                              ModuleFeedback),
        export=_enrolments, erase=_erase_enrolments)
    # Plans are the person's own words and count in no figure: they go whole.
    personal_data.register("action_plans", models=(ActionPlan,), export=_action_plans,
                           erase=lambda user: ActionPlan.objects.filter(
                               enrolment__user=user).delete())
    personal_data.register("certificates", models=(Certificate,), export=_certificates,
                           erase=_erase_certificates)
    personal_data.register("cpd", models=(StaffProfile, CPDEntry), export=_cpd,
                           erase=_erase_cpd)
    personal_data.register("self_paced_learning", models=(
        ModuleProgress, ModuleVisit, LearnerNote, KnowledgeCheckAttempt, KnowledgeCheckAnswer,
        SelfPacedPlace), export=_learning, erase=_erase_learning)
    personal_data.register("calendar_feed", models=(CalendarFeed,), export=_calendar,
                           erase=lambda user: CalendarFeed.objects.filter(user=user).delete())
    # After the enrolments' section, so the e-mails its withdrawals owe go too.
    personal_data.register("emails", models=(OutboxMessage,), export=_emails,
                           erase=lambda user: OutboxMessage.objects.filter(
                               recipient=user).delete())
    personal_data.register("co_design_credits", models=(CoDesignCredit,), export=_credits,
                           erase=_erase_credits)
    # Only about them, and no figure counts them once they are gone: deleted.
    personal_data.register("demand_requests", models=(DemandRequest,), export=_demand_requests,
                           erase=lambda user: DemandRequest.objects.filter(person=user).delete())
    personal_data.register("runs_delivered", models=(Facilitation,), export=_runs_delivered,
                           erase=lambda user: None)  # kept: who delivered is in the figures
    personal_data.register("referrals", models=(Referral, ReferralChange), export=_referrals,
                           erase=_erase_referrals)
    personal_data.register("observations", models=(Observation, ObservationAnswer),
                           export=_observations, erase=_erase_observations)
    personal_data.register("follow_ups", models=(FollowUp,), export=_follow_ups,
                           erase=_erase_follow_ups)
    personal_data.register("session_debriefs", models=(SessionDebrief,), export=_debriefs,
                           erase=lambda user: SessionDebrief.objects.filter(
                               recorded_by=user).update(recorded_by=None))
    personal_data.register("concerns", models=(Concern,), export=_concerns,
                           erase=_erase_concerns)
    personal_data.register("staff_work", models=(ExportRecord, ImportBatch),
                           export=_staff_work, erase=_erase_files_that_may_name_them)
