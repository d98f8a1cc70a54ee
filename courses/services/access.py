"""Who may see what: course content, and the trainer pages for sessions."""

from accounts import roles

# What someone is to a run, as far as the trainer pages are concerned.
COORDINATING = "coordinator"


def can_see_trainer_notes(user) -> bool:
    """Trainer-only notes are for the people who deliver sessions and the coordinators."""
    return roles.has_role(user, roles.PEER_TRAINER, roles.COORDINATOR)


def may_use_trainer_pages(user) -> bool:
    return roles.has_role(user, roles.PEER_TRAINER, roles.COORDINATOR)


def sessions_facilitated_by(user):
    """Sessions of the runs ``user`` is on as a trainer, in any role (shadows included)."""
    from courses.models import CourseRun, Session

    return Session.objects.filter(
        run__in=CourseRun.objects.filter(facilitations__trainer__user=user).values("pk"))


def sessions_visible_to(user):
    """Trainers see the sessions of their own runs; coordinators see every session."""
    from courses.models import Session

    if roles.has_role(user, roles.COORDINATOR):
        return Session.objects.all()
    return sessions_facilitated_by(user)


def role_on_run(user, run) -> str | None:
    """``"coordinator"``, the person's facilitation role on ``run`` (lead, co-trainer, shadow),
    or None. A coordinator who also facilitates is treated as a coordinator."""
    if roles.has_role(user, roles.COORDINATOR):
        return COORDINATING
    return run.facilitations.filter(trainer__user=user).values_list("role", flat=True).first()


def may_run_register(role: str | None) -> bool:
    """Leading or co-training a run (or coordinating) lets someone mark attendance, see the
    access needs people chose to share and show the check-in code. Shadows watch and learn:
    they see the plan and the names, nothing more."""
    from courses.models import DELIVERING_ROLES

    return role == COORDINATING or role in DELIVERING_ROLES
