from .action_plans import CONFIDENT_ENOUGH, ActionPlan, PlanOutcome
from .attendance import ATTENDED_STATUSES, Attendance, AttendanceStatus, MarkingMethod
from .calendar_feed import CalendarFeed
from .certificates import Certificate, CertificateKind
from .concern import CLOSE_CONCERN, VIEW_CONCERN, Concern, ConcernKind
from .cpd import CPDEntry, CPDMethod, ModuleProgress, ReflectionKind, StaffProfile
from .debrief import SessionDebrief, TimeKept
from .demand import DemandRequest, DemandStatus, TimeOfDay
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
from .observation import (
    OBSERVABLE_SESSIONS,
    FidelityChecklist,
    FidelityItem,
    FidelityRating,
    Observation,
    ObservationAnswer,
    ObservationStatus,
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
from .referrals import REFERRAL_OUTCOMES, Referral, ReferralChange, ReferralStatus
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
    "CONFIDENT_ENOUGH",
    "ATTENDED_STATUSES",
    "CLOSE_CONCERN",
    "VIEW_CONCERN",
    "DELIVERING_ROLES",
    "OBSERVABLE_SESSIONS",
    "ON_REGISTER_STATUSES",
    "ON_RUN_STATUSES",
    "PLACE_HOLDING_STATUSES",
    "ActionPlan",
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
    "DemandRequest",
    "DemandStatus",
    "EndReason",
    "Enrolment",
    "EnrolmentStatus",
    "ExportRecord",
    "ExportStatus",
    "Facilitation",
    "FidelityChecklist",
    "FidelityItem",
    "FidelityRating",
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
    "Observation",
    "ObservationAnswer",
    "ObservationStatus",
    "OutboxMessage",
    "REFERRAL_OUTCOMES",
    "PlanOutcome",
    "RatingMoment",
    "Referral",
    "ReferralChange",
    "ReferralStatus",
    "ReflectionKind",
    "RunStatus",
    "Session",
    "SessionDebrief",
    "StaffProfile",
    "TimeKept",
    "TimeOfDay",
    "Venue",
]
