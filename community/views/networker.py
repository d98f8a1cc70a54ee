"""The networkers' page (/community/networker/): the entries of their areas, those due a
check first, the demand for courses there (counts, never names), and forms to add, change,
check and remove entries. Coordinators may use it for every area."""

from contextlib import suppress
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_POST

from accounts import roles
from accounts.services.submissions import AlreadyDone, once
from community.forms import EntryForm
from community.models import DirectoryEntry
from community.models.directory import due_a_check_on_or_before, hidden_on_or_before
from community.networker_page import SECTIONS
from community.services import directory
from community.services.directory import DirectoryError, EntryDetails
from courses.models import DemandRequest

PER_PAGE = 50


def networkers_only(view):
    """Logged in, and a networker or a coordinator (403 for anyone else); never kept."""

    @login_required
    @cache_control(private=True, no_store=True)
    @wraps(view)
    def checked(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not roles.has_role(request.user, roles.COMMUNITY_NETWORKER, roles.COORDINATOR):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return checked


def _entry_to_keep(request: HttpRequest, pk: int) -> DirectoryEntry:
    """An entry of the person's areas: 404 when there is none, 403 when it is in an area
    they do not keep (the directory is public: that it exists is no secret)."""
    entry = get_object_or_404(DirectoryEntry.objects.select_related("area"), pk=pk)
    if not directory.keeps(request.user, entry.area_id):
        raise PermissionDenied
    return entry


@networkers_only
def page(request: HttpRequest) -> HttpResponse:
    areas = list(directory.areas_kept_by(request.user))
    entries = (DirectoryEntry.objects.filter(area__in=areas)
               .select_related("area", "checked_by").prefetch_related("categories")
               .order_by("checked_on", "name", "pk"))  # the longest unchecked first
    listed = Paginator(entries, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "community/networker.html", {
        "areas": areas, "area_names": ", ".join(area.local_name for area in areas),
        "page": listed,
        "due_count": entries.due_a_check().count(), "hidden_count": entries.hidden().count(),
        "due_on_or_before": due_a_check_on_or_before(),
        "hidden_on_or_before": hidden_on_or_before(),
        "demand": DemandRequest.objects.active().filter(area__in=areas).by_course_and_area(),
        "sections": SECTIONS.shown(request, areas),
    })


def _form_page(request: HttpRequest, form: EntryForm, entry: DirectoryEntry | None,
               status: int = 200) -> HttpResponse:
    return render(request, "community/entry_form.html", {"form": form, "entry": entry},
                  status=status)


def _refused(form: EntryForm, error: DirectoryError) -> None:
    form.add_error(error.field if error.field in form.fields else None, error.message)


@networkers_only
def add_entry(request: HttpRequest) -> HttpResponse:
    areas = directory.areas_kept_by(request.user)
    form = EntryForm(request.POST or None, areas=areas,
                     initial={"area": request.GET.get("area")})
    if request.method == "POST" and form.is_valid():
        try:
            with suppress(AlreadyDone), once(form.submission_for(request.user)):
                directory.add_entry(EntryDetails.from_data(form.cleaned_data), by=request.user)
        except DirectoryError as error:
            _refused(form, error)
        else:
            messages.success(request, _("The entry is in the directory."))
            return redirect("community:networker")
    return _form_page(request, form, None, status=400 if form.is_bound else 200)


@networkers_only
def edit_entry(request: HttpRequest, pk: int) -> HttpResponse:
    entry = _entry_to_keep(request, pk)
    form = EntryForm(request.POST or None, instance=entry,
                     areas=directory.areas_kept_by(request.user))
    if request.method == "POST" and form.is_valid():
        try:
            directory.change_entry(entry, EntryDetails.from_data(form.cleaned_data),
                                   by=request.user, checked=form.cleaned_data["checked_today"])
        except DirectoryError as error:
            _refused(form, error)
        else:
            messages.success(request, _("The entry is changed."))
            return redirect("community:networker")
    return _form_page(request, form, entry, status=400 if form.is_bound else 200)


@networkers_only
@require_POST
def mark_checked(request: HttpRequest, pk: int) -> HttpResponse:
    entry = directory.mark_checked(_entry_to_keep(request, pk), by=request.user)
    messages.success(request, _("%(name)s is marked as checked today.") % {"name": entry.name})
    return redirect("community:networker")


@networkers_only
def remove_entry(request: HttpRequest, pk: int) -> HttpResponse:
    """A page asking to be sure, then the removal."""
    entry = _entry_to_keep(request, pk)
    if request.method != "POST":
        return render(request, "community/entry_remove.html", {"entry": entry})
    directory.remove_entry(entry, by=request.user)
    messages.success(request, _("%(name)s is out of the directory.") % {"name": entry.name})
    return redirect("community:networker")
