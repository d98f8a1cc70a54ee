"""What the co-design app holds about a person, registered with ``accounts.personal_data``:
their places in working parties, the meetings they came to, the actions they own, and their
comments on and sign-offs of module versions.

Erasing someone keeps the record that people did things (a place in a party, who came to a
meeting, that a member with lived experience signed off a version: a module's standing rests
on it) but nothing that says who: their place stops naming them ("Former member") and what
they wrote in comments goes.
"""

from django.utils import timezone

from accounts import personal_data
from codesign.models import (
    Action,
    FeedbackMark,
    MeetingAttendance,
    ModuleChange,
    ModuleReview,
    ReviewComment,
    SignOff,
    WorkingPartyMember,
)


def _places(user) -> list[dict]:
    named = set(WorkingPartyMember.objects.named_publicly().filter(person=user)
                .values_list("pk", flat=True))
    return [{"working_party": place.party.name, "area": place.party.area.name,
             "role": place.role, "joined_on": place.joined_on, "left_on": place.left_on,
             "named_in_public": place.pk in named}
            for place in WorkingPartyMember.objects.filter(person=user)
            .select_related("party__area").order_by("joined_on")]


def _meetings(user) -> list[dict]:
    return [{"working_party": mark.meeting.party.name, "meeting_starts": mark.meeting.starts_at}
            for mark in MeetingAttendance.objects.filter(member__person=user)
            .select_related("meeting__party").order_by("meeting__starts_at")]


def _actions(user) -> list[dict]:
    return list(Action.objects.filter(owner__person=user).order_by("created_at").values(
        "party__name", "text", "due_on", "done_at"))


def _reviews(user) -> dict:
    comments = (ReviewComment.objects.filter(member__person=user).select_related("review__module")
                .order_by("written_at"))
    sign_offs = (SignOff.objects.filter(member__person=user).select_related("review__module")
                 .order_by("signed_at"))
    return {
        "comments": [{"module": c.review.module.title, "version": c.review.revision_id,
                      "comment": c.text, "written_at": c.written_at} for c in comments],
        "sign_offs": [{"module": s.review.module.title, "version": s.review.revision_id,
                       "version_saved_at": s.review.revision_created_at, "role": s.role,
                       "signed_off_at": s.signed_at} for s in sign_offs],
        "reviews_put_up_as_staff": ModuleReview.objects.filter(opened_by=user).count(),
    }


def _erase(user) -> None:
    """Their comments are blanked and their places stop naming them; that they came, owned
    an action and signed a version off stays, anonymous."""
    now = timezone.now()
    places = WorkingPartyMember.objects.filter(person=user)
    ReviewComment.objects.filter(member__in=places).update(text="", erased_at=now)
    Action.objects.filter(done_by=user).update(done_by=None)
    ModuleReview.objects.filter(opened_by=user).update(opened_by=None)
    # An erased place is no longer a current one (``MemberQuerySet.current``).
    places.update(person=None, name="", erased_at=now, named_consent_reference="")


def _feedback_work(user) -> dict:
    """What they did with participants' feedback (the comments themselves are courses')."""
    return {
        "feedback_released": list(FeedbackMark.objects.filter(released_by=user)
                                  .values("comment_id", "debrief_id", "released_at")),
        "feedback_discussed": list(FeedbackMark.objects.filter(discussed_by=user)
                                   .values("comment_id", "debrief_id", "discussed_at")),
        "changes_written": list(ModuleChange.objects.filter(created_by=user)
                                .values("module__title", "made_in", "we_did")),
    }


def register_codesign_data() -> None:
    personal_data.register(
        "working_parties",
        models=(WorkingPartyMember, MeetingAttendance, Action, ReviewComment, SignOff,
                ModuleReview),
        export=lambda user: {"places": _places(user), "meetings_attended": _meetings(user),
                             "actions": _actions(user), "module_reviews": _reviews(user)},
        erase=_erase)
    # Nothing to blank: the rows say what was done with the feedback, and the name goes with
    # the account.
    personal_data.register("co_design_feedback", models=(FeedbackMark, ModuleChange),
                           export=_feedback_work, erase=lambda user: None)
