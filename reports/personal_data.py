"""What the reports app holds about a person, registered with ``accounts.personal_data``: their
equality answers (exported as the words they chose, erased whole), and the postcode lookups a
coordinator uploaded (the uploads stay, without who made them)."""

from accounts import personal_data
from reports.models import EqualityAnswers, EqualityCondition, LookupUpload
from reports.models.equality import PREFER_NOT_TO_SAY
from reports.services import equality


def _label(answers: EqualityAnswers, question: str) -> str:
    return getattr(answers, f"get_{question}_display")() if getattr(answers, question) else ""


def _equality_answers(user) -> dict | None:
    answers = equality.answers_of(user)
    if answers is None:
        return None
    postcode = str(PREFER_NOT_TO_SAY[1]) if answers.postcode_prefer_not else answers.postcode
    return {
        **{question: _label(answers, question) for question in equality.QUESTIONS},
        "kinds_of_condition": [row.get_group_display() for row in answers.conditions.all()],
        "postcode_waiting_to_be_looked_up": postcode,
        "simd_quintile": _label(answers, "simd_quintile"),
        "urban_rural": _label(answers, "urban_rural"),
        "answered_at": answers.created_at, "changed_at": answers.updated_at,
    }


def _uploads(user) -> list[dict]:
    return [{"lookup": upload.get_kind_display(), "file_name": upload.file_name,
             "postcodes": upload.rows, "uploaded_at": upload.uploaded_at}
            for upload in LookupUpload.objects.filter(uploaded_by=user).order_by("uploaded_at")]


def register_reports_data() -> None:
    personal_data.register("equality_answers", models=(EqualityAnswers, EqualityCondition),
                           export=_equality_answers, erase=equality.erase_answers)
    personal_data.register("postcode_lookups_uploaded", models=(LookupUpload,),
                           export=_uploads,
                           erase=lambda user: LookupUpload.objects.filter(
                               uploaded_by=user).update(uploaded_by=None))
