"""The stories' pages: the writer's own under /my/stories/ (wiring and who may open them), the
public ones under /stories/, a story placed on a page as a block, and the coordinators'
screens in the admin."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page

from accounts import roles
from cms.models import StandardPage
from codesign.models import Story, StoryConsent, StoryStatus, StoryUse
from codesign.services import stories
from tests.codesign.story_factories import published, worded

pytestmark = pytest.mark.django_db


def test_anyone_logged_in_may_share_a_story(client, tara, course):
    client.force_login(tara)
    assert client.get("/my/stories/new/").status_code == 200
    response = client.post("/my/stories/new/", {
        "title": "Why I train", "text": "Because someone trained me.", "language": "en",
        "course": course.pk, "submission": "key-1"})
    assert response.status_code == 302 and response["Location"] == "/my/stories/"
    client.post("/my/stories/new/", {  # a double tap
        "title": "Why I train", "text": "Because someone trained me.", "language": "en",
        "course": course.pk, "submission": "key-1"})
    story = Story.objects.get()
    assert (story.author, story.course_id, story.status) == (
        tara, course.pk, StoryStatus.WITH_COORDINATORS)
    assert "Why I train" in client.get("/my/stories/").content.decode()


def test_the_form_explains_what_is_missing(client, pat):
    client.force_login(pat)
    response = client.post("/my/stories/new/", {"title": "", "text": "x" * 5001})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Give your story a title." in html and "up to 5,000 characters" in html
    assert 'href="#id_title"' in html


def test_the_writer_reads_and_approves_the_exact_wording(client, to_approve, pat):
    client.force_login(pat)
    page = client.get(f"/my/stories/{to_approve.pk}/").content.decode()
    assert "It still does." in page and to_approve.wording_hash in page
    response = client.post(f"/my/stories/{to_approve.pk}/", {
        "wording": to_approve.wording_hash, "naming": "first_name",
        "uses": ["website", "training"], "agree": "on"})
    assert response.status_code == 302
    story = Story.objects.get(pk=to_approve.pk)
    assert story.is_approved and story.credit == "Pat"
    assert client.get(f"/stories/{story.pk}/").status_code == 200


def test_approving_words_that_changed_meanwhile_is_refused(client, to_approve, pat, cora):
    client.force_login(pat)
    seen = to_approve.wording_hash
    worded(to_approve, cora, text="Changed while Pat was reading.")
    response = client.post(f"/my/stories/{to_approve.pk}/", {
        "wording": seen, "naming": "anonymous", "uses": ["website"], "agree": "on"})
    assert response.status_code == 400
    assert "The wording has changed since you opened this page" in response.content.decode()
    assert not Story.objects.on_website().exists()


def test_approving_needs_the_box_ticked(client, to_approve, pat):
    client.force_login(pat)
    response = client.post(f"/my/stories/{to_approve.pk}/", {
        "wording": to_approve.wording_hash, "naming": "anonymous", "uses": ["website"]})
    assert response.status_code == 400 and not Story.objects.on_website().exists()


def test_the_writer_asks_for_changes(client, to_approve, pat):
    client.force_login(pat)
    empty = client.post(f"/my/stories/{to_approve.pk}/changes/", {"note": ""})
    assert empty.status_code == 400
    assert "Say what you would like changed." in empty.content.decode()
    response = client.post(f"/my/stories/{to_approve.pk}/changes/", {"note": "Shorter, please."})
    assert response.status_code == 302
    assert Story.objects.get(pk=to_approve.pk).status == StoryStatus.WITH_COORDINATORS


def test_the_writer_withdraws_a_use_from_their_list(client, on_website, pat):
    client.force_login(pat)
    page = client.get("/my/stories/").content.decode()
    assert "Take it off this website" in page
    response = client.post(f"/my/stories/{on_website.pk}/withdraw/website/")
    assert response.status_code == 302
    assert not Story.objects.on_website().exists()
    assert client.post(f"/my/stories/{on_website.pk}/withdraw/nowhere/").status_code == 404


def test_the_writer_removes_a_story(client, on_website, pat):
    client.force_login(pat)
    assert client.get(f"/my/stories/{on_website.pk}/remove/").status_code == 200
    assert client.post(f"/my/stories/{on_website.pk}/remove/").status_code == 302
    assert Story.objects.get(pk=on_website.pk).status == StoryStatus.REMOVED
    assert client.get(f"/my/stories/{on_website.pk}/").status_code == 404
    assert "Steadier days" not in client.get("/my/stories/").content.decode()


@pytest.mark.parametrize("path", ["/my/stories/{pk}/", "/my/stories/{pk}/remove/"])
def test_someone_else_s_story_is_not_found(client, on_website, sam, cora, path):
    for someone in (sam, cora):
        client.force_login(someone)
        assert client.get(path.format(pk=on_website.pk)).status_code == 404
    client.force_login(sam)
    assert client.post(f"/my/stories/{on_website.pk}/withdraw/website/").status_code == 404
    assert Story.objects.on_website().exists()


def test_my_pages_ask_for_a_login_and_are_never_stored(client, story, pat):
    for path in ("/my/stories/", "/my/stories/new/", f"/my/stories/{story.pk}/"):
        assert client.get(path)["Location"].startswith("/accounts/login/")
    client.force_login(pat)
    for path in ("/my/stories/", "/my/stories/new/", f"/my/stories/{story.pk}/"):
        assert "no-store" in client.get(path)["Cache-Control"]


def test_the_public_pages_show_only_stories_on_the_website(client, on_website, to_approve):
    index = client.get("/stories/").content.decode()
    assert "Steadier days" in index and to_approve.title not in index
    story = client.get(f"/stories/{on_website.pk}/").content.decode()
    assert "Steadier days" in story and "Pat" in story and "Pat Participant" not in story
    assert f'src="/stories/{on_website.pk}/photo/"' in story and 'alt="A walk by the loch"' in story
    assert client.get(f"/stories/{to_approve.pk}/").status_code == 404


def test_a_photo_is_public_only_with_its_story(client, pat, cora, sam):
    story = worded(published(pat, cora, with_photo=True), cora, text="Reworded.")
    assert client.get(f"/stories/{story.pk}/photo/").status_code == 404  # waiting for Pat
    client.force_login(sam)
    assert client.get(f"/stories/{story.pk}/photo/").status_code == 404
    for allowed in (pat, cora):  # the writer, and coordinators wording it
        client.force_login(allowed)
        response = client.get(f"/stories/{story.pk}/photo/")
        assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
        assert "no-store" in response["Cache-Control"]


def test_a_published_photo_is_served_but_never_kept(client, on_website):
    response = client.get(f"/stories/{on_website.pk}/photo/")
    assert response.status_code == 200 and response["Cache-Control"] == "no-cache"
    assert "X-Page-Cache" not in response


def test_the_stories_page_on_gaelic_pages_marks_an_english_story(client, on_website):
    html = client.get("/gd/stories/").content.decode()
    assert 'lang="en">Steadier days' in html


def test_a_page_can_place_a_story_that_shows_only_while_consented(client, home, on_website):
    page = home.add_child(instance=StandardPage(title="Voices", slug="voices", body=[
        ("story", {"story": on_website})]))
    assert "Read the whole story" in client.get(page.url).content.decode()
    stories.withdraw_use(on_website, StoryUse.WEBSITE, by=on_website.author)
    html = client.get(page.url).content.decode()
    assert "Read the whole story" not in html and on_website.text not in html
    stories.remove_story(on_website)  # gone altogether: the block still shows nothing
    assert client.get(Page.objects.get(pk=page.pk).url).status_code == 200


def test_my_page_links_to_the_stories(client, pat):
    client.force_login(pat)
    assert 'href="/my/stories/"' in client.get("/my/").content.decode()


# --- the admin ---------------------------------------------------------------------------------

def test_coordinators_may_read_and_edit_stories_and_nobody_else(client, to_approve, cora, pat,
                                                                tara):
    assert not cora.is_superuser
    client.force_login(cora)
    listing = client.get("/admin/snippets/codesign/story/").content.decode()
    assert to_approve.title in listing and "Pat Participant" in listing
    assert "/admin/snippets/codesign/story/add/" not in listing
    assert client.get("/admin/snippets/codesign/story/add/").status_code == 404
    assert client.get(f"/admin/snippets/codesign/story/edit/{to_approve.pk}/").status_code == 200
    assert client.get(f"/admin/snippets/codesign/story/delete/{to_approve.pk}/").status_code \
        == 404
    assert client.get("/admin/snippets/choose/codesign/story/create/").status_code == 404
    assert to_approve.title in client.get("/admin/snippets/choose/codesign/story/").content.decode()
    for someone in (pat, tara):
        client.force_login(someone)
        assert client.get("/admin/snippets/codesign/story/").status_code in (302, 403)


def _admin_form(story, **changes) -> dict:
    data = {"title": story.title, "text": story.text, "language": story.language,
            "course": story.course_id or "", "photo_alt": story.photo_alt,
            "note_to_writer": ""}
    data.update(changes)
    return data


def test_the_coordinator_s_edit_goes_through_the_service(client, on_website, cora):
    client.force_login(cora)
    page = client.get(f"/admin/snippets/codesign/story/edit/{on_website.pk}/").content.decode()
    assert "The course helped me plan my week." in page  # the writer's own first words
    response = client.post(f"/admin/snippets/codesign/story/edit/{on_website.pk}/", _admin_form(
        on_website, text="Shorter now.", note_to_writer="I shortened it."))
    assert response.status_code == 302, response.content.decode()[:3000]
    story = Story.objects.get(pk=on_website.pk)
    assert (story.text, story.status, story.edited_by) == (
        "Shorter now.", StoryStatus.TO_APPROVE, cora)
    assert not Story.objects.on_website().exists()


def test_a_refusal_of_the_service_is_shown_on_the_form(client, on_website, cora):
    client.force_login(cora)
    response = client.post(f"/admin/snippets/codesign/story/edit/{on_website.pk}/", _admin_form(
        on_website, photo_alt=""))
    assert response.status_code == 200
    assert "Say what the photo shows" in response.content.decode()
    assert Story.objects.on_website().exists()


def test_coordinators_see_what_to_take_out_and_mark_it_done(client, pat, cora, sam):
    story = published(pat, cora, uses=[StoryUse.FUNDER_REPORTS])
    stories.withdraw_use(story, StoryUse.FUNDER_REPORTS, by=pat)
    task = StoryConsent.objects.to_remove_elsewhere().get()
    client.force_login(cora)
    listing = client.get("/admin/codesign/stories/to-take-out/").content.decode()
    assert story.title in listing and "In reports to our funders" in listing
    response = client.post(f"/admin/codesign/stories/to-take-out/{task.pk}/")
    assert response.status_code == 302
    assert not StoryConsent.objects.to_remove_elsewhere().exists()
    assert client.post(f"/admin/codesign/stories/to-take-out/{task.pk}/").status_code == 404
    client.force_login(sam)
    assert client.get("/admin/codesign/stories/to-take-out/").status_code == 403


def test_the_co_design_menu_shows_stories_to_coordinators(client, cora):
    client.force_login(cora)
    html = client.get("/admin/").content.decode()
    assert "Co-design" in html and "Stories to take out" in html
    assert Group.objects.get(name=roles.COORDINATOR).permissions.filter(
        codename="change_story").exists()


def test_erasing_the_writer_leaves_no_title_in_the_admin_s_history(client, on_website, cora,
                                                                   pat):
    from wagtail.models import ModelLogEntry

    from accounts.services import my_data

    client.force_login(cora)
    client.post(f"/admin/snippets/codesign/story/edit/{on_website.pk}/", _admin_form(
        on_website, text="Shorter now."))
    assert ModelLogEntry.objects.filter(label="Steadier days").exists()
    my_data.erase(pat)
    assert not ModelLogEntry.objects.filter(label__contains="Steadier").exists()


def test_the_chooser_offers_no_removed_story(client, on_website, to_approve, cora, pat):
    stories.remove_story(to_approve, by=pat)
    client.force_login(cora)
    chooser = client.get("/admin/snippets/choose/codesign/story/").content.decode()
    assert "Steadier days" in chooser and f"Story {to_approve.pk}" not in chooser
