"""Stories: the writer's own pages under /my/stories/ (share one, approve its wording, choose
and withdraw its uses, remove it) and the public ones under /stories/."""

import mimetypes
from contextlib import suppress

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_POST

from accounts.services.submissions import AlreadyDone, once
from codesign.forms_stories import ApprovalForm, ChangesForm, StoryForm
from codesign.models import Story, StoryConsent, StoryStatus, StoryUse
from codesign.services import stories
from courses.services.errors import DomainError

PER_PAGE = 20
personal = cache_control(private=True, no_store=True)
WITHDRAWN = {
    StoryUse.WEBSITE: gettext_lazy("Done: your story is off this website."),
    StoryUse.FUNDER_REPORTS: gettext_lazy(
        "Done: your story will not be used in reports to our funders. We will take it out "
        "of any report not yet sent."),
    StoryUse.TRAINING: gettext_lazy(
        "Done: your story will not be used in training materials. We will take it out of any "
        "not yet printed."),
}


def _get_story_for_writer(request: HttpRequest, pk: int) -> Story:
    """The story if this person wrote it and has not removed it; 404 for anyone else's."""
    return get_object_or_404(Story.objects.filter(author=request.user).exclude(
        status=StoryStatus.REMOVED).select_related("course"), pk=pk)


@login_required
@personal
def my_stories(request: HttpRequest) -> HttpResponse:
    mine = list(Story.objects.filter(author=request.user).exclude(status=StoryStatus.REMOVED)
                .select_related("course").prefetch_related("consents").order_by("-created_at"))
    for story in mine:
        story.current_uses = [consent.use for consent in story.consents.all()
                              if consent.is_current]
    return render(request, "codesign/stories/my_stories.html", {
        "stories": mine, "uses": StoryUse, "statuses": StoryStatus})


@login_required
@personal
def new_story(request: HttpRequest) -> HttpResponse:
    form = StoryForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            with suppress(AlreadyDone), once(form.submission_for(request.user)):
                stories.share_story(request.user, form.wording(),
                                    photo=form.cleaned_data["photo"])
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Thank you for sharing your story. A coordinator will "
                                        "read it and may suggest some changes; nothing is "
                                        "published until you approve the wording."))
            return redirect("codesign:my_stories")
    return render(request, "codesign/stories/new_story.html", {"form": form},
                  status=400 if form.errors else 200)


@login_required
@personal
def my_story(request: HttpRequest, pk: int) -> HttpResponse:
    """The wording as it is now; to approve it (or change its uses) once a coordinator has
    sent it back."""
    story = _get_story_for_writer(request, pk)
    form = ApprovalForm(request.POST or None, initial=_initial_choices(story))
    if request.method == "POST" and form.is_valid():
        try:
            stories.approve_story(story, by=request.user,
                                  wording_hash=form.cleaned_data["wording"],
                                  naming=form.cleaned_data["naming"],
                                  uses=form.cleaned_data["uses"])
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Thank you. Your choices are saved."))
            return redirect("codesign:my_stories")
    return _story_page(request, story, form, ChangesForm())


@login_required
@personal
@require_POST
def ask_for_changes(request: HttpRequest, pk: int) -> HttpResponse:
    story = _get_story_for_writer(request, pk)
    form = ChangesForm(request.POST)
    if form.is_valid():
        try:
            stories.ask_for_changes(story, by=request.user, note=form.cleaned_data["note"])
        except DomainError as error:
            form.add_error("note", error.message)
        else:
            messages.success(request, _("Your note has gone to the coordinators. They will "
                                        "send the story back to you to read again."))
            return redirect("codesign:my_stories")
    approval = ApprovalForm(initial=_initial_choices(story))
    return _story_page(request, story, approval, form)


@login_required
@personal
@require_POST
def withdraw_use(request: HttpRequest, pk: int, use: str) -> HttpResponse:
    story = _get_story_for_writer(request, pk)
    if use not in StoryUse.values:
        raise Http404
    if stories.withdraw_use(story, use, by=request.user):
        messages.success(request, WITHDRAWN[use])
    return redirect("codesign:my_stories")


@login_required
@personal
def remove_story(request: HttpRequest, pk: int) -> HttpResponse:
    story = _get_story_for_writer(request, pk)
    if request.method == "POST":
        stories.remove_story(story, by=request.user)
        messages.success(request, _("Your story is removed."))
        return redirect("codesign:my_stories")
    return render(request, "codesign/stories/remove_story.html", {"story": story})


def _initial_choices(story: Story) -> dict:
    current = StoryConsent.objects.current().filter(story=story).values_list("use", flat=True)
    return {"wording": story.wording_hash, "naming": story.naming if story.is_approved
            else None, "uses": list(current)}


def _story_page(request: HttpRequest, story: Story, approval: ApprovalForm,
                changes: ChangesForm) -> HttpResponse:
    errors = approval.errors or changes.errors
    return render(request, "codesign/stories/my_story.html", {
        "story": story, "form": approval, "changes": changes,
        "ready": story.status in (StoryStatus.TO_APPROVE, StoryStatus.APPROVED),
    }, status=400 if errors else 200)


# --- public ------------------------------------------------------------------------------------

def story_list(request: HttpRequest) -> HttpResponse:
    published = (Story.objects.on_website().for_listing()
                 .order_by("-approved_at", "-pk"))
    page = Paginator(published, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "codesign/stories/index.html", {"page": page})


def story_detail(request: HttpRequest, pk: int) -> HttpResponse:
    story = get_object_or_404(Story.objects.on_website().for_listing(), pk=pk)
    return render(request, "codesign/stories/story.html", {"story": story})


def story_photo(request: HttpRequest, pk: int) -> FileResponse:
    """Anyone sees the photo of a story on the website; its writer and coordinators see it
    while it is being worded too. Never kept by a shared cache: a withdrawal takes it away."""
    story = get_object_or_404(Story.objects.exclude(photo=""), pk=pk)
    may_preview = request.user.is_authenticated and (
        story.author_id == request.user.pk or request.user.has_perm(stories.CHANGE_STORY))
    if not (may_preview or story.is_on_website()) or not story.photo:
        raise Http404
    try:
        photo = story.photo.open("rb")
    except OSError:
        raise Http404 from None
    response = FileResponse(photo, content_type=mimetypes.guess_type(story.photo.name)[0])
    response["Cache-Control"] = "private, no-store" if may_preview else "no-cache"
    return response
