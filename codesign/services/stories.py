"""Stories people share: written by them, worded with a coordinator, published only in the
wording they approved and only for the uses they agreed to, and taken down the moment they
change their mind.

The way through: ``share_story`` (the writer) → ``edit_story`` (a coordinator, in the admin;
sending it to the writer) → ``approve_story`` (the writer approves the exact wording, agrees to
some uses and chooses how they are named) or ``ask_for_changes``. An edit after approval needs
approving again. ``withdraw_use`` takes one use back at any time; a story leaves the site on
the next request (kept pages are forgotten, a CDN is told), and a use outside the site becomes
a task for coordinators until ``confirm_taken_out``. ``remove_story`` withdraws everything and
blanks the words and photo, as erasing the writer does.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import ModelLogEntry, Page, ReferenceIndex

from accounts.models import User
from cms.translation import is_original
from codesign.models import (
    USES_ELSEWHERE,
    Story,
    StoryConsent,
    StoryNaming,
    StoryStatus,
    StoryUse,
)
from codesign.services.story_photos import Photo
from config.page_cache import forget_pages
from courses import cdn
from courses.models import CoursePage
from courses.services.errors import DomainError

CHANGE_STORY = "codesign.change_story"


class StoryError(DomainError):
    pass


@dataclass(frozen=True)
class Wording:
    """What a story says, as the writer or a coordinator typed it."""

    title: str
    text: str
    language: str
    photo_alt: str = ""
    course: CoursePage | None = None


@transaction.atomic
def share_story(author: User, wording: Wording, *, photo: Photo | None = None) -> Story:
    """The writer's story, waiting for a coordinator. Nothing is shown anywhere yet."""
    if not author.is_active:
        raise StoryError("not_active", _("This account cannot share stories."))
    story = Story(author=author, written_text=wording.text.strip())
    _apply(story, wording)
    _check(story, with_photo=photo is not None)
    if photo is not None:
        story.photo.save(f"photo.{photo.extension}", ContentFile(photo.content), save=False)
        story.photo_width, story.photo_height = photo.width, photo.height
    story.wording_hash = story.current_wording_hash()
    story.save()
    return story


@transaction.atomic
def edit_story(story: Story, wording: Wording, *, by: User, remove_photo: bool = False,
               note_to_writer: str = "") -> Story:
    """A coordinator's wording, sent to the writer to approve. Words the writer approved
    already stay approved; any change waits for their approval, off the site meanwhile."""
    story = _locked(story)
    if story.status == StoryStatus.REMOVED:
        raise StoryError("removed", _("This story was removed by its writer."))
    _apply(story, wording)
    if remove_photo and story.photo:
        _delete_file_after_commit(story.photo.name)
        story.photo = None
    _check(story, with_photo=bool(story.photo))
    story.wording_hash = story.current_wording_hash()
    story.status = (StoryStatus.APPROVED if story.approved_hash == story.wording_hash
                    else StoryStatus.TO_APPROVE)
    story.note_to_writer = note_to_writer.strip()
    story.edited_by, story.edited_at = by, timezone.now()
    story.save()
    _changed_on_site(story)
    return story


@transaction.atomic
def approve_story(story: Story, *, by: User, wording_hash: str, naming: str,
                  uses: Iterable[str]) -> Story:
    """The writer approves the wording they were shown (``wording_hash``), and chooses how
    they are named and the uses they agree to (any not chosen are withdrawn)."""
    story = _locked(story)
    _check_writer(story, by)
    if story.status not in (StoryStatus.TO_APPROVE, StoryStatus.APPROVED):
        raise StoryError("not_ready", _("A coordinator is still looking at your story."))
    if wording_hash != story.wording_hash:
        raise StoryError("wording_changed", _(
            "The wording has changed since you opened this page. Please read it again."))
    uses = set(uses)
    if naming not in StoryNaming.values or not uses <= set(StoryUse.values):
        raise StoryError("bad_choice", _("Choose how you are named and where it may be used."))
    if not story.is_approved:
        story.approved_hash, story.approved_at = story.wording_hash, timezone.now()
    story.status, story.naming, story.note_from_writer = StoryStatus.APPROVED, naming, ""
    story.save()
    _set_uses(story, uses)
    _changed_on_site(story)
    return story


@transaction.atomic
def ask_for_changes(story: Story, *, by: User, note: str) -> Story:
    """The writer sends the wording back to the coordinators with a note. A story they had
    approved stops being shown until they approve it again."""
    story = _locked(story)
    _check_writer(story, by)
    if story.status not in (StoryStatus.TO_APPROVE, StoryStatus.APPROVED):
        raise StoryError("not_ready", _("A coordinator is still looking at your story."))
    if not note.strip():
        raise StoryError("no_note", _("Say what you would like changed."))
    was_public = story.is_approved
    story.status, story.note_from_writer, story.approved_hash = (
        StoryStatus.WITH_COORDINATORS, note.strip(), "")
    story.save()
    if was_public:
        _changed_on_site(story)
    return story


@transaction.atomic
def withdraw_use(story: Story, use: str, *, by: User) -> bool:
    """Take back the writer's consent to one use, at once. Returns whether there was one."""
    story = _locked(story)
    _check_writer(story, by, or_coordinator=True)
    withdrawn = StoryConsent.objects.current().filter(story=story, use=use).update(
        withdrawn_at=timezone.now())
    if withdrawn and use == StoryUse.WEBSITE:
        _changed_on_site(story)
    return bool(withdrawn)


@transaction.atomic
def confirm_taken_out(consent: StoryConsent, *, by: User) -> StoryConsent:
    """A coordinator has taken the story out of the funder reports or training materials
    whose consent was withdrawn. Saying so twice changes nothing."""
    consent = StoryConsent.objects.select_for_update().get(pk=consent.pk)
    if consent.is_current or consent.use not in USES_ELSEWHERE:
        raise StoryError("nothing_to_take_out", _("There is nothing to take out for this."))
    if consent.removed_elsewhere_at is None:
        consent.removed_elsewhere_at, consent.removed_elsewhere_by = timezone.now(), by
        consent.save(update_fields=["removed_elsewhere_at", "removed_elsewhere_by"])
    return consent


@transaction.atomic
def remove_story(story: Story, *, by: User | None = None) -> Story:
    """Every use withdrawn and the words and photo gone: what the writer's "remove my story"
    and erasing them both do. A use outside the site is left as a task for coordinators."""
    story = _locked(story)
    if by is not None:
        _check_writer(story, by, or_coordinator=True)
    StoryConsent.objects.current().filter(story=story).update(withdrawn_at=timezone.now())
    if story.photo:
        _delete_file_after_commit(story.photo.name)
    story.photo, story.photo_alt = None, ""
    story.title = story.text = story.written_text = ""
    story.note_from_writer = story.note_to_writer = ""
    story.status, story.approved_hash = StoryStatus.REMOVED, ""
    story.wording_hash = story.current_wording_hash()
    story.removed_at = timezone.now()
    story.save()
    _changed_on_site(story)
    return story


# --- my data ----------------------------------------------------------------------------------

def export_stories(user: User) -> list[dict]:
    """A writer's stories, with their words and every consent they gave and withdrew."""
    stories = (Story.objects.filter(author=user).select_related("course")
               .prefetch_related("consents").order_by("created_at"))
    return [{
        "title": story.title, "story": story.text, "as_first_written": story.written_text,
        "language": story.language, "course": story.course.title if story.course else "",
        "has_photo": bool(story.photo), "photo_description": story.photo_alt,
        "named_as": story.naming, "status": story.status, "shared_at": story.created_at,
        "approved_at": story.approved_at, "removed_at": story.removed_at,
        "consents": [{"use": consent.use, "given_at": consent.given_at,
                      "withdrawn_at": consent.withdrawn_at} for consent in story.consents.all()],
    } for story in stories]


def erase_stories(user: User) -> None:
    """Their stories' words and photos go, every use is withdrawn and the admin's history of
    them keeps no title; what coordinators did with other people's stories stops naming
    them."""
    for story in Story.objects.filter(author=user).exclude(status=StoryStatus.REMOVED):
        remove_story(story)
    ids = [str(pk) for pk in Story.objects.filter(author=user).values_list("pk", flat=True)]
    ModelLogEntry.objects.filter(content_type=ContentType.objects.get_for_model(Story),
                                 object_id__in=ids).update(label="#", data={})
    Story.objects.filter(edited_by=user).update(edited_by=None)
    StoryConsent.objects.filter(removed_elsewhere_by=user).update(removed_elsewhere_by=None)


# --- helpers ------------------------------------------------------------------------------------

def _locked(story: Story) -> Story:
    return Story.objects.select_for_update().select_related("author").get(pk=story.pk)


def _apply(story: Story, wording: Wording) -> None:
    story.title, story.text = wording.title.strip(), wording.text.strip()
    story.language, story.photo_alt = wording.language, wording.photo_alt.strip()
    story.course = wording.course


def _check(story: Story, *, with_photo: bool) -> None:
    if not story.title or not story.text:
        raise StoryError("empty", _("A story needs a title and some words."))
    if with_photo and not story.photo_alt:
        raise StoryError("photo_alt", _("Say what the photo shows, for people who cannot "
                                        "see it."))
    if story.course is not None and not is_original(story.course):
        raise StoryError("course", _("Choose the course in English."))


def _check_writer(story: Story, by: User, *, or_coordinator: bool = False) -> None:
    """Only the writer decides about their story (a coordinator may record a withdrawal
    someone asked for by phone)."""
    if by.pk == story.author_id or (or_coordinator and by.has_perm(CHANGE_STORY)):
        return
    raise StoryError("not_yours", _("Only the person who wrote this story can do that."))


def _set_uses(story: Story, uses: set[str]) -> None:
    now = timezone.now()
    current = set(StoryConsent.objects.current().filter(story=story)
                  .values_list("use", flat=True))
    StoryConsent.objects.bulk_create([StoryConsent(story=story, use=use, given_at=now)
                                      for use in sorted(uses - current)])
    StoryConsent.objects.current().filter(story=story, use__in=current - uses).update(
        withdrawn_at=now)


def _delete_file_after_commit(name: str) -> None:
    storage = Story._meta.get_field("photo").storage
    transaction.on_commit(lambda: storage.delete(name))


def _changed_on_site(story: Story) -> None:
    """Pages kept for anonymous visitors are made afresh from the next request (consents are
    written with ``update()``, which sends no signal), and a CDN in front forgets the pages
    that show the story: the stories pages, its course's page and pages placing it."""
    forget_pages()
    if not cdn.is_on():
        return
    paths = [reverse("codesign:stories"), reverse("codesign:story", args=[story.pk])]
    pages = list(_pages_showing(story)) + ([story.course] if story.course_id else [])
    cdn.purge_paths(paths + [url for url in (page.get_url() for page in pages) if url])


def _pages_showing(story: Story):
    """Pages whose body places the story (Wagtail's reference index knows them)."""
    page_type = ContentType.objects.get_for_model(Page)
    ids = ReferenceIndex.get_references_to(story).filter(
        base_content_type=page_type).values_list("object_id", flat=True)
    return Page.objects.filter(pk__in=[int(pk) for pk in ids if pk.isdigit()])
