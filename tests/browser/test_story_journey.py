"""On phones (390×844), axe on every page: a participant writes a story with a photo; a
coordinator (not a superuser) rewords it in the admin with a note; the participant reads the new
wording, approves it for this website under her first name, and finds it on /stories/, where
anyone can read it — until she takes it off again."""

import re

import pytest
from playwright.sync_api import expect

from accounts import roles
from codesign.models import Story, StoryStatus
from tests.accounts.factories import UserFactory
from tests.browser.conftest import PHONE, _watch_policy, log_in
from tests.browser.test_people_without_email_journey import audit
from tests.codesign.story_factories import png_bytes
from tests.courses.factories import CourseIndexPageFactory, CoursePageFactory

WRITTEN = "I was scared to go the first week. By week three I was making the tea for everyone."
REWORDED = "I was scared to go in the first week. By week three, I was making the tea."


def _named(action: str) -> re.Pattern:
    """A link or button's name: its words, then the story's title (hidden but for screen
    readers, which Chromium reads after a space)."""
    return re.compile(rf"^{action}\s*: Making the tea$")


@pytest.fixture
def cast(home):
    CoursePageFactory(parent=CourseIndexPageFactory(parent=home), title="Living Well",
                      slug="living-well")
    return {"mairi": UserFactory(full_name="Màiri Chaimbeul", roles=[roles.PARTICIPANT]),
            "cora": UserFactory(full_name="Cora Coordinator", roles=[roles.COORDINATOR])}


def _phone(browser, live_server, contexts, blocked):
    context = browser.new_context(base_url=live_server.url, viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(15_000)
    contexts.append(context)
    blocked.append(_watch_policy(page))
    return page


def _write(participant) -> None:
    participant.goto("/my/")
    participant.get_by_role("link", name="Share a story or see yours").click()
    participant.wait_for_url("**/my/stories/")
    audit(participant)
    participant.get_by_role("link", name="Share a story", exact=True).click()
    participant.wait_for_url("**/my/stories/new/")
    audit(participant)
    participant.get_by_role("button", name="Send my story").click()  # nothing filled in
    audit(participant)
    expect(participant.get_by_role("link", name="Give your story a title.")).to_be_visible()
    participant.get_by_label("A title for your story").fill("Making the tea")
    participant.get_by_label("Your story", exact=True).fill(WRITTEN)
    participant.get_by_label("Is it about a course? (optional)").select_option(
        label="Living Well")
    participant.get_by_label("A photo (optional)").set_input_files(files=[{
        "name": "tea.png", "mimeType": "image/png", "buffer": png_bytes((300, 200))}])
    participant.get_by_label("What does the photo show?").fill("Two mugs of tea on a table")
    participant.get_by_role("button", name="Send my story").click()
    participant.wait_for_url("**/my/stories/")
    audit(participant)
    expect(participant.get_by_text("With a coordinator")).to_be_visible()


def _reword(coordinator, story: Story) -> None:
    coordinator.goto("/admin/snippets/codesign/story/")
    audit(coordinator)
    coordinator.get_by_role("link", name="Making the tea").first.click()
    coordinator.wait_for_url(f"**/admin/snippets/codesign/story/edit/{story.pk}/")
    audit(coordinator)
    expect(coordinator.get_by_text(WRITTEN).first).to_be_visible()  # her own first words
    coordinator.get_by_role("textbox", name=re.compile(r"^Story\b")).fill(REWORDED)
    coordinator.get_by_role("textbox", name="Note to the writer").fill(
        "I made it a little shorter.")
    coordinator.get_by_role("button", name="Save").first.click()
    coordinator.wait_for_url("**/admin/snippets/codesign/story/")
    audit(coordinator)


def _approve(participant) -> None:
    participant.goto("/my/stories/")
    audit(participant)
    expect(participant.get_by_text("Ready for you to read and approve")).to_be_visible()
    participant.get_by_role("link", name=_named("Read and approve")).click()
    audit(participant)
    expect(participant.get_by_text(REWORDED)).to_be_visible()
    expect(participant.get_by_text("I made it a little shorter.")).to_be_visible()
    participant.get_by_role("button", name="Approve my story").click()  # nothing chosen
    audit(participant)
    expect(participant.get_by_role("link", name="Choose how we should name you.")).to_be_visible()
    participant.get_by_label("My first name only").check()
    participant.get_by_label("On this website").check()
    participant.get_by_label("I have read my story as it is above").check()
    participant.get_by_role("button", name="Approve my story").click()
    participant.wait_for_url("**/my/stories/")
    audit(participant)


def test_a_story_is_written_reworded_approved_and_read_on_the_website(browser, live_server,
                                                                      cast):
    contexts, blocked = [], []
    try:
        participant = _phone(browser, live_server, contexts, blocked)
        log_in(participant, cast["mairi"])
        _write(participant)
        story = Story.objects.get()
        assert story.status == StoryStatus.WITH_COORDINATORS and story.photo

        coordinator = _phone(browser, live_server, contexts, blocked)
        assert not cast["cora"].is_superuser
        log_in(coordinator, cast["cora"])
        _reword(coordinator, story)
        assert Story.objects.get().status == StoryStatus.TO_APPROVE

        _approve(participant)
        participant.get_by_role("link", name=_named("See it on the website")).click()
        participant.wait_for_url(f"**/stories/{story.pk}/")
        audit(participant)
        expect(participant.get_by_text(REWORDED)).to_be_visible()
        expect(participant.get_by_role("img", name="Two mugs of tea on a table")).to_be_visible()

        visitor = _phone(browser, live_server, contexts, blocked)
        visitor.goto("/stories/")
        audit(visitor)
        expect(visitor.get_by_role("link", name="Making the tea")).to_be_visible()
        expect(visitor.get_by_text("Màiri · Living Well")).to_be_visible()  # her first name only
        assert "Chaimbeul" not in visitor.content()

        participant.goto("/my/stories/")
        participant.get_by_role("button", name=_named("Take it off this website")).click()
        participant.wait_for_url("**/my/stories/")
        audit(participant)
        visitor.goto("/stories/")
        expect(visitor.get_by_text("There are no stories to show yet.")).to_be_visible()
    finally:
        for context in contexts:
            context.close()
    assert [line for policy in blocked for line in policy] == []
