"""Working through a self-paced course (/my/learning/…): a module's notes boxes, its knowledge
check and the result of each attempt, the time a page reports, marking a module done — and for
participants, starting a course online, rating confidence before and at the end, and finishing.
A member of staff finishes a CPD module with a reflective account (``courses.views.cpd``)."""

import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import DatabaseError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.dashboard import FINAL_MODULE
from courses.forms import (
    KnowledgeCheckForm,
    NoteForm,
    RatingForm,
    VisitTimeForm,
    VolunteerForm,
)
from courses.models import (
    Certificate,
    CoursePage,
    KnowledgeCheckAttempt,
    ModulePage,
    RatingMoment,
)
from courses.services import learning
from courses.services.learning import LearningError
from trainers.models import TrainerProfile, Volunteer

logger = logging.getLogger(__name__)


def _module(pk: int) -> ModulePage:
    return get_object_or_404(ModulePage.objects.live().public(), pk=pk)


def _course(pk: int) -> CoursePage:
    return get_object_or_404(CoursePage.objects.live().public(), pk=pk, delivery="self_paced")


def _after_done(request: HttpRequest, progress: learning.CourseProgress) -> HttpResponse:
    """On from a module that is done: the next one, else the end of the course."""
    if progress.next_module is not None:
        return redirect(progress.next_module.url)
    if learning.is_cpd_course(progress.course):
        return redirect("courses:cpd_finish", pk=progress.course.pk)
    return redirect("courses:learning_finish", pk=progress.course.pk)


@require_POST
@login_required
def module_done(request: HttpRequest, pk: int) -> HttpResponse:
    """"Mark as done and continue", or "Continue" from a module already done."""
    module = _module(pk)
    try:
        progress = learning.mark_module_done(request.user, module)
    except LearningError as error:
        messages.error(request, error.message)
        return redirect(module.url)
    return _after_done(request, progress)


@require_POST
@login_required
def save_note(request: HttpRequest, pk: int, block: str) -> HttpResponse:
    module = _module(pk)
    form = NoteForm(request.POST)
    if not form.is_valid():
        messages.error(request, form.errors["text"][0])
        return redirect(f"{module.url}#notes-{block}")
    try:
        learning.save_note(request.user, module, str(block), form.cleaned_data["text"])
    except LearningError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your notes are saved. Only you can see them."))
    return redirect(f"{module.url}#notes-{block}")


@login_required
def knowledge_check(request: HttpRequest, pk: int) -> HttpResponse:
    """The module's knowledge check on a page of its own (the module page shows the same form):
    answers are marked here, and a refused form keeps what was chosen."""
    module = _module(pk)
    check = learning.knowledge_check(module)
    if check is None:
        raise Http404
    form = KnowledgeCheckForm(request.POST or None, check=check)
    if request.method == "POST" and form.is_valid():
        try:
            attempt = learning.submit_check(request.user, module, form.answers())
        except LearningError as error:
            form.add_error(None, error.message)
        else:
            return redirect("courses:learning_attempt", pk=attempt.pk)
    return render(request, "courses/learning/check.html",
                  {"module": module, "course": module.get_parent().specific, "check": check,
                   "form": form}, status=400 if form.errors else 200)


@login_required
def attempt(request: HttpRequest, pk: int) -> HttpResponse:
    """One attempt's result: the mark, and for every question what was chosen and why it is
    right or not. The person's own alone."""
    found = get_object_or_404(KnowledgeCheckAttempt.objects.select_related("module"), pk=pk,
                              user=request.user)
    module = found.module.specific.localized
    check = learning.knowledge_check(module)
    chosen = dict(found.answers.values_list("question", "choice"))
    results = [(question, question.option(chosen.get(question.id, "")))
               for question in (check.questions if check else ())]
    progress = learning.progress(request.user, module.get_parent().specific)
    return render(request, "courses/learning/attempt.html", {
        "attempt": found, "module": module, "course": progress.course, "results": results,
        "progress": progress, "is_latest": found == learning.latest_attempt(request.user, module),
    })


@require_POST
@login_required
def visit_time(request: HttpRequest, pk: int) -> HttpResponse:
    """Active time reported by a module's page (``static/js/learning-time.js``). Answers 204
    whatever happens: time keeping never stands in anyone's way."""
    form = VisitTimeForm(request.POST)
    module = _module(pk)
    if form.is_valid() and learning.may_record(request.user, module.get_parent().specific):
        try:
            learning.record_time(request.user, module, key=form.cleaned_data["key"],
                                 seconds=form.cleaned_data["seconds"])
        except LearningError:
            pass  # a key reused for another module: the report is ignored
        except DatabaseError:  # a busy SQLite file, say: this report is lost, the next counts
            logger.warning("a module visit's time could not be kept", exc_info=True)
    return HttpResponse(status=204)


# --- a participant's place on a self-paced course ----------------------------------------------

@require_POST
@login_required
def start(request: HttpRequest, pk: int) -> HttpResponse:
    course = _course(pk)
    try:
        learning.start_course(request.user, course)
    except LearningError as error:
        messages.error(request, error.message)
        return redirect(course.url)
    progress = learning.progress(request.user, course)
    if course.confidence_scale and "before" not in learning.place_ratings(progress.place):
        return redirect("courses:learning_rate", pk=course.pk, moment=RatingMoment.BEFORE)
    return redirect((progress.resume_module or course).url)


@login_required
def rate(request: HttpRequest, pk: int, moment: str) -> HttpResponse:
    """Confidence before starting (may be skipped) or at the end, for a self-paced place."""
    course = _course(pk)
    place = learning.place_for(request.user, course)
    if place is None or moment not in learning.PLACE_MOMENTS or not course.confidence_scale:
        raise Http404
    scale = course.confidence_scale.worded_in(get_language())
    form = RatingForm(request.POST or None, statements=scale.statements)
    if request.method == "POST" and form.is_valid():
        try:
            learning.rate(place, moment, form.answers())
        except LearningError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Thank you: your answers are saved."))
            return redirect(_next_url(request, course, moment))
    return render(request, "courses/learning/rate.html", {
        "course": course, "scale": scale, "form": form, "moment": moment,
        "skip_url": _next_url(request, course, moment)}, status=400 if form.errors else 200)


def _next_url(request: HttpRequest, course: CoursePage, moment: str) -> str:
    if moment == RatingMoment.END:
        return reverse("courses:learning_finish", args=[course.pk])
    return (learning.progress(request.user, course).resume_module or course).url


@login_required
def finish(request: HttpRequest, pk: int) -> HttpResponse:
    """The end of a self-paced course for a participant: finish it (certificate), then see how
    their confidence moved and what could come next."""
    course = _course(pk)
    if learning.is_cpd_course(course):
        return redirect("courses:cpd_finish", pk=course.pk)
    progress = learning.progress(request.user, course)
    if not progress.all_done:
        messages.error(request, _("Finish every module first."))
        return redirect((progress.resume_module or course).url)
    if request.method == "POST":
        try:
            learning.finish_course(request.user, course)
        except LearningError as error:
            messages.error(request, error.message)
        return redirect("courses:learning_finish", pk=course.pk)
    ratings = learning.place_ratings(progress.place)
    return render(request, "courses/learning/finish.html", {
        "course": course, "progress": progress, "before": ratings.get("before"),
        "end": ratings.get("end"),
        "certificate": Certificate.objects.valid().filter(place=progress.place).first()
        if progress.place else None,
        "volunteer_form": VolunteerForm() if progress.finished and not _volunteers(
            request.user) else None,
        # what other apps point people to at the end of a course (courses.dashboard)
        "after_course": FINAL_MODULE.shown(request, course) if progress.finished else [],
    })


def _volunteers(user) -> bool:
    return Volunteer.objects.filter(user=user).exists() or TrainerProfile.objects.filter(
        user=user).exists()
