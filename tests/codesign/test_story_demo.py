"""The demo's stories keep the README's promises: Pàdraig's approved story is on the website
and the course page, his second waits for him, and coordinators find both in the admin."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client

from codesign.demo_stories import PUBLISHED_TITLE, WAITING_TITLE
from codesign.models import Story, StoryStatus
from courses.demo.people import PASSWORD
from courses.models import Session

pytestmark = pytest.mark.django_db
README = (Path(__file__).resolve().parent.parent.parent / "README.md").read_text()


def _logged_in(email: str) -> Client:
    client = Client()
    assert client.post("/accounts/login/", {"login": email, "password": PASSWORD}
                       ).status_code == 302
    return client


def test_the_demo_shows_a_published_story_and_one_to_approve(client):
    call_command("seed_demo", stdout=StringIO())
    call_command("seed_demo", stdout=StringIO())  # again: nothing doubles
    assert Story.objects.count() == 2
    assert "one on `/stories/` and one to approve" in README
    assert "*Stories →\nStories* lists both" in README

    assert PUBLISHED_TITLE in client.get("/stories/").content.decode()
    assert PUBLISHED_TITLE in client.get("/courses/living-well/").content.decode()
    waiting = Story.objects.get(title=WAITING_TITLE)
    assert waiting.status == StoryStatus.TO_APPROVE and waiting.note_to_writer
    assert client.get(f"/stories/{waiting.pk}/").status_code == 404

    mine = _logged_in("participant@example.org").get("/my/stories/").content.decode()
    assert PUBLISHED_TITLE in mine and "Ready for you to read and approve" in mine
    listing = _logged_in("coordinator@example.org").get(
        "/admin/snippets/codesign/story/").content.decode()
    assert PUBLISHED_TITLE in listing and WAITING_TITLE in listing


def test_the_demo_sessions_say_which_module_version_they_delivered():
    call_command("seed_demo", stdout=StringIO())
    delivered = Session.objects.filter(attendances__isnull=False).distinct()
    assert delivered.exists()
    assert not delivered.filter(module__isnull=False, delivered_revision__isnull=True).exists()
    assert "Worked on:" in Client().get("/courses/living-well/").content.decode()
