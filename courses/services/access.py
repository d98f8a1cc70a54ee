"""Who may see what in course content."""

from accounts import roles


def can_see_trainer_notes(user) -> bool:
    """Trainer-only notes are for the people who deliver sessions and the coordinators."""
    return roles.has_role(user, roles.PEER_TRAINER, roles.COORDINATOR)
