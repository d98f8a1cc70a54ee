"""The co-design space (/codesign/): members see their own working parties and nothing else,
read the version under review as it was saved, comment, sign off and tick off their actions."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from codesign.models import Action, ReviewComment, SignOff
from codesign.services import reviews
from codesign.services import working_parties as service
from codesign.services.working_parties import MeetingDetails
from tests.accounts.factories import UserFactory
from tests.codesign.factories import MemberFactory, WorkingPartyFactory
from tests.conftest import TRAINER_NOTE
from tests.courses.factories import ModulePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def review(pacing, party, cora, pat_member, tara_member):
    return reviews.open_review(pacing, party, by=cora)


@pytest.fixture
def other_party(catalogue, sam):
    party = WorkingPartyFactory(name="Glasgow working party")
    MemberFactory(party=party, person=sam)
    return party


def test_someone_logged_out_is_sent_to_log_in(client, party):
    response = client.get("/codesign/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_someone_in_no_working_party_is_refused(client, hana, party, review):
    client.force_login(hana)
    for path in ("/codesign/", f"/codesign/parties/{party.pk}/", f"/codesign/reviews/"
                 f"{review.pk}/"):
        assert client.get(path).status_code == 403, path


def test_someone_who_left_is_refused(client, pat, party, pat_member):
    service.remove_member(pat_member)
    client.force_login(pat)
    assert client.get("/codesign/").status_code == 403


def test_a_member_finds_nothing_of_another_party(client, pat, review, other_party, sam,
                                                 cora):
    client.force_login(pat)
    assert client.get(f"/codesign/parties/{other_party.pk}/").status_code == 404
    sam_action = service.add_action(other_party, text="Sam's", owner=other_party.members.get())
    assert client.post(f"/codesign/actions/{sam_action.pk}/done/").status_code == 404
    client.force_login(sam)
    assert client.get(f"/codesign/reviews/{review.pk}/").status_code == 404
    assert client.post(f"/codesign/reviews/{review.pk}/sign-off/",
                       {"agree": "on"}).status_code == 404
    assert not SignOff.objects.exists()


def test_a_member_sees_their_party_with_names_meetings_actions_and_modules(
        client, pat, party, pat_member, tara_member, review):
    service.record_meeting(party, MeetingDetails(timezone.now() + timedelta(days=9),
                                                 place="Inverness library"))
    service.add_action(party, text="Bring the planner sheets", owner=pat_member)
    service.add_action(party, text="Book the room", owner=tara_member)
    client.force_login(pat)
    index = client.get("/codesign/")
    assert index.status_code == 200
    assert "private" in index["Cache-Control"] and "no-store" in index["Cache-Control"]
    assert "Highland working party" in index.content.decode()
    page = client.get(f"/codesign/parties/{party.pk}/").content.decode()
    assert "Tara Trainer" in page and "Pat Participant" in page  # fellow members, by name
    assert "Inverness library" in page
    assert "Open for review: read and sign off" in page and "Pacing" in page
    mine = page.index("Bring the planner sheets")
    assert page.count("Mark as done") == 1 and page.index("Mark as done") > mine


def test_a_member_ticks_off_their_own_action(client, pat, party, pat_member):
    action = service.add_action(party, text="Bring the planner sheets", owner=pat_member)
    client.force_login(pat)
    response = client.post(f"/codesign/actions/{action.pk}/done/", follow=True)
    assert "Done: “Bring the planner sheets”." in response.content.decode()
    action.refresh_from_db()
    assert action.done_by == pat
    assert client.get(f"/codesign/actions/{action.pk}/done/").status_code == 405


def test_the_review_page_shows_the_version_under_review_with_its_trainer_notes(
        client, pat, pacing, review, cora):
    pacing.title = "Pacing (rewritten after review)"
    pacing.save_revision(user=cora).publish(user=cora)
    client.force_login(pat)
    page = client.get(f"/codesign/reviews/{review.pk}/").content.decode()
    assert "Boom and bust" in page and TRAINER_NOTE in page
    assert "rewritten after review" not in page
    assert "Sign off this version" in page


def test_a_member_signs_off_only_by_ticking_the_box(client, pat, review, pat_member):
    client.force_login(pat)
    refused = client.post(f"/codesign/reviews/{review.pk}/sign-off/", {})
    assert refused.status_code == 400
    assert "Tick the box to say you agree" in refused.content.decode()
    response = client.post(f"/codesign/reviews/{review.pk}/sign-off/", {"agree": "on"},
                           follow=True)
    assert "You signed off this version on" in response.content.decode()
    assert SignOff.objects.get().member == pat_member


def test_a_version_changed_in_place_cannot_be_signed_off_from_the_page(
        client, pat, module, party, cora, pat_member):
    version = module.save_revision(user=cora)
    review = reviews.open_review(module, party, by=cora)
    module.summary = "Autosaved while the party was reading."
    module.save_revision(user=cora, overwrite_revision=version)
    client.force_login(pat)
    page = client.get(f"/codesign/reviews/{review.pk}/").content.decode()
    assert "cannot be signed off" in page and "Sign off this version" not in page
    response = client.post(f"/codesign/reviews/{review.pk}/sign-off/", {"agree": "on"})
    assert response.status_code == 400 and not SignOff.objects.exists()


def test_a_member_comments_and_fellow_members_read_it(client, pat, tara, review):
    client.force_login(pat)
    assert client.post(f"/codesign/reviews/{review.pk}/comment/",
                       {"text": "   "}).status_code == 400
    assert client.post(f"/codesign/reviews/{review.pk}/comment/",
                       {"text": "x" * 4001}).status_code == 400
    assert client.post(f"/codesign/reviews/{review.pk}/comment/",
                       {"text": "a\x00b"}).status_code in (400, 200)
    response = client.post(f"/codesign/reviews/{review.pk}/comment/",
                           {"text": "The boom-and-bust drawing helped me."})
    assert response.status_code == 302
    assert ReviewComment.objects.get().text == "The boom-and-bust drawing helped me."
    client.force_login(tara)
    page = client.get(f"/codesign/reviews/{review.pk}/").content.decode()
    assert "The boom-and-bust drawing helped me." in page and "Pat Participant" in page


def test_the_party_page_takes_the_same_queries_with_more_people_and_modules(
        client, pat, course, party, pat_member, review, cora):
    client.force_login(pat)
    path = f"/codesign/parties/{party.pk}/"

    def queries() -> int:
        client.get(path)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path).status_code == 200
        return len(captured)

    before = queries()
    for number in range(4):
        member = MemberFactory(party=party, person=UserFactory())
        service.add_action(party, text=f"Task {number}", owner=member)
        service.record_meeting(party, MeetingDetails(timezone.now() + timedelta(days=number + 1),
                                                     online=True), attended=[])
        extra = ModulePageFactory(parent=course, title=f"Module {number}")
        extra.save_revision().publish()
        reviews.open_review(extra, party, by=cora)
    assert queries() == before


def test_my_page_links_members_to_the_co_design_space(client, pat, sam, review):
    client.force_login(pat)
    page = client.get("/my/").content.decode()
    assert "Your working parties" in page and 'href="/codesign/"' in page
    assert "1 version waiting for your sign-off" in page
    client.force_login(sam)
    assert 'href="/codesign/"' not in client.get("/my/").content.decode()


def test_actions_done_by_others_are_not_offered(client, pat, party, pat_member, tara_member):
    service.add_action(party, text="Book the room", owner=tara_member)
    client.force_login(pat)
    page = client.get(f"/codesign/parties/{party.pk}/").content.decode()
    assert "Book the room" in page and "Mark as done" not in page
    assert Action.objects.open().count() == 1


def test_my_page_takes_one_query_for_the_co_design_panel_however_many_parties(
        client, pat, catalogue, review, cora):
    client.force_login(pat)

    def queries() -> int:
        client.get("/my/")
        with CaptureQueriesContext(connection) as captured:
            client.get("/my/")
        return len(captured)

    before = queries()
    for number in range(3):
        party = WorkingPartyFactory(name=f"Party {number}", courses=[review.party.courses.get()])
        MemberFactory(party=party, person=pat)
        reviews.open_review(review.module, party, by=cora)
    assert queries() == before
    page = client.get("/my/").content.decode()
    assert all(f"Party {number}" in page for number in range(3))
