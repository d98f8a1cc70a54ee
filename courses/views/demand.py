"""'Tell me when there's a course near me': the form a course page links to when none of its
dates suit, and withdrawing a request from /my/."""

from allauth.core import ratelimit
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_POST

from accounts.i18n import url_in_language
from accounts.services.submissions import AlreadyDone
from courses.forms import ONLINE, DemandForm
from courses.models import CoursePage, DemandRequest
from courses.services import demand as demand_service
from courses.services.errors import DemandError

THROTTLE = "demand_request"  # see ACCOUNT_RATE_LIMITS
FIELD_FOR_CODE = {"bad_phone": "phone", "no_contact": "phone", "unreachable": None,
                  "no_consent": "consent", "bad_language": "language", "bad_times": "times",
                  "bad_access_need": "access_needs"}


def _get_group_course(pk: int) -> CoursePage:
    course = get_object_or_404(CoursePage.objects.live().public(), pk=pk)
    if course.is_self_paced:
        raise Http404
    return course


def _initial(request: HttpRequest) -> dict:
    """What the course page's "Dates and places" filter had chosen, to start from."""
    area, needs = request.GET.get("area", ""), request.GET.getlist("needs")
    return {"area": "" if area == ONLINE else area, "online_ok": area == ONLINE,
            "language": request.GET.get("language") or get_language(), "access_needs": needs}


@cache_control(private=True, no_store=True)
def ask(request: HttpRequest, pk: int) -> HttpResponse:
    course = _get_group_course(pk)
    visitor = not request.user.is_authenticated
    form = DemandForm(request.POST or None, visitor=visitor, initial=_initial(request))
    status = 200
    if request.method == "POST":
        if not ratelimit.consume(request, action=THROTTLE):
            form.add_error(None, _("Too many requests from here. Please wait a few minutes "
                                   "and try again."))
            status = 429
        elif form.is_valid():
            try:
                _record(request, course, form)
            except AlreadyDone:
                pass  # sent twice: the first did the work
            except DemandError as error:
                field = FIELD_FOR_CODE.get(error.code)
                form.add_error(field if field in form.fields else None, error.message)
            else:
                return _thank(request, course)
        status = status if status != 200 else 400
    return render(request, "courses/demand_form.html", {"course": course, "form": form},
                  status=status)


def _record(request: HttpRequest, course: CoursePage, form: DemandForm) -> None:
    data = form.cleaned_data
    if request.user.is_authenticated:
        demand_service.record_demand(request.user, course, consented=data["consent"],
                                     **form.wish())
        return
    demand_service.record_visitor_demand(
        course, full_name=data["full_name"], email=data["email"], phone=data["phone"],
        preferred_language=get_language(), submission_key=form._submission_key,
        consented=data["consent"], **form.wish())


def _thank(request: HttpRequest, course: CoursePage) -> HttpResponse:
    messages.success(request, _("Thank you. We will tell you when this course has dates that "
                                "suit you."))
    if request.user.is_authenticated:
        return redirect("courses:my")
    return redirect(url_in_language(course.get_url(request), get_language()))


@login_required
@require_POST
def withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    demand = get_object_or_404(DemandRequest, pk=pk, person=request.user)
    demand_service.withdraw_demand(demand)
    messages.success(request, _("We will not tell you about that course any more."))
    return redirect("courses:my")
