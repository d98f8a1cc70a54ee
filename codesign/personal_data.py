"""What the co-design app holds about a person, registered with ``accounts.personal_data``.

Participants' comments themselves are courses' (``ModuleFeedback``); here are what people did
with them: released, discussed, written up as a change."""

from accounts import personal_data
from codesign.models import FeedbackMark, ModuleChange


def _feedback_work(user) -> dict:
    return {
        "feedback_released": list(FeedbackMark.objects.filter(released_by=user)
                                  .values("comment_id", "debrief_id", "released_at")),
        "feedback_discussed": list(FeedbackMark.objects.filter(discussed_by=user)
                                   .values("comment_id", "debrief_id", "discussed_at")),
        "changes_written": list(ModuleChange.objects.filter(created_by=user)
                                .values("module__title", "made_in", "we_did")),
    }


def _erase(user) -> None:
    """Nothing to blank: the rows say what the working party did, and the person's name goes
    with their account."""


def register_codesign_data() -> None:
    personal_data.register("co_design_feedback", models=(FeedbackMark, ModuleChange),
                           export=_feedback_work, erase=_erase)
