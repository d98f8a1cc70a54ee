"""A working-party member's data: in their download, and erased with them while the record
that a member with lived experience signed a version off stays (the module's standing rests
on it)."""

import json

import pytest
from django.utils import timezone

from accounts.services import my_data
from codesign.models import ReviewComment, SignOff, WorkingPartyMember
from codesign.services import reviews
from codesign.services import working_parties as service
from codesign.services.working_parties import MeetingDetails
from courses.models import ModulePage
from tests.courses.test_personal_data import _rows_naming

pytestmark = pytest.mark.django_db


@pytest.fixture
def pat_in_a_party(pacing, party, pat_member, tara_member, cora):
    meeting = service.record_meeting(party, MeetingDetails(timezone.now(), place="Library"),
                                     attended=[pat_member, tara_member])
    service.add_action(party, text="Pat's action", owner=pat_member, meeting=meeting)
    review = reviews.open_review(pacing, party, by=cora)
    reviews.add_comment(review, pat_member, "Pat's comment on pacing.")
    reviews.add_comment(review, tara_member, "Tara's comment.")
    reviews.sign_off(review, pat_member)
    return review


def test_my_download_holds_my_places_meetings_comments_and_sign_offs(pat_in_a_party, pat):
    data = my_data.export_data(pat)["working_parties"]
    text = json.dumps(data, ensure_ascii=False)
    assert [place["working_party"] for place in data["places"]] == ["Highland working party"]
    assert len(data["meetings_attended"]) == 1
    assert data["actions"][0]["text"] == "Pat's action"
    assert data["module_reviews"]["comments"][0]["comment"] == "Pat's comment on pacing."
    assert data["module_reviews"]["sign_offs"][0]["role"] == "lived_experience"
    assert "Tara" not in text


def test_erasing_me_blanks_my_words_and_keeps_that_i_signed_off(pat_in_a_party, pat, pacing):
    my_data.erase(pat)
    assert _rows_naming("Pat Participant", "Pat's comment on pacing") == []
    place = WorkingPartyMember.objects.get(sign_offs__isnull=False)
    assert place.person is None and place.shown_name == f"Former member #{place.pk}"
    assert not place.is_current()
    assert ReviewComment.objects.filter(erased_at__isnull=False).count() == 1
    assert ReviewComment.objects.filter(text="Tara's comment.").exists()
    assert SignOff.objects.get().member == place
    module = ModulePage.objects.get(pk=pacing.pk)
    assert reviews.live_versions_signed_on([module]) == {module.pk: timezone.localdate()}
    assert place.meetings_attended.count() == 1
