"""A coordinator (cora, not a superuser) runs working parties and module reviews in the
Wagtail admin, and every save goes through the services' rules."""

from datetime import timedelta

import pytest
from django.utils import timezone

from codesign.models import Action, Meeting, ModuleReview, WorkingParty, WorkingPartyMember
from codesign.services import reviews
from tests.codesign.factories import MemberFactory, WorkingPartyFactory
from tests.courses.factories import AreaFactory, ModulePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(client, cora):
    assert not cora.is_superuser
    client.force_login(cora)
    return client


def _local(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def test_a_coordinator_sets_up_a_working_party_with_members(coordinator, course, pat, sam):
    area = AreaFactory(name="Glasgow")
    response = coordinator.post("/admin/working_parties/new/", {
        "name": "Glasgow working party", "area": area.pk, "courses": [course.pk], "about": ""})
    assert response.status_code == 302, response.content.decode()[:2000]
    party = WorkingParty.objects.get()
    assert list(party.courses.all()) == [course]
    for person, role in [(pat, "lived_experience"), (sam, "professional")]:
        response = coordinator.post(f"/admin/party_members/new/?party={party.pk}", {
            "party": party.pk, "person": person.pk, "name": "", "role": role,
            "joined_on": "2026-01-10"})
        assert response.status_code == 302, response.content.decode()[:2000]
    response = coordinator.post("/admin/party_members/new/", {
        "party": party.pk, "person": pat.pk, "role": "carer", "joined_on": "2026-02-01"})
    assert response.status_code == 200
    assert "already a member of this working party" in response.content.decode()
    response = coordinator.post("/admin/party_members/new/", {
        "party": party.pk, "name": "Ceit NicAoidh", "role": "carer", "joined_on": "2026-02-01",
        "named_consent_on": "2026-02-01", "named_consent_reference": "WP-3"})
    assert response.status_code == 302
    assert WorkingPartyMember.objects.named_publicly().get().name == "Ceit NicAoidh"
    listing = coordinator.get(f"/admin/party_members/?party={party.pk}").content.decode()
    assert "Pat Participant" in listing and "Ceit NicAoidh" in listing


def test_a_member_who_leaves_is_recorded_through_the_service(coordinator, party, pat_member):
    response = coordinator.post(f"/admin/party_members/edit/{pat_member.pk}/", {
        "role": "lived_experience", "name": "",
        "left_on": (pat_member.joined_on - timedelta(days=1)).isoformat()})
    assert response.status_code == 200
    assert "cannot leave before the day they joined" in response.content.decode()
    response = coordinator.post(f"/admin/party_members/edit/{pat_member.pk}/", {
        "role": "lived_experience", "name": "", "left_on": timezone.localdate().isoformat()})
    assert response.status_code == 302
    pat_member.refresh_from_db()
    assert not pat_member.is_current()


def test_a_meeting_is_recorded_with_who_came_and_an_action_ticked_off(
        coordinator, party, pat_member, tara_member):
    stranger = MemberFactory(party=WorkingPartyFactory(), name="Elsewhere")
    held = timezone.now() - timedelta(days=2)
    data = {"party": party.pk, "starts_at": _local(held), "place": "Inverness library",
            "notes": "Read the pacing module together.", "attended": [pat_member.pk]}
    refused = coordinator.post("/admin/party_meetings/new/",
                               {**data, "attended": [pat_member.pk, stranger.pk]})
    assert refused.status_code == 200 and not Meeting.objects.exists()
    response = coordinator.post(f"/admin/party_meetings/new/?party={party.pk}", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    meeting = Meeting.objects.get()
    assert list(meeting.attended.all()) == [pat_member]
    response = coordinator.post(f"/admin/party_meetings/edit/{meeting.pk}/", {
        **data, "attended": [pat_member.pk, tara_member.pk]})
    assert response.status_code == 302
    assert meeting.attended.count() == 2

    response = coordinator.post("/admin/party_actions/new/", {
        "party": party.pk, "text": "Try the new planner at home", "owner": pat_member.pk,
        "due_on": "", "meeting": meeting.pk})
    assert response.status_code == 302, response.content.decode()[:2000]
    action = Action.objects.get()
    response = coordinator.post(f"/admin/party_actions/edit/{action.pk}/", {
        "text": action.text, "owner": pat_member.pk, "due_on": "", "meeting": meeting.pk,
        "done": "on"})
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.is_done and action.done_by.email == "cora@example.org"


def test_a_coordinator_puts_a_module_up_for_review_and_publishes_the_signed_version(
        coordinator, module, party, pat_member, cora):
    version = module.save_revision(user=cora)
    editor = coordinator.get(f"/admin/pages/{module.pk}/edit/").content.decode()
    assert f"/admin/module_reviews/new/?module={module.pk}" in editor  # "Put up for review"
    form = coordinator.get(f"/admin/module_reviews/new/?module={module.pk}")
    assert form.status_code == 200
    response = coordinator.post("/admin/module_reviews/new/", {"module": module.pk,
                                                               "party": party.pk})
    review = ModuleReview.objects.get()
    assert response["Location"] == f"/admin/codesign/reviews/{review.pk}/"
    assert review.revision == version
    page = coordinator.get(response["Location"]).content.decode()
    assert "Nobody has signed off this version yet." in page
    assert "Publish this version" in page
    refused = coordinator.post(f"/admin/codesign/reviews/{review.pk}/publish/", follow=True)
    assert "Nobody with lived experience has signed this version off yet." in (
        refused.content.decode())
    reviews.sign_off(review, pat_member)
    coordinator.post(f"/admin/codesign/reviews/{review.pk}/publish/")
    module.refresh_from_db()
    assert module.live_revision_id == version.pk
    page = coordinator.get(f"/admin/codesign/reviews/{review.pk}/").content.decode()
    assert "Pat Participant (lived experience)" in page and "Publish this version" not in page
    coordinator.post(f"/admin/codesign/reviews/{review.pk}/close/")
    review.refresh_from_db()
    assert not review.is_open


def test_the_editor_of_a_live_module_nobody_signed_off_says_so(
        coordinator, pacing, party, pat_member, cora):
    warning = "Nobody with lived experience in a working party has signed off"
    assert warning in coordinator.get(f"/admin/pages/{pacing.pk}/edit/").content.decode()
    reviews.sign_off(reviews.open_review(pacing, party, by=cora), pat_member)
    assert warning not in coordinator.get(f"/admin/pages/{pacing.pk}/edit/").content.decode()
    assert warning not in coordinator.get(pacing.url).content.decode()  # never in public


def test_the_sign_off_report_lists_unsigned_live_modules(coordinator, course, pacing, party,
                                                        pat_member, cora):
    ModulePageFactory(parent=course, title="Sleep and rest").save_revision().publish()
    reviews.sign_off(reviews.open_review(pacing, party, by=cora), pat_member)
    page = coordinator.get("/admin/codesign/sign-off/").content.decode()
    assert "Sleep and rest" in page
    assert "No review is overdue." in page
    assert "Sign-off of live modules" in coordinator.get("/admin/").content.decode()


def test_people_without_the_permission_are_refused(client, pat, pacing, party, pat_member,
                                                   cora):
    review = reviews.open_review(pacing, party, by=cora)
    client.force_login(pat)
    for path in ("/admin/codesign/sign-off/", f"/admin/codesign/reviews/{review.pk}/",
                 "/admin/working_parties/", "/admin/module_reviews/new/"):
        assert client.get(path).status_code in (302, 403), path
    assert client.post(f"/admin/codesign/reviews/{review.pk}/close/").status_code == 403
    assert client.get(f"/admin/codesign/reviews/{review.pk + 1}/").status_code == 403  # not 404
