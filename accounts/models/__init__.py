from .audit import AuditAction, AuditEntry
from .consent import Consent, ConsentPurpose
from .user import User

__all__ = ["AuditAction", "AuditEntry", "Consent", "ConsentPurpose", "User"]
