"""Stories, tested where the rules live: nothing is published until the writer approves the exact
wording; an edit afterwards needs approving again; consent is per use and withdrawing it takes
the story off the site at once (kept pages included) or lists it for coordinators to take out
of reports and training materials."""

import pytest
from django.core.files.storage import default_storage

from codesign.models import Story, StoryConsent, StoryNaming, StoryStatus, StoryUse
from codesign.services import stories
from codesign.services.stories import StoryError
from tests.accounts.factories import UserFactory
from tests.codesign.story_factories import approved, photo, published, shared, worded, wording

pytestmark = pytest.mark.django_db


def _on_website(story) -> bool:
    return Story.objects.on_website().filter(pk=story.pk).exists()


def test_a_shared_story_waits_for_a_coordinator_and_is_shown_nowhere(story, pat):
    assert story.status == StoryStatus.WITH_COORDINATORS and story.author == pat
    assert story.written_text == story.text and not _on_website(story)
    with pytest.raises(StoryError) as refused:
        approved(story)
    assert refused.value.code == "not_ready"


@pytest.mark.parametrize(("words", "code"), [
    ({"title": "  "}, "empty"), ({"text": ""}, "empty"),
])
def test_a_story_needs_a_title_and_words(pat, words, code):
    with pytest.raises(StoryError) as refused:
        stories.share_story(pat, wording(**words))
    assert refused.value.code == code and not Story.objects.exists()


def test_a_photo_needs_a_description(pat):
    with pytest.raises(StoryError) as refused:
        stories.share_story(pat, wording(), photo=photo())
    assert refused.value.code == "photo_alt"
    assert not Story.objects.exists() and not default_storage.exists("stories")


def test_a_story_names_the_english_page_of_a_course(pat, course):
    from wagtail.models import Locale

    from cms.translation import synchronise_language_trees

    synchronise_language_trees()
    gaelic = course.get_translation(Locale.objects.get(language_code="gd"))
    with pytest.raises(StoryError) as refused:
        stories.share_story(pat, wording(course=gaelic))
    assert refused.value.code == "course"


def test_the_coordinator_s_wording_goes_back_to_the_writer(to_approve, cora):
    assert to_approve.status == StoryStatus.TO_APPROVE
    assert to_approve.edited_by == cora and to_approve.text.endswith("It still does.")
    assert to_approve.written_text == "The course helped me plan my week."  # kept as sent
    assert not _on_website(to_approve)


def test_it_is_published_only_when_the_writer_approves_that_exact_wording(to_approve, cora):
    shown_to_writer = to_approve.wording_hash
    worded(to_approve, cora, text="A coordinator's second thought.")
    with pytest.raises(StoryError) as refused:
        stories.approve_story(to_approve, by=to_approve.author, wording_hash=shown_to_writer,
                              naming=StoryNaming.FULL_NAME, uses=[StoryUse.WEBSITE])
    assert refused.value.code == "wording_changed"
    assert not _on_website(to_approve)

    story = approved(Story.objects.get(pk=to_approve.pk))
    assert story.is_approved and story.approved_hash == story.current_wording_hash()
    assert _on_website(story)


def test_only_the_writer_approves(to_approve, sam, cora):
    for someone in (sam, cora):
        with pytest.raises(StoryError) as refused:
            stories.approve_story(to_approve, by=someone, wording_hash=to_approve.wording_hash,
                                  naming=StoryNaming.ANONYMOUS, uses=[StoryUse.WEBSITE])
        assert refused.value.code == "not_yours"


def test_approving_without_the_website_use_shows_it_nowhere(to_approve):
    story = approved(to_approve, uses=[StoryUse.FUNDER_REPORTS])
    assert story.is_approved and not _on_website(story)


def test_an_edit_after_approval_needs_approving_again(on_website, cora):
    story = worded(on_website, cora, text="Tidied by the coordinator.")
    assert story.status == StoryStatus.TO_APPROVE and not _on_website(story)
    assert StoryConsent.objects.current().filter(story=story, use=StoryUse.WEBSITE).exists()
    assert _on_website(approved(story))


def test_saving_the_words_unchanged_keeps_the_approval(on_website, cora):
    story = stories.edit_story(on_website, wording(
        title=on_website.title, text=on_website.text, course=on_website.course,
        photo_alt=on_website.photo_alt), by=cora)
    assert story.status == StoryStatus.APPROVED and _on_website(story)


def test_removing_the_photo_is_an_edit_to_approve(on_website, cora,
                                                  django_capture_on_commit_callbacks):
    name = on_website.photo.name
    with django_capture_on_commit_callbacks(execute=True):
        story = stories.edit_story(on_website, wording(
            title=on_website.title, text=on_website.text, course=on_website.course),
            by=cora, remove_photo=True)
    assert not story.photo and not default_storage.exists(name)
    assert story.status == StoryStatus.TO_APPROVE and not _on_website(story)


def test_the_writer_chooses_how_they_are_named(to_approve, pat):
    names = {}
    for naming in StoryNaming:
        names[naming] = approved(Story.objects.get(pk=to_approve.pk), naming=naming).credit
    assert names == {StoryNaming.FULL_NAME: "Pat Participant",
                     StoryNaming.FIRST_NAME: "Pat", StoryNaming.ANONYMOUS: "Anonymous"}


def test_uses_are_chosen_one_by_one_and_unticking_one_withdraws_it(to_approve):
    story = approved(to_approve, uses=[StoryUse.WEBSITE, StoryUse.TRAINING])
    story = approved(story, uses=[StoryUse.WEBSITE, StoryUse.FUNDER_REPORTS])
    current = set(StoryConsent.objects.current().filter(story=story)
                  .values_list("use", flat=True))
    assert current == {StoryUse.WEBSITE, StoryUse.FUNDER_REPORTS}
    assert StoryConsent.objects.to_remove_elsewhere().get().use == StoryUse.TRAINING


def test_withdrawing_website_consent_unpublishes_at_once_even_a_kept_page(
        client, settings, on_website, course, django_capture_on_commit_callbacks):
    settings.PAGE_CACHE_SECONDS = 300
    pages = [f"/stories/{on_website.pk}/", "/stories/", "/courses/living-well/"]
    for page in pages:
        client.get(page)
        kept = client.get(page)
        assert kept["X-Page-Cache"] == "hit" and "Steadier days" in kept.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        assert stories.withdraw_use(on_website, StoryUse.WEBSITE, by=on_website.author)

    assert client.get(pages[0]).status_code == 404
    for page in pages[1:]:
        assert "Steadier days" not in client.get(page).content.decode()
    assert client.get(f"/stories/{on_website.pk}/photo/").status_code == 404


def test_withdrawing_twice_changes_nothing(on_website):
    assert stories.withdraw_use(on_website, StoryUse.WEBSITE, by=on_website.author)
    assert not stories.withdraw_use(on_website, StoryUse.WEBSITE, by=on_website.author)
    assert StoryConsent.objects.filter(story=on_website).count() == 1


def test_a_coordinator_may_record_a_withdrawal_someone_phoned_in(on_website, cora, sam):
    assert stories.withdraw_use(on_website, StoryUse.WEBSITE, by=cora)
    with pytest.raises(StoryError):
        stories.withdraw_use(on_website, StoryUse.WEBSITE, by=sam)


def test_a_withdrawal_elsewhere_is_listed_until_a_coordinator_takes_it_out(pat, cora):
    story = published(pat, cora, uses=[StoryUse.WEBSITE, StoryUse.FUNDER_REPORTS])
    assert not StoryConsent.objects.to_remove_elsewhere().exists()
    stories.withdraw_use(story, StoryUse.FUNDER_REPORTS, by=pat)
    task = StoryConsent.objects.to_remove_elsewhere().get()
    assert (task.story, task.use) == (story, StoryUse.FUNDER_REPORTS)
    assert Story.objects.on_website().filter(pk=story.pk).exists()  # the site is another use

    stories.confirm_taken_out(task, by=cora)
    stories.confirm_taken_out(task, by=UserFactory())  # twice: the first is kept
    task.refresh_from_db()
    assert task.removed_elsewhere_by == cora
    assert not StoryConsent.objects.to_remove_elsewhere().exists()


def test_agreeing_again_takes_it_off_the_list(pat, cora):
    story = published(pat, cora, uses=[StoryUse.TRAINING])
    stories.withdraw_use(story, StoryUse.TRAINING, by=pat)
    approved(story, uses=[StoryUse.TRAINING])
    assert not StoryConsent.objects.to_remove_elsewhere().exists()


def test_a_current_consent_has_nothing_to_take_out(pat, cora):
    story = published(pat, cora, uses=[StoryUse.TRAINING])
    with pytest.raises(StoryError):
        stories.confirm_taken_out(story.consents.get(), by=cora)


def test_asking_for_changes_sends_it_back_and_takes_it_down(on_website, cora):
    story = stories.ask_for_changes(on_website, by=on_website.author,
                                    note="Please leave out my town.")
    assert story.status == StoryStatus.WITH_COORDINATORS and not _on_website(story)
    assert story.note_from_writer == "Please leave out my town."
    story = worded(story, cora, text="Without the town.")
    assert _on_website(approved(story))
    with pytest.raises(StoryError):
        stories.ask_for_changes(story, by=story.author, note="  ")


def test_removing_a_story_withdraws_everything_and_keeps_no_words(
        pat, cora, django_capture_on_commit_callbacks):
    story = published(pat, cora, with_photo=True,
                      uses=[StoryUse.WEBSITE, StoryUse.TRAINING])
    name = story.photo.name
    with django_capture_on_commit_callbacks(execute=True):
        stories.remove_story(story, by=pat)
    story.refresh_from_db()
    assert (story.title, story.text, story.written_text, story.photo_alt) == ("", "", "", "")
    assert story.status == StoryStatus.REMOVED and not story.photo
    assert not default_storage.exists(name)
    assert not StoryConsent.objects.current().filter(story=story).exists()
    assert StoryConsent.objects.to_remove_elsewhere().get().use == StoryUse.TRAINING
    with pytest.raises(StoryError):
        worded(story, cora)


def test_someone_else_cannot_remove_it(story, sam):
    with pytest.raises(StoryError):
        stories.remove_story(story, by=sam)


def test_a_story_on_a_course_shows_on_its_page_only_while_consented(client, on_website):
    assert "Steadier days" in client.get("/courses/living-well/").content.decode()
    stories.withdraw_use(on_website, StoryUse.WEBSITE, by=on_website.author)
    assert "Steadier days" not in client.get("/courses/living-well/").content.decode()


def test_a_new_story_gets_a_photo_with_a_name_nobody_can_guess(pat):
    story = shared(pat, with_photo=True)
    assert story.photo.name.startswith("stories/") and len(story.photo.name) > 40
    assert (story.photo_width, story.photo_height) == (64, 48)


def test_a_withdrawal_tells_a_cdn_to_drop_every_page_showing_the_story(
        cdn_on, on_website, home, django_capture_on_commit_callbacks):
    """Through Wagtail's real purge backend to a recorder (``tests/test_cdn.py``): the stories
    pages, the course's page and a page placing the story, in both languages."""
    from cms.models import StandardPage

    page = home.add_child(instance=StandardPage(title="Voices", slug="voices", body=[
        ("story", {"story": on_website})]))
    page.save_revision().publish()  # indexes its references to the story
    cdn_on.purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        stories.withdraw_use(on_website, StoryUse.WEBSITE, by=on_website.author)
    purged = {path for _host, path in cdn_on.purged}
    for path in ("/stories/", f"/stories/{on_website.pk}/", "/courses/living-well/",
                 "/voices/"):
        assert {path, "/gd" + path} <= purged, path
