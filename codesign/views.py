"""The co-design space (/codesign/): for members of working parties, with or without admin
rights. A member sees only their own working parties: the members, meetings, actions and
modules of each, and the versions of modules put up for review, which they read, comment on
and sign off. Someone in no working party gets 403; anything not theirs is 404."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_POST

from accounts.services.submissions import AlreadyDone, once
from codesign.forms import CommentForm, SignOffForm
from codesign.models import Action, Meeting, ModuleReview, SignOff, WorkingPartyMember
from codesign.services import reviews, working_parties
from courses.blocks import SHOW_TRAINER_NOTES
from courses.models import CoursePage
from courses.services.errors import DomainError

RECENT_MEETINGS = 3


def _memberships(request: HttpRequest):
    """The person's current places in working parties."""
    return (WorkingPartyMember.objects.current().filter(person=request.user)
            .select_related("party__area").order_by("party__name"))


def _refuse_unless_member(request: HttpRequest) -> HttpResponse | None:
    """Log in first; then 403 for someone in no working party."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not _memberships(request).exists():
        raise PermissionDenied
    return None


def _get_membership(request: HttpRequest, party_pk: int) -> WorkingPartyMember:
    """The person's place in working party ``party_pk``; 404 for a party not theirs."""
    place = (_memberships(request).prefetch_related("party__courses")
             .filter(party_id=party_pk).first())
    if place is None:
        raise Http404
    return place


def _get_review_for_member(request: HttpRequest, pk: int) -> tuple[ModuleReview,
                                                                    WorkingPartyMember]:
    """A review of one of the person's working parties, with their place in it; 404 else."""
    review = get_object_or_404(ModuleReview.objects.listed(), pk=pk)
    member = _memberships(request).filter(party_id=review.party_id).first()
    if member is None:
        raise Http404
    return review, member


@cache_control(private=True, no_store=True)
def index(request: HttpRequest) -> HttpResponse:
    if refusal := _refuse_unless_member(request):
        return refusal
    places = list(_memberships(request).prefetch_related("party__courses"))
    parties = [place.party for place in places]
    _attach_next_meetings(parties)
    return render(request, "codesign/index.html", {
        "places": places,
        "reviews": _open_reviews(parties, request.user),
        "actions": list(Action.objects.open().listed().filter(owner__in=places)),
        "today": timezone.localdate(),
    })


def _attach_next_meetings(parties) -> None:
    """Each party's ``next_meeting`` (or None), in one query."""
    soonest: dict[int, Meeting] = {}
    for meeting in Meeting.objects.filter(party__in=parties).upcoming().reverse():
        soonest[meeting.party_id] = meeting
    for party in parties:
        party.next_meeting = soonest.get(party.pk)


def _open_reviews(parties, user) -> list[ModuleReview]:
    """Open reviews of ``parties``, each marked ``signed_by_me``, oldest first."""
    mine = SignOff.objects.filter(review=OuterRef("pk"), member__person=user)
    return list(ModuleReview.objects.open().listed().filter(party__in=parties)
                .annotate(signed_by_me=Exists(mine)).order_by("opened_at"))


@cache_control(private=True, no_store=True)
def party(request: HttpRequest, pk: int) -> HttpResponse:
    if refusal := _refuse_unless_member(request):
        return refusal
    place = _get_membership(request, pk)
    party = place.party
    now = timezone.now()
    return render(request, "codesign/party.html", {
        "place": place,
        "party": party,
        "members": party.members.current().select_related("person").order_by("role", "pk"),
        "upcoming": Meeting.objects.filter(party=party).upcoming(now),
        "recent": Meeting.objects.filter(party=party).past(now).exclude(notes="")
        [:RECENT_MEETINGS],
        "actions": Action.objects.open().listed().filter(party=party),
        "module_rows": reviews.modules_looked_after(
            party, _open_reviews([party], request.user)),
        "today": timezone.localdate(),
    })


@cache_control(private=True, no_store=True)
def review(request: HttpRequest, pk: int) -> HttpResponse:
    if refusal := _refuse_unless_member(request):
        return refusal
    review, member = _get_review_for_member(request, pk)
    return _review_page(request, review, member)


def _review_page(request, review, member, *, comment_form=None, sign_off_form=None,
                 status=200) -> HttpResponse:
    sign_offs = list(review.sign_offs.select_related("member__person"))
    version = review.revision.as_object() if review.revision else None
    return render(request, "codesign/review.html", {
        "review": review,
        "member": member,
        "course": CoursePage.objects.filter(path=review.module.path[:-CoursePage.steplen])
        .first(),
        "version": version,
        "blocks": list(version.body) if version else [],
        "plan": version.plan() if version else [],
        "comments": review.comments.select_related("member__person"),
        "sign_offs": sign_offs,
        "my_sign_off": next((s for s in sign_offs if s.member_id == member.pk), None),
        "comment_form": comment_form or CommentForm(),
        "sign_off_form": sign_off_form or SignOffForm(),
        # Members sign off the whole module, so they read the trainers' notes too
        SHOW_TRAINER_NOTES: True,
    }, status=status)


@cache_control(private=True, no_store=True)
@require_POST
def comment(request: HttpRequest, pk: int) -> HttpResponse:
    if refusal := _refuse_unless_member(request):
        return refusal
    review, member = _get_review_for_member(request, pk)
    form = CommentForm(request.POST)
    if form.is_valid():
        try:
            with once(form.submission_for(request.user)):
                reviews.add_comment(review, member, form.cleaned_data["text"])
        except AlreadyDone:
            pass  # sent twice: the first sending added it
        except DomainError as error:
            form.add_error("text", error.message)
    if form.errors:
        return _review_page(request, review, member, comment_form=form, status=400)
    messages.success(request, _("Thank you. Your comment is added."))
    return redirect(f"{review_url(review)}#comments")


@cache_control(private=True, no_store=True)
@require_POST
def sign_off(request: HttpRequest, pk: int) -> HttpResponse:
    if refusal := _refuse_unless_member(request):
        return refusal
    review, member = _get_review_for_member(request, pk)
    form = SignOffForm(request.POST)
    if form.is_valid():
        try:
            reviews.sign_off(review, member)
        except DomainError as error:
            form.add_error(None, error.message)
    if form.errors:
        return _review_page(request, review, member, sign_off_form=form, status=400)
    messages.success(request, _("Thank you. You have signed off this version of the module."))
    return redirect(f"{review_url(review)}#sign-off")


@cache_control(private=True, no_store=True)
@require_POST
def action_done(request: HttpRequest, pk: int) -> HttpResponse:
    """A member ticks off an action they own (404 for anyone else's)."""
    if refusal := _refuse_unless_member(request):
        return refusal
    action = get_object_or_404(Action.objects.filter(owner__in=_memberships(request)), pk=pk)
    try:
        working_parties.complete_action(action, by=request.user)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Done: “%(action)s”.") % {"action": action.text})
    return redirect("codesign:party", pk=action.party_id)


def review_url(review: ModuleReview) -> str:
    return reverse("codesign:review", args=[review.pk])
