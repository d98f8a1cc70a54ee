"""Typed-up paper registers and sign-up sheets: upload, check every row, then save all or none.

Checking (the preview) reads the file and the database and writes nothing. Confirming checks
the stored file again under locks — the run may have changed since — and saves through the same
services as everything else (``attendance.record_marks``, ``enrolment.enrol``), inside one
transaction: one bad row and nothing is written, nothing is sent.

Each kind of file has its own module: ``registers`` and ``signups`` check the rows (with the
verdicts in ``rows``); reading the file is ``courses.services.spreadsheets``'s job.
"""

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import PurePath

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import AuditAction, User
from accounts.services import audit
from courses.models import CourseRun, ImportBatch, ImportKind, ImportStatus, Session
from courses.services.imports.registers import REGISTER_COLUMNS, check_register, save_register
from courses.services.imports.rows import ImportRefused, Preview
from courses.services.imports.signups import ENROLMENT_COLUMNS, check_enrolments, save_enrolments
from courses.services.spreadsheets import Column, read_table

__all__ = ["ENROLMENT_COLUMNS", "REGISTER_COLUMNS", "ImportRefused", "Preview", "confirm",
           "delete_stale_uploads", "discard", "preview", "upload"]

STALE_AFTER = timedelta(days=1)

CHECKS: dict[str, tuple[list[Column], Callable, Callable]] = {
    ImportKind.REGISTER: (REGISTER_COLUMNS, check_register, save_register),
    ImportKind.ENROLMENTS: (ENROLMENT_COLUMNS, check_enrolments, save_enrolments),
}


# --- the batch: upload, preview, confirm -------------------------------------------------------

def upload(kind: str, run: CourseRun, content: bytes, name: str, *, by: User,
           session: Session | None = None) -> tuple[ImportBatch, Preview]:
    """Check an uploaded file and keep it for confirming. Raises ``UnreadableFile`` (nothing
    kept) when it cannot be read at all."""
    columns, check, _save = CHECKS[kind]
    preview = check(read_table(content, name, columns), run, session)
    batch = ImportBatch(kind=kind, run=run, session=session, uploaded_by=by,
                        original_name=PurePath(name).name[:255], rows=len(preview.rows),
                        problems=len(preview.problem_rows))
    suffix = ".xlsx" if content.startswith(b"PK\x03\x04") else ".csv"
    batch.file.save(f"{uuid.uuid4().hex}{suffix}", ContentFile(content), save=False)
    batch.save()
    return batch, preview


def preview(batch: ImportBatch) -> Preview:
    columns, check, _save = CHECKS[batch.kind]
    with batch.file.open("rb") as stored:
        content = stored.read()
    return check(read_table(content, batch.file.name, columns), batch.run, batch.session)


def confirm(batch: ImportBatch, *, by: User, consent_confirmed: bool = False) -> int:
    """Save every row of a checked batch, or none. Returns how many rows changed something.
    A sign-up sheet that makes accounts needs the coordinator to confirm that those people
    agreed to the privacy notice (``consent_confirmed``): their consent is recorded."""
    with transaction.atomic():
        batch = ImportBatch.objects.select_for_update(of=("self",)).select_related(
            "run", "session").get(pk=batch.pk)
        if batch.status != ImportStatus.PREVIEWED or not batch.file:
            raise ImportRefused("not_waiting", _("This file has already been saved or "
                                                 "discarded."))
        if batch.kind == ImportKind.ENROLMENTS:
            CourseRun.objects.locked(batch.run_id)  # places stay as checked
        checked = preview(batch)
        if not checked.ok:
            raise ImportRefused("rows_wrong", _(
                "Nothing was saved: %(count)s rows have problems. Correct the file and upload "
                "it again.") % {"count": len(checked.problem_rows)})
        if checked.new_people and not consent_confirmed:
            raise ImportRefused("consent_needed", _(
                "Nothing was saved: confirm that the new people on this sheet agreed to our "
                "privacy notice, or take them off the sheet."))
        saved = CHECKS[batch.kind][2](checked, batch, by)
        batch.status, batch.applied_at, batch.rows = ImportStatus.APPLIED, timezone.now(), \
            len(checked.rows)
        batch.save(update_fields=["status", "applied_at", "rows"])
        audit.record(by, AuditAction.IMPORTED, batch, kind=batch.kind, rows=batch.rows,
                     changed=saved)
        transaction.on_commit(lambda: batch.file.delete(save=True))
    return saved


def discard(batch: ImportBatch) -> None:
    if batch.status == ImportStatus.PREVIEWED:
        batch.file.delete(save=False)
        batch.status = ImportStatus.DISCARDED
        batch.save(update_fields=["status", "file"])


def delete_stale_uploads(*, now: datetime | None = None) -> int:
    """Uploads checked but never confirmed are discarded after a day (their files hold
    people's names). Idempotent."""
    stale = ImportBatch.objects.filter(status=ImportStatus.PREVIEWED,
                                       created_at__lt=(now or timezone.now()) - STALE_AFTER)
    count = 0
    for batch in stale:
        discard(batch)
        count += 1
    return count
