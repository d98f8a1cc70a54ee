"""A volunteer's own page and the coordinators' Volunteers menu: wiring, ownership, bad input
and constant queries. The rules themselves are tested in tests/courses/test_volunteering.py."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from accounts import roles
from courses.models import EnrolmentStatus, OutboxMessage
from courses.services import enrolment, volunteering
from tests.accounts.factories import UserFactory
from tests.community.factories import SupportGroupFactory
from tests.courses.factories import AreaFactory, CourseRunFactory
from trainers.models import ExpenseClaim, HoursEntry, Volunteer

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate


@pytest.fixture
def vic(db, run):
    """Vic, volunteering for two months, who helps at ``run`` (under way since last week)."""
    person = UserFactory(email="vic@example.org", full_name="Vic Volunteer")
    return volunteering.add_volunteer(person, status="active",
                                      started_on=TODAY() - timedelta(days=60),
                                      roles_held=["session_helper"])


@pytest.fixture
def helped_run(course):
    return CourseRunFactory(course=course, sessions=3, sessions__first_session_at=(
        timezone.now() - timedelta(days=8)))


def test_someone_who_is_not_a_volunteer_sees_the_offer_and_can_make_it(client, pat):
    client.force_login(pat)
    page = client.get("/my/volunteering/").content.decode()
    assert "Session helper: Setting up the room" in page and 'name="roles_wanted"' in page
    response = client.post("/my/volunteer/", {"roles_wanted": ["greeter", "networker"],
                                              "contact_ok": "on"}, follow=True)
    assert "A coordinator will be in touch" in response.content.decode()
    assert Volunteer.objects.get(user=pat).role_names() == ["Greeter", "Community networker"]


def test_an_offer_without_agreement_shows_the_form_again_with_the_reason(client, pat):
    client.force_login(pat)
    response = client.post("/my/volunteer/", {"roles_wanted": ["greeter"]})
    assert response.status_code == 400
    page = response.content.decode()
    assert "There is a problem" in page and "We need your agreement" in page
    assert 'value="greeter" checked' in page.replace('\n', ' ') or "checked" in page
    assert not Volunteer.objects.exists()


def test_my_page_asks_after_a_course_and_then_links_to_the_volunteering_page(client, pat,
                                                                           run):
    place = enrolment.enrol(run, pat)
    type(place).objects.filter(pk=place.pk).update(status=EnrolmentStatus.COMPLETED)
    client.force_login(pat)
    assert "Interested in volunteering" in client.get("/my/").content.decode()
    volunteering.offer_to_volunteer(pat, roles_wanted=["greeter"])
    page = client.get("/my/").content.decode()
    assert "Interested in volunteering" not in page and "/my/volunteering/" in page


def test_a_volunteer_logs_hours_at_a_run_and_sees_them_on_both_pages(client, vic, helped_run):
    client.force_login(vic.user)
    response = client.post("/my/volunteering/hours/", {
        "hours-on": TODAY().isoformat(), "hours-hours": "2.5", "hours-role": "session_helper",
        "hours-run": helped_run.pk, "hours-note": "Made the tea"}, follow=True)
    assert "your hours are logged" in response.content.decode()
    entry = HoursEntry.objects.get()
    assert (entry.run, entry.logged_by, entry.hours) == (helped_run, vic.user, Decimal("2.5"))
    assert "You gave 2.5 hours in the last year" in client.get("/my/").content.decode()


def test_a_volunteer_logs_hours_and_a_claim_at_a_group_in_their_area(client, vic):
    highland = SupportGroupFactory()
    vic.areas.set([highland.area])
    online = SupportGroupFactory(name="Online Circle", area=AreaFactory(name="Glasgow"),
                                 venue=None, is_online=True)
    elsewhere = SupportGroupFactory(name="Glasgow Walkers", area=online.area)
    closed = SupportGroupFactory(name="Closed Café", area=highland.area, status="closed")
    client.force_login(vic.user)
    page = client.get("/my/volunteering/").content.decode()
    assert highland.name in page and "Online Circle" in page
    assert elsewhere.name not in page and closed.name not in page
    client.post("/my/volunteering/hours/", {
        "hours-on": TODAY().isoformat(), "hours-hours": "2", "hours-group": highland.pk})
    client.post("/my/volunteering/expenses/", {
        "expense-spent_on": TODAY().isoformat(), "expense-amount": "3.10",
        "expense-kind": "refreshments", "expense-description": "Milk",
        "expense-group": highland.pk})
    assert HoursEntry.objects.get().group == highland == ExpenseClaim.objects.get().group
    page = client.get("/my/volunteering/").content.decode()
    assert f"hours given 2</strong>, {highland.name}" in page and f"Milk ({highland.name})" in page
    refused = client.post("/my/volunteering/hours/", {
        "hours-on": TODAY().isoformat(), "hours-hours": "1", "hours-group": closed.pk})
    assert refused.status_code == 400 and HoursEntry.objects.count() == 1


def test_a_refused_entry_keeps_what_was_typed(client, vic):
    client.force_login(vic.user)
    response = client.post("/my/volunteering/hours/", {
        "hours-on": (TODAY() + timedelta(days=2)).isoformat(), "hours-hours": "3",
        "hours-note": "Tomorrow's session"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "That date has not come yet." in page and "Tomorrow&#x27;s session" in page


@pytest.mark.parametrize("hours", ["-1", "lots", "1e400", "25", "\x00"])
def test_nonsense_hours_get_a_message_not_an_error(client, vic, hours):
    client.force_login(vic.user)
    response = client.post("/my/volunteering/hours/", {"hours-on": TODAY().isoformat(),
                                                       "hours-hours": hours})
    assert response.status_code == 400 and not HoursEntry.objects.exists()


def test_a_form_sent_twice_logs_the_hours_once(client, vic):
    client.force_login(vic.user)
    sent = {"hours-on": TODAY().isoformat(), "hours-hours": "1", "hours-submission": "k" * 32}
    client.post("/my/volunteering/hours/", sent)
    client.post("/my/volunteering/hours/", sent)
    assert HoursEntry.objects.count() == 1


def test_a_volunteer_claims_and_withdraws_an_expense(client, vic):
    client.force_login(vic.user)
    client.post("/my/volunteering/expenses/", {
        "expense-spent_on": TODAY().isoformat(), "expense-amount": "4.20",
        "expense-kind": "travel", "expense-description": "Bus fare"})
    claim = ExpenseClaim.objects.get()
    assert "Waiting for approval" in client.get("/my/volunteering/").content.decode()
    client.post(f"/my/volunteering/expenses/{claim.pk}/withdraw/")
    assert not ExpenseClaim.objects.exists()


def test_nobody_removes_another_volunteers_hours_or_claims(client, vic, sam):
    entry = volunteering.log_hours(vic, by=vic.user, on=TODAY(), hours=Decimal(1))
    claim = volunteering.claim_expense(vic, by=vic.user, spent_on=TODAY(),
                                       amount=Decimal(2), kind="travel", description="Bus")
    volunteering.add_volunteer(sam, status="active", started_on=TODAY(), roles_held=[])
    client.force_login(sam)
    assert client.post(f"/my/volunteering/hours/{entry.pk}/remove/").status_code == 404
    assert client.post(f"/my/volunteering/expenses/{claim.pk}/withdraw/").status_code == 404
    assert HoursEntry.objects.exists() and ExpenseClaim.objects.exists()


def test_someone_who_only_offered_is_thanked_and_cannot_log_yet(client, pat):
    volunteering.offer_to_volunteer(pat, roles_wanted=["greeter"])
    client.force_login(pat)
    page = client.get("/my/volunteering/").content.decode()
    assert "A coordinator will be in touch" in page and 'name="hours-hours"' not in page
    response = client.post("/my/volunteering/hours/", {"hours-on": TODAY().isoformat(),
                                                       "hours-hours": "1"})
    assert response.status_code == 400 and not HoursEntry.objects.exists()


def test_the_page_costs_the_same_queries_with_many_entries(client, vic,
                                                         django_assert_max_num_queries):
    client.force_login(vic.user)
    client.get("/my/volunteering/")
    for days in range(30):
        volunteering.log_hours(vic, by=vic.user, on=TODAY() - timedelta(days=days),
                               hours=Decimal(1))
        volunteering.claim_expense(vic, by=vic.user, spent_on=TODAY() - timedelta(days=days),
                                   amount=Decimal(1), kind="travel", description="Bus")
    with django_assert_max_num_queries(17):
        assert client.get("/my/volunteering/").status_code == 200


# --- The coordinators' Volunteers menu (as Cora, who is not a superuser) --------------------


def test_a_coordinator_welcomes_someone_who_offered(client, cora, pat, home):
    offer = volunteering.offer_to_volunteer(pat, roles_wanted=["greeter"])
    client.force_login(cora)
    listing = client.get("/admin/volunteer/").content.decode()
    assert "Offered to help" in listing and pat.full_name in listing
    response = client.post(f"/admin/volunteer/edit/{offer.pk}/", {
        "status": "active", "started_on": TODAY().isoformat(),
        "roles_held": ["greeter", "friendly_caller"], "areas": []})
    assert response.status_code == 302, response.content.decode()[:2000]
    offer.refresh_from_db()
    assert offer.status == "active" and roles.has_role(pat, roles.VOLUNTEER)
    assert sorted(offer.roles.values_list("role", flat=True)) == ["friendly_caller",
                                                                  "greeter"]


def test_the_admin_form_shows_the_services_refusal(client, cora, pat, home):
    offer = volunteering.offer_to_volunteer(pat, roles_wanted=[])
    client.force_login(cora)
    response = client.post(f"/admin/volunteer/edit/{offer.pk}/", {
        "status": "active", "started_on": "", "roles_held": [], "areas": []})
    assert response.status_code == 200
    assert "Give the date they started volunteering." in response.content.decode()
    assert Volunteer.objects.get().status == "offered"


def test_a_coordinator_logs_hours_and_decides_a_claim(client, cora, vic, home):
    client.force_login(cora)
    response = client.post("/admin/hoursentry/new/", {
        "volunteer": vic.pk, "on": TODAY().isoformat(), "hours": "3", "role": "greeter"})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert HoursEntry.objects.get().logged_by == cora
    claim = volunteering.claim_expense(vic, by=vic.user, spent_on=TODAY(), amount=Decimal(5),
                                       kind="materials", description="Printing")
    response = client.post(f"/admin/expenseclaim/edit/{claim.pk}/", {
        "status": "approved", "decision_note": "Thank you", "paid_on": ""})
    assert response.status_code == 302, response.content.decode()[:2000]
    claim.refresh_from_db()
    assert (claim.status, claim.decided_by) == ("approved", cora)
    told = OutboxMessage.objects.get(kind="claim_decided")
    assert told.recipient == vic.user and told.context["status"] == "approved"


def test_a_coordinator_logs_hours_at_a_group_in_the_admin(client, cora, vic, helped_run,
                                                          home):
    group = SupportGroupFactory()
    client.force_login(cora)
    form = client.get("/admin/hoursentry/new/").content.decode()
    assert group.name in form
    response = client.post("/admin/hoursentry/new/", {
        "volunteer": vic.pk, "on": TODAY().isoformat(), "hours": "2", "group": group.pk})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert HoursEntry.objects.get().group == group
    assert group.name in client.get("/admin/hoursentry/").content.decode()
    response = client.post("/admin/hoursentry/new/", {
        "volunteer": vic.pk, "on": TODAY().isoformat(), "hours": "1", "group": group.pk,
        "run": helped_run.pk})
    assert "Choose a course or a group, not both" in response.content.decode()
    assert HoursEntry.objects.count() == 1


def test_a_coordinator_cannot_approve_their_own_claim_in_the_admin(client, cora, home):
    mine = volunteering.add_volunteer(cora, status="active", started_on=TODAY(),
                                      roles_held=[])
    claim = volunteering.claim_expense(mine, by=cora, spent_on=TODAY(), amount=Decimal(5),
                                       kind="travel", description="Train")
    client.force_login(cora)
    response = client.post(f"/admin/expenseclaim/edit/{claim.pk}/", {
        "status": "approved", "decision_note": "", "paid_on": ""})
    assert "Another coordinator needs to decide" in response.content.decode()
    assert ExpenseClaim.objects.get().status == "claimed"
