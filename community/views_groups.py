"""Peer support groups on the public site: the list and a group's page (never with members'
names), joining and leaving, its calendar, and the organisers' pages for recording who came.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control

from community.forms_groups import AttendanceForm, GroupFilterForm
from community.models import GroupMembership, MembershipStatus, SupportGroup
from community.services import group_membership
from community.services.group_calendar import group_calendar
from community.services.groups import GroupError, next_meetings
from courses.models import Area

PER_PAGE = 20
UPCOMING = 8  # meetings shown on a group's page
RECENT = 8  # meetings held shown to its organisers


def _get_group(pk: int) -> SupportGroup:
    return get_object_or_404(SupportGroup.objects.with_members()
                             .select_related("area", "venue", "trainer"), pk=pk)


def _my_membership(request: HttpRequest, group: SupportGroup) -> GroupMembership | None:
    if not request.user.is_authenticated:
        return None
    return group.memberships.current().filter(person=request.user).first()


def group_list(request: HttpRequest) -> HttpResponse:
    areas = Area.objects.filter(pk__in=SupportGroup.objects.active().values("area"))
    form = GroupFilterForm(request.GET or None, areas=areas)
    area = form.cleaned_data["area"] if form.is_valid() else ""
    groups = (SupportGroup.objects.active().filtered(area=area).with_members()
              .select_related("area", "venue").annotate(next_starts_at=next_meetings())
              .order_by("area__name", "name", "pk"))
    page = Paginator(groups, PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "community/group_list.html",
                  {"form": form, "groups": page, "query": query.urlencode()})


def group_detail(request: HttpRequest, pk: int) -> HttpResponse:
    group = _get_group(pk)
    membership = _my_membership(request, group)
    return render(request, "community/group_detail.html", {
        "group": group,
        "membership": membership,
        "position": group_membership.waiting_position(membership) if membership else None,
        "organises": bool(membership and membership.is_organiser)
        or (request.user.is_authenticated and group_membership.may_organise(request.user,
                                                                            group)),
        "meetings": list(group.meetings.upcoming().order_by("starts_at")[:UPCOMING]),
        "places_left": (max(group.max_members - group.members, 0)
                        if group.max_members is not None else None),
    })


def join(request: HttpRequest, pk: int) -> HttpResponse:
    """POST: join the group (or its waiting list). A GET, for example after logging in, goes
    back to the group's page, where the button is."""
    group = _get_group(pk)
    if not request.user.is_authenticated:
        return redirect_to_login(reverse("community:group", args=[group.pk]))
    if request.method != "POST":
        return redirect("community:group", pk=group.pk)
    try:
        membership = group_membership.join(group, request.user)
    except GroupError as error:
        messages.error(request, error.message)
    else:
        if membership.status == MembershipStatus.MEMBER:
            messages.success(request, _("You have joined the group. We will remind you before "
                                        "each meeting."))
        else:
            messages.success(request, _("The group is full, so you are on its waiting list. "
                                        "We will tell you when a place comes free."))
    return redirect("community:group", pk=group.pk)


@cache_control(private=True, no_store=True)
def leave(request: HttpRequest, pk: int) -> HttpResponse:
    """GET asks "are you sure?"; POST takes the person out of the group or its waiting list."""
    group = _get_group(pk)
    if not request.user.is_authenticated:
        return redirect_to_login(reverse("community:group", args=[group.pk]))
    membership = get_object_or_404(group.memberships.current(), person=request.user)
    if request.method != "POST":
        return render(request, "community/group_leave.html",
                      {"group": group, "membership": membership})
    group_membership.leave(membership)
    messages.success(request, _("You are no longer in this group. You are welcome back any "
                                "time."))
    return redirect("community:group", pk=group.pk)


def calendar(request: HttpRequest, pk: int) -> HttpResponse:
    group = _get_group(pk)
    response = HttpResponse(group_calendar(group), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="group-{group.pk}.ics"'
    return response


# --- the organisers' pages --------------------------------------------------------------------

def _get_group_to_organise(request: HttpRequest, pk: int) -> SupportGroup:
    """A group the person organises (or any, for a coordinator): 403 for someone who
    organises none, 404 for another group."""
    organised = SupportGroup.objects.organised_by(request.user)
    if not organised.exists():
        raise PermissionDenied
    return get_object_or_404(organised.with_members().select_related("area", "venue"), pk=pk)


@cache_control(private=True, no_store=True)
def organise(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    group = _get_group_to_organise(request, pk)
    held = group.meetings.held().order_by("-starts_at")[:RECENT]
    return render(request, "community/group_organise.html", {
        "group": group,
        "held": list(held),
        "coming": list(group.meetings.upcoming().order_by("starts_at")[:4]),
    })


@cache_control(private=True, no_store=True)
def attendance(request: HttpRequest, pk: int, meeting: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    group = _get_group_to_organise(request, pk)
    meeting = get_object_or_404(group.meetings.select_related("group"), pk=meeting)
    register = list(group_membership.register_for(meeting))
    form = AttendanceForm(request.POST or None, members=register, initial={
        "present": [str(pk) for pk in meeting.attendances.values_list("membership_id",
                                                                      flat=True)],
        "visitors": meeting.visitors if meeting.recorded_at else None})
    if request.method == "POST" and form.is_valid():
        try:
            group_membership.record_attendance(meeting, present=form.present_ids(),
                                               visitors=form.cleaned_data["visitors"],
                                               by=request.user)
        except GroupError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Thank you. Who came is recorded."))
            return redirect("community:organise", pk=group.pk)
    return render(request, "community/group_attendance.html",
                  {"group": group, "meeting": meeting, "form": form},
                  status=400 if form.errors else 200)
