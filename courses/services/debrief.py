"""The debrief a lead or co-trainer writes after a session, for the people who look after the
module: about the session, with nobody's name in it."""

import re
from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from courses.models import (
    DELIVERING_ROLES,
    Enrolment,
    Facilitation,
    Session,
    SessionDebrief,
    TimeKept,
)
from courses.services.errors import DomainError

NAME_REMOVED = "[…]"


class DebriefError(DomainError):
    pass


def record_debrief(session: Session, *, by: User, how_it_went: str, what_to_change: str = "",
                   time_kept: str, now: datetime | None = None) -> SessionDebrief:
    """Write (or rewrite) ``session``'s debrief. Only the run's lead and co-trainers may, once
    the session has begun; the names of the run's participants are taken out of the text."""
    now = now or timezone.now()
    _check_may_debrief(session, by, now)
    if time_kept not in TimeKept.values:
        raise DebriefError("bad_time_kept", _("Say whether the session kept to time."))
    if not how_it_went.strip():
        raise DebriefError("empty", _("Say in a few words how the session went."))
    names = _names_on_run(session)
    with transaction.atomic():
        debrief, _created = SessionDebrief.objects.update_or_create(session=session, defaults={
            "how_it_went": without_names(how_it_went, names),
            "what_to_change": without_names(what_to_change, names),
            "time_kept": time_kept, "recorded_by": by})
        return debrief


def _check_may_debrief(session: Session, by: User, now: datetime) -> None:
    if not Facilitation.objects.filter(run_id=session.run_id, trainer__user=by,
                                       role__in=DELIVERING_ROLES).exists():
        raise DebriefError("not_delivering", _(
            "Only the lead trainer and the co-trainer of this run write its debriefs."))
    if now < session.starts_at:
        raise DebriefError("not_yet", _("This session has not happened yet."))


def _names_on_run(session: Session) -> list[str]:
    people = Enrolment.objects.filter(run_id=session.run_id).values_list(
        "user__full_name", "companion__full_name")
    return [name for pair in people for name in pair if name]


def without_names(text: str, names: list[str]) -> str:
    """``text`` with each full name in ``names`` (in any case) and each first name (as a
    capitalised word) replaced, longest first so a full name goes whole."""
    text = text.strip()
    full = sorted({name.strip() for name in names if name.strip()}, key=len, reverse=True)
    for name in full:
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", NAME_REMOVED, text, flags=re.I)
    for first in sorted({name.split()[0] for name in full}, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(first)}(?!\w)", NAME_REMOVED, text)
    return text
