"""The directory's cast: Nina keeps the Highland directory; Glasgow is not hers. Cora (the
coordinator) keeps everywhere."""

import pytest

from community.services import directory
from tests.accounts.factories import UserFactory
from tests.courses.factories import AreaFactory


@pytest.fixture
def highland(db):
    return AreaFactory(name="Highland", name_gd="A’ Ghàidhealtachd")


@pytest.fixture
def glasgow(db):
    return AreaFactory(name="Glasgow", name_gd="Glaschu")


@pytest.fixture
def nina(highland, cora):
    """A networker of Highland, appointed by Cora."""
    person = UserFactory(email="nina@example.org", full_name="Nina Networker")
    directory.appoint_networker(person, areas=[highland], by=cora)
    return person
