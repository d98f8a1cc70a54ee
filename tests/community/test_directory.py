"""The directory's rules, at the service: networkers keep their own areas and no others,
coordinators every area; an entry's website is a plain web link; categories are required; a
check is recorded with its day and who made it; networkers and their role."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts import roles
from accounts.models import User
from community.models import DirectoryEntry, Networker
from community.services import directory
from community.services.directory import DirectoryError, EntryDetails, clean_website
from tests.community.factories import DirectoryEntryFactory

pytestmark = pytest.mark.django_db


def _details(area, **changes) -> EntryDetails:
    return EntryDetails(**{"name": "Breathe Easy", "offers": "A lung support group.",
                           "area": area, "categories": ["condition_specific"], **changes})


def test_it_lets_a_networker_add_an_entry_in_their_area_checked_today_by_them(nina, highland):
    entry = directory.add_entry(_details(highland, phone=" 01632  960001 "), by=nina)
    assert entry.checked_on == timezone.localdate() and entry.checked_by == nina
    assert entry.phone == "01632 960001"
    assert entry.category_labels() == ["Support with a particular condition"]


def test_it_refuses_a_networker_outside_their_areas(nina, glasgow):
    with pytest.raises(DirectoryError) as refused:
        directory.add_entry(_details(glasgow), by=nina)
    assert refused.value.code == "not_your_area"
    assert not DirectoryEntry.objects.exists()


@pytest.mark.parametrize("action", ["change", "check", "remove"])
def test_it_refuses_every_change_to_an_entry_outside_their_areas(nina, glasgow, action):
    entry = DirectoryEntryFactory(area=glasgow, checked_on=timezone.localdate()
                                  - timedelta(days=30))
    with pytest.raises(DirectoryError) as refused:
        if action == "change":
            directory.change_entry(entry, _details(glasgow), by=nina)
        elif action == "check":
            directory.mark_checked(entry, by=nina)
        else:
            directory.remove_entry(entry, by=nina)
    assert refused.value.code == "not_your_area"
    entry.refresh_from_db()
    assert entry.name != "Breathe Easy" and entry.checked_by is None


def test_it_needs_both_areas_to_move_an_entry(nina, highland, glasgow):
    entry = DirectoryEntryFactory(area=highland)
    with pytest.raises(DirectoryError):
        directory.change_entry(entry, _details(glasgow), by=nina)
    assert DirectoryEntry.objects.get().area == highland


def test_a_coordinator_keeps_every_area_and_anyone_else_none(cora, pat, tara, glasgow):
    assert directory.add_entry(_details(glasgow), by=cora).area == glasgow
    for person in (pat, tara):
        with pytest.raises(DirectoryError):
            directory.add_entry(_details(glasgow), by=person)


def test_a_networker_who_stood_down_keeps_nothing(nina, cora, highland):
    directory.stand_down_networker(Networker.objects.get(user=nina), by=cora)
    assert not roles.has_role(User.objects.get(pk=nina.pk), roles.COMMUNITY_NETWORKER)
    with pytest.raises(DirectoryError):
        directory.add_entry(_details(highland), by=nina)


def test_only_a_coordinator_names_networkers_and_with_an_area(pat, sam, cora, highland):
    with pytest.raises(DirectoryError) as refused:
        directory.appoint_networker(sam, areas=[highland], by=pat)
    assert refused.value.code == "not_coordinator"
    with pytest.raises(DirectoryError) as refused:
        directory.appoint_networker(sam, areas=[], by=cora)
    assert refused.value.code == "no_areas"
    directory.appoint_networker(sam, areas=[highland], by=cora)
    assert roles.has_role(User.objects.get(pk=sam.pk), roles.COMMUNITY_NETWORKER)
    assert list(directory.areas_kept_by(sam)) == [highland]


@pytest.mark.parametrize("link", [
    "javascript:alert(document.cookie)", "JavaScript:alert(1)", " javascript:alert(1)",
    "java\tscript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)",
    "ftp://example.org/file", "mailto:someone@example.org",
])
def test_it_refuses_a_website_that_is_not_a_web_link(nina, highland, link):
    with pytest.raises(DirectoryError) as refused:
        directory.add_entry(_details(highland, website=link), by=nina)
    assert refused.value.code == "website_not_web" and refused.value.field == "website"
    assert "https://" in str(refused.value.message)


@pytest.mark.parametrize("link", ["https://", "http://localhost/", "https://exa mple.org/",
                                  "//", "http://[::1"])
def test_it_refuses_a_website_that_is_no_address(link):
    with pytest.raises(DirectoryError) as refused:
        clean_website(link)
    assert refused.value.field == "website"


@pytest.mark.parametrize(("typed", "kept"), [
    ("https://example.org/walks?day=mon", "https://example.org/walks?day=mon"),
    ("HTTP://EXAMPLE.ORG", "HTTP://EXAMPLE.ORG"),
    ("www.example.org/carers", "https://www.example.org/carers"),
    ("  ", ""),
])
def test_it_keeps_a_web_link_and_completes_one_typed_without_https(typed, kept):
    assert clean_website(typed) == kept


def test_it_keeps_html_in_a_name_as_text_for_the_pages_to_escape(nina, highland):
    entry = directory.add_entry(_details(highland, name="<script>alert(1)</script> Walks"),
                                by=nina)
    assert DirectoryEntry.objects.get(pk=entry.pk).name == "<script>alert(1)</script> Walks"


@pytest.mark.parametrize(("changes", "code"), [
    ({"categories": []}, "no_category"), ({"categories": ["knitting"]}, "no_category"),
    ({"name": "   "}, "no_name"), ({"offers": ""}, "no_offers"),
    ({"phone": "call me maybe"}, "bad_phone"), ({"email": "not an address"}, "bad_email"),
])
def test_it_refuses_an_entry_missing_what_it_needs(nina, highland, changes, code):
    with pytest.raises(DirectoryError) as refused:
        directory.add_entry(_details(highland, **changes), by=nina)
    assert refused.value.code == code


def test_a_change_keeps_the_checked_date_unless_they_checked_it(nina, highland):
    long_ago = timezone.localdate() - timedelta(days=100)
    entry = DirectoryEntryFactory(area=highland, checked_on=long_ago, categories=["social"])
    entry = directory.change_entry(entry, _details(highland, categories=["carers", "social"]),
                                   by=nina)
    assert entry.checked_on == long_ago and entry.checked_by is None
    assert entry.category_labels() == ["Support for carers", "Social groups and company"]
    entry = directory.change_entry(entry, _details(highland), by=nina, checked=True)
    assert (entry.checked_on, entry.checked_by) == (timezone.localdate(), nina)
    assert entry.category_labels() == ["Support with a particular condition"]


def test_checking_a_hidden_entry_shows_it_again(nina, highland):
    entry = DirectoryEntryFactory(area=highland,
                                  checked_on=timezone.localdate() - timedelta(days=400))
    assert not DirectoryEntry.objects.visible().exists()
    directory.mark_checked(entry, by=nina)
    directory.mark_checked(entry, by=nina)  # twice in a day: the same
    entry.refresh_from_db()
    assert (entry.checked_on, entry.checked_by) == (timezone.localdate(), nina)
    assert list(DirectoryEntry.objects.visible()) == [entry]


def test_it_removes_an_entry_that_closed(nina, highland):
    entry = DirectoryEntryFactory(area=highland)
    directory.remove_entry(entry, by=nina)
    assert not DirectoryEntry.objects.exists()
