"""The demo's peer support groups are there as the README says, and loading the demo twice adds
nothing."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client

from accounts.models import User
from community.models import GroupMeeting, GroupMembership, SupportGroup

pytestmark = pytest.mark.django_db
README = (Path(__file__).resolve().parents[2] / "README.md").read_text()


@pytest.fixture
def demo():
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def _page(email: str, path: str) -> str:
    client = Client()
    client.force_login(User.objects.get(email=email))
    return client.get(path).content.decode()


def test_the_demo_groups_show_what_the_readme_promises(demo):
    assert "*Community → Peer support groups* has three groups" in README
    walking, cafe, circle = (SupportGroup.objects.get(name=name) for name in (
        "Riverside Walking Group", "Carers' Café", "Southside Living Well Circle"))
    assert walking.meetings.recorded().count() >= 8 and cafe.meetings.recorded().exists()
    assert walking.meetings.filter(status="cancelled").count() == 1
    assert cafe.memberships.members().count() == 6 and cafe.memberships.waiting_in_order().count()
    near = _page("participant@example.org", "/my/")
    assert "Groups near you" in near and "Southside Living Well Circle" in near
    organiser = _page("demo-participant-03@example.org", "/my/")
    assert f'href="/groups/{walking.pk}/organise/"' in organiser
    assert "a peer support group near him on /my/" in demo


def test_loading_the_demo_again_adds_no_groups_meetings_or_members(demo):
    counts = (SupportGroup.objects.count(), GroupMeeting.objects.count(),
              GroupMembership.objects.count())
    call_command("seed_demo", stdout=StringIO())
    assert (SupportGroup.objects.count(), GroupMeeting.objects.count(),
            GroupMembership.objects.count()) == counts
