"""The roles people hold, as Django groups created by a data migration.

Nothing here decides what a role may do with a course or a session; that lives with the code
that owns the thing being protected. This module only answers "does this person hold a role?".
"""

from django.contrib.auth.models import AnonymousUser
from django.utils.translation import gettext_lazy as _

PARTICIPANT = "Participant"
PEER_TRAINER = "Peer trainer"
HEALTH_STAFF = "Health staff"
COORDINATOR = "Coordinator"
# Anyone giving time besides delivering runs: a session helper, a greeter, someone who phones
# a participant who missed a session (only with that person's agreement).
VOLUNTEER = "Volunteer"
# Someone who keeps the signposting directory of their areas true (the community app).
COMMUNITY_NETWORKER = "Community networker"

ROLE_LABELS = {
    PARTICIPANT: _("Participant"),
    PEER_TRAINER: _("Peer trainer"),
    HEALTH_STAFF: _("Health staff"),
    COORDINATOR: _("Coordinator"),
    VOLUNTEER: _("Volunteer"),
    COMMUNITY_NETWORKER: _("Community networker"),
}


def role_names(user) -> frozenset[str]:
    """The names of the groups ``user`` belongs to, looked up once per user object."""
    if user is None or isinstance(user, AnonymousUser) or not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_role_names", None)
    if cached is None:
        cached = frozenset(user.groups.values_list("name", flat=True))
        user._role_names = cached
    return cached


def has_role(user, *roles: str) -> bool:
    """True when ``user`` holds any of ``roles``. Superusers hold every role."""
    if getattr(user, "is_superuser", False) and user.is_active:
        return True
    return bool(role_names(user) & set(roles))
