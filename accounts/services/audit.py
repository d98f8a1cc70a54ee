"""Writing and reading the audit log. Callers pass ids and kinds, never names or health
values; the log shows people what each record is, looked up when they read it."""

from datetime import timedelta

from django.apps import apps
from django.db import models
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from accounts.models import AuditAction, AuditEntry, User

# Opening the same record again and again is one look, not one entry per reload.
VIEWS_COUNT_ONCE_PER = timedelta(hours=1)


def record(actor: User | None, action: str, target: models.Model | None = None, *,
           object_type: str = "", object_id: str = "", subject: User | None = None,
           every_time: bool = False, **detail) -> AuditEntry | None:
    """Note that ``actor`` did ``action`` to ``target`` (or to ``object_type``/``object_id``),
    about ``subject``'s data. ``detail`` holds small facts such as a row count. A view of a
    record already noted for the same person in the last hour is not noted again (None),
    unless ``every_time`` (a safeguarding concern: each look is noted)."""
    if target is not None:
        object_type = object_type or target._meta.label_lower
        object_id = object_id or str(target.pk)
    actor = actor if actor is not None and actor.pk else None
    if action == AuditAction.VIEWED and not every_time and AuditEntry.objects.filter(
            actor=actor, action=action, object_type=object_type, object_id=str(object_id),
            subject=subject, at__gte=timezone.now() - VIEWS_COUNT_ONCE_PER).exists():
        return None
    return AuditEntry.objects.create(
        actor=actor, action=action, object_type=object_type, object_id=str(object_id),
        subject=subject, detail=detail)


def describe(entries: list[AuditEntry]) -> list[AuditEntry]:
    """Give each entry ``kind_label`` ("Course run") and ``record_label`` (what the record is
    called now, or "#8, since deleted"), in one query per kind of record."""
    ids_by_type: dict[str, set[str]] = {}
    for entry in entries:
        ids_by_type.setdefault(entry.object_type, set()).add(entry.object_id)
    found = {object_type: _records(object_type, ids) for object_type, ids in ids_by_type.items()}
    for entry in entries:
        model, records = found[entry.object_type]
        entry.kind_label = capfirst(model._meta.verbose_name) if model else entry.object_type
        record_ = records.get(entry.object_id)
        entry.record_label = (str(record_) if record_ is not None else
                              _("#%(id)s, since deleted") % {"id": entry.object_id})
    return entries


def _records(object_type: str, ids: set[str]) -> tuple[type[models.Model] | None, dict]:
    try:
        model = apps.get_model(object_type)
    except (LookupError, ValueError):
        return None, {}
    valid = [pk for pk in ids if pk.isdigit()]
    return model, {str(obj.pk): obj for obj in model._default_manager.filter(pk__in=valid)}
