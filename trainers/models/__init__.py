"""People who deliver runs or give their time: trainer profiles and their path
(``profiles``), and volunteers with their roles, hours and expenses (``volunteers``)."""

from trainers.models.profiles import (
    ACTIVE_WITHIN_DAYS,
    DELIVERING,
    EXPIRING_WITHIN_DAYS,
    LAPSING_AFTER_DAYS,
    Accreditation,
    StageChange,
    TrainerKind,
    TrainerProfile,
    TrainerStage,
)
from trainers.models.volunteers import (
    ExpenseClaim,
    ExpenseKind,
    ExpenseStatus,
    HoursEntry,
    Volunteer,
    VolunteeringRole,
    VolunteerRole,
    VolunteerStatus,
)

__all__ = [
    "ACTIVE_WITHIN_DAYS", "DELIVERING", "EXPIRING_WITHIN_DAYS", "LAPSING_AFTER_DAYS",
    "Accreditation", "ExpenseClaim", "ExpenseKind", "ExpenseStatus", "HoursEntry",
    "StageChange", "TrainerKind", "TrainerProfile", "TrainerStage", "Volunteer",
    "VolunteerRole", "VolunteerStatus", "VolunteeringRole",
]
