"""Participants' comments on modules, for the people who write them."""

from django.db import transaction

from courses.models import Enrolment, ModuleFeedback, Session
from courses.models.enrolment import ON_REGISTER_STATUSES
from courses.services.errors import DomainError


class FeedbackError(DomainError):
    pass


@transaction.atomic
def leave_feedback(enrolment: Enrolment, session: Session, comment: str) -> ModuleFeedback | None:
    """Keep (or replace) one person's comment on the module a session covered."""
    comment = comment.strip()
    if not comment or session.module_id is None:
        return None
    if enrolment.run_id != session.run_id or enrolment.status not in ON_REGISTER_STATUSES:
        raise FeedbackError("not_on_register", "not on this run")
    feedback, _ = ModuleFeedback.objects.update_or_create(
        enrolment=enrolment, session=session,
        defaults={"module_id": session.module_id, "comment": comment[:1000]})
    return feedback
