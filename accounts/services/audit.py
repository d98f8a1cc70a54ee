"""Writing the audit log. Callers pass ids and kinds, never names or health values."""

from django.db import models

from accounts.models import AuditEntry, User


def record(actor: User | None, action: str, target: models.Model | None = None, *,
           object_type: str = "", object_id: str = "", subject: User | None = None,
           **detail) -> AuditEntry:
    """Note that ``actor`` did ``action`` to ``target`` (or to ``object_type``/``object_id``),
    about ``subject``'s data. ``detail`` holds small facts such as a row count."""
    if target is not None:
        object_type = object_type or target._meta.label_lower
        object_id = object_id or str(target.pk)
    return AuditEntry.objects.create(
        actor=actor if actor is not None and actor.pk else None, action=action,
        object_type=object_type, object_id=str(object_id), subject=subject, detail=detail)
