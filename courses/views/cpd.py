"""CPD for health and care staff: the log under /my/cpd/, its exports, and working through a
self-paced module."""

from contextlib import suppress
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from accounts.services.submissions import AlreadyDone, once
from cms.translation import originals
from courses.downloads import download_response
from courses.forms import CPDEntryForm, CPDReflectionEditForm, ReflectionForm, StaffProfileForm
from courses.models import CoursePage, CPDEntry, CPDMethod, StaffProfile
from courses.resources import CPDLogResource
from courses.services import cpd, exports, learning, reflections
from courses.services.errors import DomainError
from courses.services.pdf import FONTS, html_to_pdf


def staff_member_required(view):
    """CPD pages are for staff: anyone else is asked for their professional details first."""

    @wraps(view)
    @login_required
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not cpd.is_staff_member(request.user):
            return redirect(f"{reverse('courses:cpd_profile')}?next={request.get_full_path()}")
        return view(request, *args, **kwargs)

    return wrapper


def _safe_next(request: HttpRequest, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                       require_https=request.is_secure()):
        return target
    return fallback


def _entries(user):
    return CPDEntry.objects.filter(user=user).with_certificate_code()


def _with_accounts(entries) -> list[CPDEntry]:
    """``entries`` with their reflection in its template's shape (``entry.account``)."""
    entries = list(entries)
    for entry in entries:
        entry.account = reflections.account_of(entry)
    return entries


def _reflection_form(request: HttpRequest, form_class, fallback: str, **kwargs):
    """``form_class`` in the shape the person chose: in the form sent, in the address
    (``?template=nmc``), or ``fallback``. Sent with "Use this template", the form comes back
    in the new shape holding what was written, without checking it."""
    chosen = request.POST.get("template") or request.GET.get("template") or fallback
    shape = (reflections.TEMPLATES.get(chosen) or reflections.TEMPLATES.get(fallback)
             or reflections.GENERAL)
    if request.method == "POST" and "switch" not in request.POST:
        return form_class(request.POST, shape=shape, **kwargs)
    carried = request.POST if request.method == "POST" else None
    return form_class(shape=shape, carried=carried, **kwargs)


@staff_member_required
def log(request: HttpRequest) -> HttpResponse:
    return render(request, "courses/cpd/log.html", {
        "entries": _with_accounts(_entries(request.user)),
        "totals": cpd.totals(request.user),
        "profile": StaffProfile.objects.filter(user=request.user).first(),
        "modules": originals(CoursePage.cpd_modules().live().public())
        .order_by("title"),
    })


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    """Professional details: saving them opens the CPD log."""
    instance = StaffProfile.objects.filter(user=request.user).first()
    form = StaffProfileForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        cpd.save_staff_profile(request.user, **form.cleaned_data)
        messages.success(request, _("Your professional details are saved."))
        return redirect(_safe_next(request, reverse("courses:cpd")))
    return render(request, "courses/cpd/profile.html", {
        "form": form, "next": _safe_next(request, ""), "new": instance is None})


@staff_member_required
def add_entry(request: HttpRequest) -> HttpResponse:
    form = _reflection_form(request, CPDEntryForm, reflections.default_for(request.user).key)
    if form.is_bound and form.is_valid():
        with suppress(AlreadyDone), once(form.submission_for(request.user)):
            cpd.add_entry(request.user, template=form.cleaned_data["template"],
                          answers=form.answers(), **form.facts())  # once, however often sent
        messages.success(request, _("Added to your CPD log."))
        return redirect("courses:cpd")
    return render(request, "courses/cpd/entry_form.html", {"form": form, "entry": None})


@staff_member_required
def edit_entry(request: HttpRequest, pk: int) -> HttpResponse:
    """Learning added by hand can be changed entirely; for recorded modules and courses only
    the reflection can, as the rest is a record of what happened."""
    entry = get_object_or_404(CPDEntry, pk=pk, user=request.user)
    if entry.added_by_hand:
        form_class, kwargs = CPDEntryForm, {"instance": CPDEntry.objects.get(pk=entry.pk)}
    else:
        form_class, kwargs = CPDReflectionEditForm, {}
    form = _reflection_form(request, form_class, entry.reflection_template,
                            initial=reflections.answers_of(entry), **kwargs)
    if form.is_bound and form.is_valid():
        try:
            cpd.change_entry(entry, template=form.cleaned_data["template"],
                             answers=form.answers(), **form.facts())
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Your CPD log is updated."))
            return redirect("courses:cpd")
    return render(request, "courses/cpd/entry_form.html", {"form": form, "entry": entry})


@staff_member_required
def delete_entry(request: HttpRequest, pk: int) -> HttpResponse:
    entry = get_object_or_404(CPDEntry, pk=pk, user=request.user, method=CPDMethod.OTHER)
    if request.method == "POST":
        cpd.remove_entry(entry)
        messages.success(request, _("The entry is removed from your CPD log."))
        return redirect("courses:cpd")
    return render(request, "courses/cpd/entry_delete.html", {"entry": entry})


def _log_export(user) -> exports.Export:
    return exports.Export(name="cpd-log",
                          resource=CPDLogResource(account_of=reflections.account_of),
                          rows=_entries(user).order_by("completed_on", "pk"), filters={},
                          owner=user)


@staff_member_required
def export_csv(request: HttpRequest) -> HttpResponse:
    return download_response(
        exports.prepare_download(request.user, _log_export(request.user), "csv"))


@staff_member_required
def export_pdf(request: HttpRequest) -> HttpResponse:
    """The log as a PDF to hand to a regulator: who, totals, and every entry with its
    reflection."""
    export = _log_export(request.user)
    exports.check_can_export(request.user, export)
    entries = _with_accounts(export.rows)
    html = render_to_string("courses/cpd/log_pdf.html", {
        "person": request.user, "entries": entries, "totals": cpd.totals(request.user),
        "profile": StaffProfile.objects.filter(user=request.user).first(),
        "fonts": FONTS, "today": timezone.localdate(),
    }, request=request)
    exports.record_export(request.user, export, "pdf", rows=len(entries))
    response = HttpResponse(html_to_pdf(html), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{exports.filename(export, "pdf")}"'
    response["Cache-Control"] = "private, no-store"
    return response


# --- working through a self-paced module ---------------------------------------------------

def _self_paced(pk: int) -> CoursePage:
    return get_object_or_404(CoursePage.cpd_modules().live().public(), pk=pk)


@staff_member_required
def finish(request: HttpRequest, pk: int) -> HttpResponse:
    course = _self_paced(pk)
    progress = learning.progress(request.user, course)
    if progress.finished:
        messages.info(request, _("You have already completed this module."))
        return redirect("courses:cpd")
    if not progress.all_done:
        messages.error(request, _("Work through every module before you finish."))
        return redirect((progress.next_module or course).url)
    form = _reflection_form(request, ReflectionForm, reflections.default_for(request.user).key)
    if form.is_bound and form.is_valid():
        try:
            cpd.finish_course(request.user, course, template=form.cleaned_data["template"],
                              answers=form.answers())
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Well done: the module is in your CPD log and your "
                                        "certificate is on its way by e-mail."))
            return redirect("courses:cpd")
    return render(request, "courses/cpd/finish.html", {"course": course, "form": form,
                                                       "progress": progress})
