"""Demo imports and exports: last week's register typed up from paper (one mark corrected),
a sign-up sheet waiting to be checked (with one row to fix), and a coordinator's exports,
one of them written in the background and ready to download. The exports are made after the
demo's erasure (which, as erasing anyone does, deletes export files still waiting)."""

from django.utils import timezone

from accounts.models import User
from courses.models import (
    Attendance,
    CourseRun,
    ExportRecord,
    ExportStatus,
    ImportBatch,
    RunStatus,
)
from courses.services import exports, imports

SIGN_UPS = [("Full name", "E-mail", "Language"),
            ("Beathag Dhòmhnallach", "beathag@example.org", "Gàidhlig"),
            ("Graham Reid", "graham.reid@example", "English"),  # a typo to correct
            ("Fiona Munro", "fiona.munro@example.org", "")]


def seed_exchange(people: dict[str, User]) -> None:
    if ImportBatch.objects.exists():
        return
    coordinator = people["coordinator"]
    current = CourseRun.objects.filter(status=RunStatus.CLOSED).order_by("pk").first()
    _typed_up_register(current, coordinator)
    future = CourseRun.objects.filter(status=RunStatus.OPEN, venue__area__name="Aberdeen").first()
    imports.upload("enrolments", future, _csv(SIGN_UPS), "sign-ups-aberdeen-library.csv",
                   by=coordinator)


def _typed_up_register(run: CourseRun, coordinator: User) -> None:
    """The most recent session's register, as typed up from paper: what the trainer marked,
    except that one person marked absent had in fact come late."""
    session = run.sessions.filter(starts_at__lte=timezone.now()).order_by("starts_at").last()
    marks = list(Attendance.objects.filter(session=session).select_related("enrolment__user")
                 .order_by("enrolment_id"))
    rows = [("Enrolment number", "Name", "Status")]
    corrected = False
    for mark in marks:
        status = mark.get_status_display()
        if mark.status == "absent" and not corrected:
            status, corrected = "Late", True
        rows.append((mark.enrolment_id, mark.enrolment.user.full_name, status))
    day = timezone.localtime(session.starts_at).date().isoformat()
    batch, _preview = imports.upload("register", run, _csv(rows), f"register-{day}.csv",
                                     by=coordinator, session=session)
    imports.confirm(batch, by=coordinator)


def seed_exports(people: dict[str, User]) -> None:
    if ExportRecord.objects.exists():
        return
    coordinator = people["coordinator"]
    run = CourseRun.objects.filter(status=RunStatus.CLOSED).order_by("pk").first()
    small = exports.build_export("attendance", {"area": str(run.venue.area_id)})
    exports.record_export(coordinator, small, "csv", rows=small.rows.count())
    everything = exports.build_export("attendance", {})
    record = exports.record_export(coordinator, everything, "xlsx",
                                   status=ExportStatus.QUEUED, total=everything.rows.count())
    exports.write_export_file(record.pk)


def _csv(rows) -> bytes:
    return "\r\n".join(",".join(str(cell) for cell in row) for row in rows).encode()
