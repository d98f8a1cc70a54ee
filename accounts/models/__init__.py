from .audit import AuditAction, AuditEntry
from .consent import Consent, ConsentPurpose
from .submission import FormSubmission
from .user import ContactChannel, User

__all__ = ["AuditAction", "AuditEntry", "Consent", "ConsentPurpose", "ContactChannel",
           "FormSubmission", "User"]
