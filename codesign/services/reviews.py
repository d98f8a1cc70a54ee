"""Module reviews tied to revisions: a coordinator puts the latest saved version of a module up
for review by a working party that looks after its course; members comment and sign that
version off; the module's live version counts as signed off once a member with lived
experience has signed off exactly that revision (as it was when put up).

Also the reads the admin needs: whether a module's live version is signed off, and the report
of live versions nobody with lived experience has signed off and of reviews overdue (due
``CODESIGN_REVIEW_EVERY_DAYS`` after the last such sign-off of the live version).
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from accounts.models import User
from cms.translation import is_original, originals
from codesign.models import ModuleReview, ReviewComment, SignOff, WorkingParty
from codesign.models import WorkingPartyMember as Member
from courses.models import CoursePage, ModulePage
from courses.services.errors import DomainError

COMMENT_MAX_LENGTH = 4000


class ReviewError(DomainError):
    pass


@transaction.atomic
def open_review(module: ModulePage, party: WorkingParty, *, by: User,
                now: datetime | None = None) -> ModuleReview:
    """Put the latest saved version of ``module`` up for review by ``party``. The same version
    put up again is the same review; a newer one closes the party's earlier review of the
    module (its comments and sign-offs stay, for the version they were about)."""
    now = now or timezone.now()
    party = WorkingParty.objects.select_for_update().get(pk=party.pk)
    module = ModulePage.objects.select_related("latest_revision").get(pk=module.pk)
    _check_may_review(module, party)
    revision = module.latest_revision
    earlier = ModuleReview.objects.open().filter(module=module, party=party).first()
    if earlier and earlier.revision_id == revision.pk and earlier.version_unchanged:
        return earlier
    if earlier:
        close_review(earlier, now=now)
    return ModuleReview.objects.create(module=module, party=party, revision=revision,
                                       revision_created_at=revision.created_at, opened_by=by,
                                       opened_at=now)


def _check_may_review(module: ModulePage, party: WorkingParty) -> None:
    if not is_original(module):
        raise ReviewError("not_original", _(
            "Put the English module up for review: translations follow it."))
    if not party.courses.filter(path=module.path[:-Page.steplen]).exists():
        raise ReviewError("not_their_course", _(
            "%(party)s does not look after this module's course.") % {"party": party})
    if module.latest_revision is None:
        raise ReviewError("no_revision", _(
            "This module has no saved version yet. Save or publish it first."))


@transaction.atomic
def close_review(review: ModuleReview, *, now: datetime | None = None) -> ModuleReview:
    """No more comments or sign-offs. What was said and signed stays. Closing twice is
    closing once."""
    review = ModuleReview.objects.select_for_update().get(pk=review.pk)
    if review.is_open:
        review.closed_at = now or timezone.now()
        review.save(update_fields=["closed_at"])
    return review


def member_of(review: ModuleReview, user: User) -> Member | None:
    """``user``'s current place in the party reviewing, if they have one."""
    return Member.objects.current().filter(party_id=review.party_id, person=user).first()


@transaction.atomic
def add_comment(review: ModuleReview, member: Member, text: str, *,
                now: datetime | None = None) -> ReviewComment:
    """A member's comment on the version under review."""
    review = _open_for(review, member)
    text = text.strip()
    if not text:
        raise ReviewError("empty_comment", _("Write your comment."))
    if len(text) > COMMENT_MAX_LENGTH:
        raise ReviewError("long_comment", _("Keep a comment under %(count)d characters.") % {
            "count": COMMENT_MAX_LENGTH})
    return ReviewComment.objects.create(review=review, member=member, text=text,
                                        written_at=now or timezone.now())


@transaction.atomic
def sign_off(review: ModuleReview, member: Member, *, now: datetime | None = None) -> SignOff:
    """"I agree this module can be used", for exactly the version the review names. Signing
    twice records one sign-off."""
    review = _open_for(review, member)
    if not review.version_unchanged:
        raise ReviewError("version_changed", _(
            "This version has changed since it was put up for review, so it cannot be "
            "signed off. A coordinator can put the new version up for review."))
    signed, _created = SignOff.objects.get_or_create(
        review=review, member=member,
        defaults={"role": member.role, "signed_at": now or timezone.now()})
    return signed


def _open_for(review: ModuleReview, member: Member) -> ModuleReview:
    review = (ModuleReview.objects.select_for_update(of=("self",)).select_related("revision")
              .get(pk=review.pk))
    if not review.is_open:
        raise ReviewError("closed", _("This review is closed."))
    if member.party_id != review.party_id or not member.is_current():
        raise ReviewError("not_a_member", _(
            "Only members of the working party reviewing this module can do that."))
    return review


@transaction.atomic
def publish_reviewed_version(review: ModuleReview, *, by: User) -> None:
    """Publish exactly the version the party reviewed (publishing from the page editor saves
    a new revision, which nobody has signed off). It needs a sign-off by a member with lived
    experience, and the right to publish the page."""
    review = (ModuleReview.objects.select_for_update(of=("self",)).select_related("revision")
              .get(pk=review.pk))
    module = ModulePage.objects.get(pk=review.module_id)
    if not module.permissions_for_user(by).can_publish():
        raise ReviewError("may_not_publish", _("You may not publish this page."))
    if not review.version_unchanged:
        raise ReviewError("version_changed", _("This version has changed since it was put "
                                               "up for review."))
    if not SignOff.objects.counting().filter(review=review).exists():
        raise ReviewError("not_signed_off", _(
            "Nobody with lived experience has signed this version off yet."))
    if module.live and module.live_revision_id == review.revision_id:
        raise ReviewError("already_live", _("This version is already live."))
    review.revision.publish(user=by)


# --- reads for the admin ---------------------------------------------------------------------

def review_every() -> timedelta:
    return timedelta(days=settings.CODESIGN_REVIEW_EVERY_DAYS)


def live_versions_signed_on(modules: list[ModulePage]) -> dict[int, date]:
    """For each of ``modules`` whose live version a member with lived experience has signed
    off, the day they last did (by module id), in one query."""
    live = {module.live_revision_id: module.pk for module in modules if module.live_revision_id}
    if not live:
        return {}
    signed = (SignOff.objects.counting().of_revisions(list(live))
              .values_list("review__revision_id").annotate(last=Max("signed_at")))
    return {live[revision]: timezone.localdate(last) for revision, last in signed}


@dataclass
class LookedAfter:
    """A module a working party looks after, with its open review by the party, if any."""

    module: ModulePage
    course: CoursePage
    review: ModuleReview | None
    signed_on: date | None


def modules_looked_after(party: WorkingParty,
                         open_reviews: list[ModuleReview]) -> list[LookedAfter]:
    """The live modules of the party's courses (prefetched), in two queries."""
    modules = list(party.modules())
    courses = {course.path: course for course in party.courses.all()}
    reviews = {review.module_id: review for review in open_reviews}
    signed = live_versions_signed_on(modules)
    return [LookedAfter(module, courses[module.path[:-Page.steplen]], reviews.get(module.pk),
                        signed.get(module.pk)) for module in modules]


@dataclass
class ModuleSignOff:
    """One live module in the sign-off report."""

    module: ModulePage
    course: CoursePage | None
    signed_on: date | None
    open_reviews: list[ModuleReview]

    @property
    def due_on(self) -> date | None:
        return self.signed_on + review_every() if self.signed_on else None


@dataclass
class SignOffReport:
    unsigned: list[ModuleSignOff]
    overdue: list[ModuleSignOff]
    up_to_date: int


def sign_off_report(today: date | None = None) -> SignOffReport:
    """Every live English module: those whose live version nobody with lived experience has
    signed off, and those whose sign-off is older than the review period. In four queries,
    however many modules."""
    today = today or timezone.localdate()
    modules = list(originals(ModulePage.objects.live()).order_by("path"))
    courses = {course.path: course for course in CoursePage.objects.filter(
        path__in={module.path[:-Page.steplen] for module in modules})}
    signed = live_versions_signed_on(modules)
    reviews: dict[int, list[ModuleReview]] = {}
    for review in ModuleReview.objects.open().filter(module__in=modules).select_related("party"):
        reviews.setdefault(review.module_id, []).append(review)
    rows = [ModuleSignOff(module, courses.get(module.path[:-Page.steplen]),
                          signed.get(module.pk), reviews.get(module.pk, []))
            for module in modules]
    unsigned = [row for row in rows if row.signed_on is None]
    overdue = [row for row in rows if row.due_on and row.due_on < today]
    return SignOffReport(unsigned, overdue, len(rows) - len(unsigned) - len(overdue))

