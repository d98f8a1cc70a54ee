from .calendar_feed import CalendarFeed
from .enrolment import (
    ON_RUN_STATUSES,
    PLACE_HOLDING_STATUSES,
    EndReason,
    Enrolment,
    EnrolmentStatus,
)
from .outbox import OutboxMessage
from .pages import Audience, CoDesignCredit, CourseIndexPage, CoursePage, Delivery, ModulePage
from .scales import ConfidenceScale, ConfidenceStatement
from .scheduling import (
    DELIVERING_ROLES,
    Area,
    CourseRun,
    Facilitation,
    FacilitationRole,
    RunStatus,
    Session,
    Venue,
)

__all__ = [
    "DELIVERING_ROLES",
    "ON_RUN_STATUSES",
    "PLACE_HOLDING_STATUSES",
    "Area",
    "Audience",
    "CalendarFeed",
    "CoDesignCredit",
    "ConfidenceScale",
    "ConfidenceStatement",
    "CourseIndexPage",
    "CoursePage",
    "CourseRun",
    "Delivery",
    "EndReason",
    "Enrolment",
    "EnrolmentStatus",
    "Facilitation",
    "FacilitationRole",
    "ModulePage",
    "OutboxMessage",
    "RunStatus",
    "Session",
    "Venue",
]
