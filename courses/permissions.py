"""Which roles may use the parts of the site about delivering courses.

Only role checks live here, so that models and templates can ask without importing a service.
What someone may do on one run (lead, co-train, shadow) is the run's to say:
``CourseRun.role_of`` and ``CourseRun.lets_run_register``."""

from accounts import roles


def may_use_trainer_pages(user) -> bool:
    """The trainer pages (``/trainer/``) are for peer trainers and coordinators."""
    return roles.has_role(user, roles.PEER_TRAINER, roles.COORDINATOR)


def may_follow_up(user) -> bool:
    """Follow-ups after a missed session are made by peer trainers and volunteers (and seen by
    coordinators); which ones a person may open is the task's to say."""
    return roles.has_role(user, roles.PEER_TRAINER, roles.VOLUNTEER, roles.COORDINATOR)


def can_see_trainer_notes(user) -> bool:
    """Trainer-only notes are for the people who deliver sessions and the coordinators: the
    people the trainer pages are for."""
    return may_use_trainer_pages(user)


# Downloading spreadsheets of other people's data, and uploading typed-up registers and sheets.
EXPORT_PERMISSION = "courses.export_data"
IMPORT_PERMISSION = "courses.import_data"
