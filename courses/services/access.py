"""Who may see what: course content, and the trainer pages for sessions."""

from accounts import roles


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
