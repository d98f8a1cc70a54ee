"""What the courses app holds about a person, registered with ``accounts.personal_data``: their
places and what happened on them, certificates, CPD, calendar feed, e-mails owed, and the
exports and imports they made as staff. See ``accounts/services/my_data.py`` for how a whole
export or erasure runs."""

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from accounts import personal_data
from courses.models import (
    ON_RUN_STATUSES,
    Attendance,
    CalendarFeed,
    Certificate,
    CoDesignCredit,
    Concern,
    ConfidenceAnswer,
    ConfidenceRating,
    CPDEntry,
    Enrolment,
    ExportRecord,
    Facilitation,
    FollowUp,
    ImportBatch,
    ImportStatus,
    ModuleFeedback,
    ModuleProgress,
    OutboxMessage,
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
            "title", "method", "completed_on", "hours", "participatory", "provider", "learned",
            "practice")),
        "modules_finished": list(ModuleProgress.objects.filter(user=user).values(
            "module__title", "completed_at")),
    }


def _erase_cpd(user) -> None:
    StaffProfile.objects.filter(user=user).delete()
    CPDEntry.objects.filter(user=user).update(learned="", practice="", provider="")


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


def _runs_delivered(user) -> list[dict]:
    return [{"course": role.run.course.title, "run": role.run_id, "role": role.role}
            for role in Facilitation.objects.filter(trainer__user=user).select_related(
                "run__course")]


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
    personal_data.register("certificates", models=(Certificate,), export=_certificates,
                           erase=_erase_certificates)
    personal_data.register("cpd", models=(StaffProfile, CPDEntry, ModuleProgress),
                           export=_cpd, erase=_erase_cpd)
    personal_data.register("calendar_feed", models=(CalendarFeed,), export=_calendar,
                           erase=lambda user: CalendarFeed.objects.filter(user=user).delete())
    # After the enrolments' section, so the e-mails its withdrawals owe go too.
    personal_data.register("emails", models=(OutboxMessage,), export=_emails,
                           erase=lambda user: OutboxMessage.objects.filter(
                               recipient=user).delete())
    personal_data.register("co_design_credits", models=(CoDesignCredit,), export=_credits,
                           erase=_erase_credits)
    personal_data.register("runs_delivered", models=(Facilitation,), export=_runs_delivered,
                           erase=lambda user: None)  # kept: who delivered is in the figures
    personal_data.register("follow_ups", models=(FollowUp,), export=_follow_ups,
                           erase=_erase_follow_ups)
    personal_data.register("session_debriefs", models=(SessionDebrief,), export=_debriefs,
                           erase=lambda user: SessionDebrief.objects.filter(
                               recorded_by=user).update(recorded_by=None))
    personal_data.register("concerns", models=(Concern,), export=_concerns,
                           erase=_erase_concerns)
    personal_data.register("staff_work", models=(ExportRecord, ImportBatch),
                           export=_staff_work, erase=_erase_files_that_may_name_them)
