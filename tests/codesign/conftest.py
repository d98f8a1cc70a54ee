"""The co-design cast: the Highland working party looks after Living Well; Pat is a member
with lived experience, Tara a professional member, and the Pacing module has a saved and
published version."""

import pytest

from tests.codesign.factories import MemberFactory, WorkingPartyFactory


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
