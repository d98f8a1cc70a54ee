from .attendance import ATTENDED_STATUSES, Attendance, AttendanceStatus, MarkingMethod
from .calendar_feed import CalendarFeed
from .certificates import Certificate, CertificateKind
from .concern import CLOSE_CONCERN, VIEW_CONCERN, Concern, ConcernKind
from .cpd import CPDEntry, CPDMethod, ModuleProgress, StaffProfile
from .debrief import SessionDebrief, TimeKept
from .enrolment import (
    ON_REGISTER_STATUSES,
    ON_RUN_STATUSES,
    PLACE_HOLDING_STATUSES,
    EndReason,
    Enrolment,
    EnrolmentStatus,
)
from .exports import ExportRecord, ExportStatus, ImportBatch, ImportKind, ImportStatus
from .follow_up import (
    ClosedBecause,
    FollowUp,
    FollowUpOutcome,
    FollowUpPriority,
    FollowUpStatus,
)
from .outbox import OutboxMessage
from .pages import (
    Audience,
    CoDesignCredit,
    Companions,
    CourseIndexPage,
    CoursePage,
    Delivery,
    ModulePage,
)
from .ratings import ConfidenceAnswer, ConfidenceRating, ModuleFeedback, RatingMoment
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
    "ATTENDED_STATUSES",
    "CLOSE_CONCERN",
    "VIEW_CONCERN",
    "DELIVERING_ROLES",
    "ON_REGISTER_STATUSES",
    "ON_RUN_STATUSES",
    "PLACE_HOLDING_STATUSES",
    "Area",
    "Attendance",
    "AttendanceStatus",
    "Audience",
    "CPDEntry",
    "CPDMethod",
    "CalendarFeed",
    "Certificate",
    "CertificateKind",
    "ClosedBecause",
    "Concern",
    "ConcernKind",
    "CoDesignCredit",
    "Companions",
    "ConfidenceAnswer",
    "ConfidenceRating",
    "ConfidenceScale",
    "ConfidenceStatement",
    "CourseIndexPage",
    "CoursePage",
    "CourseRun",
    "Delivery",
    "EndReason",
    "Enrolment",
    "EnrolmentStatus",
    "ExportRecord",
    "ExportStatus",
    "Facilitation",
    "FollowUp",
    "FollowUpOutcome",
    "FollowUpPriority",
    "FollowUpStatus",
    "FacilitationRole",
    "ImportBatch",
    "ImportKind",
    "ImportStatus",
    "MarkingMethod",
    "ModuleFeedback",
    "ModuleProgress",
    "ModulePage",
    "OutboxMessage",
    "RatingMoment",
    "RunStatus",
    "Session",
    "SessionDebrief",
    "StaffProfile",
    "TimeKept",
    "Venue",
]
