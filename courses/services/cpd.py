"""CPD for health and care staff: working through self-paced modules, the reflective account
that completes one, entries for group courses and learning done elsewhere, and the totals a
revalidation asks for."""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts import roles
from accounts.models import User
from courses.models import CoursePage, CPDEntry, CPDMethod, Enrolment, StaffProfile
from courses.services import certificates, learning
from courses.services.errors import DomainError

# The usual revalidation period (NMC, HCPC and SSSC all look back about three years).
REVALIDATION_YEARS = 3


class CPDError(DomainError):
    pass


def is_staff_member(user: User) -> bool:
    return user.is_authenticated and roles.has_role(user, roles.HEALTH_STAFF)


@transaction.atomic
def save_staff_profile(user: User, **details: str) -> StaffProfile:
    """Keep someone's professional details; having them is what opens the CPD log."""
    profile, _created = StaffProfile.objects.update_or_create(user=user, defaults=details)
    user.groups.add(Group.objects.get_or_create(name=roles.HEALTH_STAFF)[0])
    user.__dict__.pop("_role_names", None)
    return profile


# --- self-paced modules --------------------------------------------------------------------

@transaction.atomic
def finish_course(user: User, course: CoursePage, *, learned: str, practice: str,
                  today: date | None = None) -> CPDEntry:
    """Complete a self-paced CPD module with a reflective account: one CPD entry with its
    hours, and its certificate, under the course's title in the language it was taken in. A
    repeated submission returns the first entry."""
    current = learning.progress(user, course)
    if current.entry is not None:
        return current.entry
    if not current.all_done:
        raise CPDError("modules_left", _("Work through every module before you finish."))
    if not (learned.strip() and practice.strip()):
        raise CPDError("no_reflection", _("Write a few words in both parts of the reflection."))
    try:
        with transaction.atomic():
            entry = CPDEntry.objects.create(
                user=user, course=course.original(), title=course.title,
                method=CPDMethod.E_LEARNING,
                completed_on=today or timezone.localdate(), hours=course.cpd_hours,
                learned=learned.strip(), practice=practice.strip(),
            )
    except IntegrityError:  # the same form sent twice at once: the other request won
        return CPDEntry.objects.get(user=user, course=course.original(),
                                    method=CPDMethod.E_LEARNING)
    certificates.issue_for_cpd(entry, checks_passed=learning.checks_passed(user, course))
    return entry


# --- group courses and learning elsewhere --------------------------------------------------

ENTRY_FIELDS = ("title", "provider", "completed_on", "hours", "participatory", "learned",
                "practice")
REFLECTION_FIELDS = ("learned", "practice")


def add_entry(user: User, **details) -> CPDEntry:
    """Learning done elsewhere, added by the person themselves (``ENTRY_FIELDS``)."""
    if not is_staff_member(user):
        raise CPDError("not_staff", _("Add your professional details to keep a CPD log."))
    return CPDEntry.objects.create(user=user, method=CPDMethod.OTHER,
                                   **{name: details[name] for name in ENTRY_FIELDS})


def change_entry(entry: CPDEntry, **details) -> CPDEntry:
    """Change an entry in someone's log: everything, for learning they added by hand; only the
    reflection (``REFLECTION_FIELDS``) for a module or course the system recorded, whose facts
    are a record of what happened. Fields not given are left as they are."""
    allowed = ENTRY_FIELDS if entry.added_by_hand else REFLECTION_FIELDS
    if set(details) - set(allowed):
        raise CPDError("recorded_facts", _("Only your reflection can be changed on a module or "
                                           "course recorded here."))
    for name, value in details.items():
        setattr(entry, name, value)
    entry.save(update_fields=list(details))
    return entry


def remove_entry(entry: CPDEntry) -> None:
    """Remove learning added by hand; recorded modules and courses stay in the log."""
    if not entry.added_by_hand:
        raise CPDError("recorded_facts", _("A module or course recorded here stays in your "
                                           "log."))
    entry.delete()


def record_group_course(enrolment: Enrolment) -> CPDEntry | None:
    """A staff member completed a group course that carries CPD hours: it goes in their log.
    Called in the transaction that completes the enrolment; safe to call again."""
    course = enrolment.run.course.specific
    if not course.cpd_hours or not is_staff_member(enrolment.user):
        return None
    certificate = enrolment.certificates.filter(revoked_at__isnull=True).first()
    entry, _created = CPDEntry.objects.get_or_create(enrolment=enrolment, defaults={
        "user": enrolment.user, "course": course, "title": course.title,
        "method": CPDMethod.GROUP_COURSE, "participatory": True, "hours": course.cpd_hours,
        "completed_on": certificate.finished_on if certificate else timezone.localdate(),
    })
    return entry


# --- totals ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Totals:
    hours: Decimal
    participatory: Decimal
    recent_hours: Decimal
    recent_participatory: Decimal
    since: date


def totals(user: User, *, today: date | None = None) -> Totals:
    today = today or timezone.localdate()
    since = _years_before(today, REVALIDATION_YEARS)
    recent = Q(completed_on__gte=since)
    sums = CPDEntry.objects.filter(user=user).aggregate(
        all_hours=Sum("hours"), all_participatory=Sum("hours", filter=Q(participatory=True)),
        recent_hours=Sum("hours", filter=recent),
        recent_participatory=Sum("hours", filter=recent & Q(participatory=True)),
    )
    sums = {key: value or Decimal(0) for key, value in sums.items()}
    return Totals(hours=sums["all_hours"], participatory=sums["all_participatory"],
                  recent_hours=sums["recent_hours"],
                  recent_participatory=sums["recent_participatory"], since=since)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years) + timedelta(days=1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28) + timedelta(days=1)
