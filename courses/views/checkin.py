"""Self check-in: a participant scans the session's QR code or types its short code."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import Attendance, AttendanceStatus, Session
from courses.services.attendance import AttendanceError, check_in, check_in_window


def checkin(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows the session and a button; POST checks the person in. The page says nothing
    about anyone else on the session."""
    session = get_object_or_404(
        Session.objects.select_related("run__course", "run__venue", "module"),
        checkin_token=token.upper())
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if request.method == "POST":
        try:
            attendance = check_in(session, request.user)
        except AttendanceError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("You are checked in. Welcome!")
                             if attendance.status == AttendanceStatus.PRESENT
                             else _("You are checked in. Come on in!"))
        return redirect("courses:checkin", token=session.checkin_token)
    opens, closes = check_in_window(session)
    now = timezone.now()
    context = {
        "session": session,
        "checked_in": Attendance.objects.filter(
            session=session, enrolment__user=request.user,
            status__in=["present", "late"]).exists(),
        "is_open": opens <= now <= closes,
        "opens": opens,
    }
    return render(request, "courses/checkin.html", context)
