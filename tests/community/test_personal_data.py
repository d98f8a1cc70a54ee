"""My data and leaving: a networker's areas and the entries they last checked are in their
download; leaving takes the networker record and their name off the entries, which stay."""

import pytest

from accounts.services import my_data
from community.models import DirectoryEntry, Networker
from community.services import directory
from tests.community.factories import DirectoryEntryFactory

pytestmark = pytest.mark.django_db


def test_my_download_holds_my_areas_and_the_entries_i_checked(nina, sam, highland):
    mine = DirectoryEntryFactory(name="Health walks", area=highland)
    directory.mark_checked(mine, by=nina)
    DirectoryEntryFactory(name="Someone else's", area=highland, checked_by=sam)
    section = my_data.export_data(nina)["community_networker"]
    assert section["areas"] == ["Highland"]
    assert [entry["name"] for entry in section["directory_entries_i_last_checked"]] == [
        "Health walks"]
    assert my_data.export_data(sam)["community_networker"]["areas"] == []
    assert my_data.export_data(sam)["community_networker"]["directory_entries_i_last_checked"]


def test_leaving_keeps_the_entries_and_forgets_who_checked_them(nina, highland):
    entry = DirectoryEntryFactory(area=highland)
    directory.mark_checked(entry, by=nina)
    my_data.erase(nina)
    entry = DirectoryEntry.objects.get()
    assert entry.checked_by is None and entry.checked_on is not None
    assert not Networker.objects.exists()
    assert my_data.export_data(nina)["community_networker"] is None
