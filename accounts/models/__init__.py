from .consent import Consent, ConsentPurpose
from .user import User

__all__ = ["Consent", "ConsentPurpose", "User"]
