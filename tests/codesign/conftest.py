"""Fixtures for the co-design tests: stories by Pat, worded by Cora."""

import pytest

from tests.codesign.factories import published, shared, worded
from tests.test_cdn import cdn, cdn_on  # noqa: F401  (a CDN that records what it is told)


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
