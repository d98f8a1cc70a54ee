from .pages import Audience, CoDesignCredit, CourseIndexPage, CoursePage, Delivery, ModulePage
from .scales import ConfidenceScale, ConfidenceStatement

__all__ = [
    "Audience",
    "CoDesignCredit",
    "ConfidenceScale",
    "ConfidenceStatement",
    "CourseIndexPage",
    "CoursePage",
    "Delivery",
    "ModulePage",
]
