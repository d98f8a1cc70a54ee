"""The co-design cast: the Highland working party looks after Living Well; Pat is a member
with lived experience, Tara a professional member, and the Pacing module has a saved and
published version. Stories by Pat, worded by Cora."""

import pytest

from tests.codesign.factories import MemberFactory, WorkingPartyFactory
from tests.codesign.story_factories import published, shared, worded
from tests.test_cdn import cdn, cdn_on  # noqa: F401  (a CDN that records what it is told)


@pytest.fixture
def party(course):
    return WorkingPartyFactory(name="Highland working party", courses=[course])


@pytest.fixture
def pat_member(party, pat):
    return MemberFactory(party=party, person=pat, role="lived_experience")


@pytest.fixture
def tara_member(party, tara):
    return MemberFactory(party=party, person=tara, role="professional")


@pytest.fixture
def pacing(module):
    """The Pacing module, published: its live version is its latest revision."""
    module.save_revision().publish()
    module.refresh_from_db()
    return module


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    """Photos go to a folder of the test's own."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def story(pat, course):
    """Pat's story about ``course``, just sent."""
    return shared(pat, course=course)


@pytest.fixture
def to_approve(story, cora):
    """Pat's story as Cora worded it, waiting for Pat."""
    return worded(story, cora)


@pytest.fixture
def on_website(pat, cora, course):
    """Pat's story, approved for the website, with a photo."""
    return published(pat, cora, course=course, with_photo=True, title="Steadier days")
