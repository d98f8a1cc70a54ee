"""Volunteering beyond delivering runs: offering, being welcomed into roles, hours and
expenses, with the rules in ``courses.services.volunteering``."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone, translation

from accounts import roles
from accounts.models import ConsentPurpose
from accounts.services import my_data
from accounts.services.consent import has_consent
from courses.models import OutboxMessage
from courses.services import enrolment, texts, volunteering
from courses.services.emails import build_message
from courses.services.volunteering import VolunteeringError
from tests.accounts.factories import UserFactory
from tests.community.factories import SupportGroupFactory
from trainers.models import (
    ExpenseClaim,
    ExpenseStatus,
    HoursEntry,
    TrainerProfile,
    Volunteer,
    VolunteerStatus,
)

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate


@pytest.fixture
def vic(db):
    """Vic, a volunteer since two months ago: greeter and session helper."""
    person = UserFactory(email="vic@example.org", full_name="Vic Volunteer")
    return volunteering.add_volunteer(person, status=VolunteerStatus.ACTIVE,
                                      started_on=TODAY() - timedelta(days=60),
                                      roles_held=["greeter", "session_helper"])


def _refused(code, call, *args, **kwargs):
    with pytest.raises(VolunteeringError) as refusal:
        call(*args, **kwargs)
    assert refusal.value.code == code
    return refusal.value


def test_it_records_an_offer_with_the_roles_wanted_and_the_consent_once(pat):
    first = volunteering.offer_to_volunteer(pat, roles_wanted=["greeter", "story_sharer"],
                                            note="Mornings suit me.")
    again = volunteering.offer_to_volunteer(pat, roles_wanted=["greeter", "networker"],
                                            note="Mornings suit me.")
    assert again.pk == first.pk and again.status == VolunteerStatus.OFFERED
    assert sorted(again.roles.values_list("role", flat=True)) == [
        "greeter", "networker", "story_sharer"]
    assert again.offer_note == "Mornings suit me."
    assert has_consent(pat, ConsentPurpose.CONTACT_ABOUT_VOLUNTEERING)
    assert not TrainerProfile.objects.filter(user=pat).exists()
    assert not roles.has_role(pat, roles.VOLUNTEER)  # not until a coordinator welcomes them


def test_it_starts_the_trainers_path_too_when_peer_trainer_is_ticked(pat):
    volunteering.offer_to_volunteer(pat, roles_wanted=["peer_trainer"], note="")
    assert TrainerProfile.objects.get(user=pat).stage == "interested"
    assert Volunteer.objects.get(user=pat).roles.count() == 0


def test_welcoming_a_volunteer_needs_a_start_date_and_gives_the_volunteer_role(pat):
    offer = volunteering.offer_to_volunteer(pat, roles_wanted=["greeter"])
    _refused("no_start_date", volunteering.update_volunteer, offer, status="active",
             started_on=None, roles_held=["greeter"])
    started = TODAY() - timedelta(days=3)
    volunteering.update_volunteer(offer, status="active", started_on=started,
                                  roles_held=["greeter", "friendly_caller"])
    assert roles.has_role(pat, roles.VOLUNTEER)
    assert {r.role: r.since for r in offer.roles.all()} == {"greeter": TODAY(),
                                                           "friendly_caller": TODAY()}


def test_stopping_takes_the_volunteer_role_away_and_a_dropped_role_goes(vic):
    volunteering.update_volunteer(vic, status="stopped", started_on=vic.started_on,
                                  roles_held=["greeter"])
    vic.user._role_names = None
    assert not roles.has_role(vic.user, roles.VOLUNTEER)
    assert list(vic.roles.values_list("role", flat=True)) == ["greeter"]


def test_it_logs_hours_and_sums_them_for_the_last_year(vic):
    volunteering.log_hours(vic, by=vic.user, on=TODAY(), hours=Decimal("2.5"), role="greeter")
    volunteering.log_hours(vic, by=vic.user, on=TODAY() - timedelta(days=1), hours=Decimal(1))
    summary = volunteering.hours_summary(vic)
    assert summary.in_year == Decimal("3.5") == summary.in_all
    later = volunteering.hours_summary(vic, today=TODAY() + timedelta(days=364))
    assert later.in_year == Decimal("2.5") and later.in_all == Decimal("3.5")


@pytest.mark.parametrize(("code", "days_ago", "hours"), [
    ("in_future", -1, "1"), ("before_start", 61, "1"), ("hours_out_of_range", 0, "0"),
    ("hours_out_of_range", 0, "24.5")])
def test_it_refuses_hours_that_cannot_be_right(vic, code, days_ago, hours):
    _refused(code, volunteering.log_hours, vic, by=vic.user,
             on=TODAY() - timedelta(days=days_ago), hours=Decimal(hours))
    assert not HoursEntry.objects.exists()


def test_a_day_holds_no_more_than_24_hours(vic):
    volunteering.log_hours(vic, by=vic.user, on=TODAY(), hours=Decimal(20))
    _refused("too_many_in_a_day", volunteering.log_hours, vic, by=vic.user, on=TODAY(),
             hours=Decimal(5))


def test_someone_who_only_offered_cannot_log_time_yet(pat):
    offer = volunteering.offer_to_volunteer(pat, roles_wanted=["greeter"])
    _refused("not_started", volunteering.log_hours, offer, by=pat, on=TODAY(),
             hours=Decimal(1))


def test_only_the_volunteer_or_a_coordinator_logs_or_removes_their_hours(vic, sam, cora):
    _refused("not_yours", volunteering.log_hours, vic, by=sam, on=TODAY(), hours=Decimal(1))
    entry = volunteering.log_hours(vic, by=cora, on=TODAY(), hours=Decimal(1))
    assert entry.logged_by == cora
    _refused("not_yours", volunteering.remove_hours, entry, by=sam)
    volunteering.remove_hours(entry, by=vic.user)
    assert not HoursEntry.objects.exists()


def _claim(vic, **overrides):
    details = {"spent_on": TODAY(), "amount": Decimal("12.40"), "kind": "travel",
               "description": "Bus there and back"}
    return volunteering.claim_expense(vic, by=vic.user, **{**details, **overrides})


def test_a_claim_waits_for_a_coordinator_then_is_paid(vic, cora):
    claim = _claim(vic)
    assert claim.status == ExpenseStatus.CLAIMED
    volunteering.decide_claim(claim, ExpenseStatus.APPROVED, by=cora, note="Thanks")
    volunteering.decide_claim(claim, ExpenseStatus.APPROVED, by=cora)  # a second click
    paid = volunteering.decide_claim(claim, ExpenseStatus.PAID, by=cora)
    assert (paid.status, paid.decided_by, paid.paid_on) == ("paid", cora, TODAY())
    assert paid.decision_note == "Thanks"
    _refused("not_allowed", volunteering.decide_claim, paid, ExpenseStatus.REJECTED, by=cora)


# Dates are worked out when each case runs, not when the module is collected, so a run that
# crosses midnight still asks about tomorrow.
@pytest.mark.parametrize(("code", "overrides"), [
    ("too_old", lambda: {"spent_on": TODAY() - timedelta(days=91)}),
    ("amount_out_of_range", lambda: {"amount": Decimal("250.01")}),
    ("amount_out_of_range", lambda: {"amount": Decimal("0")}),
    ("no_description", lambda: {"description": "   "}),
    ("in_future", lambda: {"spent_on": TODAY() + timedelta(days=1)})])
def test_it_refuses_claims_outside_the_rules(vic, code, overrides):
    vic.started_on = TODAY() - timedelta(days=200)
    vic.save()
    _refused(code, _claim, vic, **overrides())
    assert not ExpenseClaim.objects.exists()


def test_nobody_decides_on_their_own_claim_and_only_coordinators_decide(vic, cora, sam):
    volunteering.update_volunteer(vic, status="active", started_on=vic.started_on,
                                  roles_held=[])
    vic.user.groups.add(*cora.groups.all())  # Vic is a coordinator too
    vic.user._role_names = None
    _refused("own_claim", volunteering.decide_claim, _claim(vic), "approved", by=vic.user)
    _refused("not_yours", volunteering.decide_claim, _claim(vic), "approved", by=sam)


def test_a_claim_is_withdrawn_only_before_anyone_decided(vic, cora):
    waiting, decided = _claim(vic), _claim(vic)
    volunteering.decide_claim(decided, "rejected", by=cora, note="Please bring the receipt")
    volunteering.withdraw_claim(waiting, by=vic.user)
    _refused("already_decided", volunteering.withdraw_claim, decided, by=vic.user)
    assert list(ExpenseClaim.objects.values_list("pk", flat=True)) == [decided.pk]


def test_my_data_holds_the_volunteering_and_erasure_keeps_only_the_numbers(vic, cora):
    volunteering.log_hours(vic, by=vic.user, on=TODAY(), hours=Decimal(2), place="Library",
                           note="Helped with the tea")
    _claim(vic)
    data = my_data.export_data(vic.user)["volunteering"]
    assert data["roles"][0]["role"] == "greeter" and data["hours"][0]["note"] == \
        "Helped with the tea"
    assert data["expense_claims"][0]["description"] == "Bus there and back"
    my_data.erase(vic.user)
    entry, claim = HoursEntry.objects.get(), ExpenseClaim.objects.get()
    assert (entry.hours, entry.note, entry.place) == (Decimal(2), "", "")
    assert (claim.amount, claim.description) == (Decimal("12.40"), "")


# --- Hours and claims at a peer support group ------------------------------------------------


def test_hours_and_a_claim_can_be_for_a_peer_support_group(vic):
    group = SupportGroupFactory()
    entry = volunteering.log_hours(vic, by=vic.user, on=TODAY(), hours=Decimal(2),
                                   group=group, note="Made the tea")
    claim = _claim(vic, group=group, description="Milk for the group")
    assert (entry.group, claim.group) == (group, group)
    data = my_data.export_data(vic.user)["volunteering"]
    assert data["hours"][0]["peer_support_group"] == group.name
    assert data["expense_claims"][0]["peer_support_group"] == group.name


def test_an_entry_is_for_a_course_or_a_group_not_both(vic, run):
    group = SupportGroupFactory()
    _refused("run_and_group", volunteering.log_hours, vic, by=vic.user, on=TODAY(),
             hours=Decimal(1), run=run, group=group)
    _refused("run_and_group", _claim, vic, run=run, group=group)
    assert not HoursEntry.objects.exists() and not ExpenseClaim.objects.exists()


# --- Telling the volunteer what was decided --------------------------------------------------


def _told(claim) -> list:
    return list(OutboxMessage.objects.filter(kind="claim_decided", recipient=claim.volunteer.user)
                .order_by("pk"))


def test_each_step_of_a_claim_is_told_to_the_volunteer_once(vic, cora):
    claim = _claim(vic)
    assert _told(claim) == []  # making a claim tells nobody anything
    volunteering.decide_claim(claim, ExpenseStatus.APPROVED, by=cora, note="Thanks, Vic")
    volunteering.decide_claim(claim, ExpenseStatus.APPROVED, by=cora)  # a second click
    volunteering.decide_claim(claim, ExpenseStatus.PAID, by=cora,
                              paid_on=TODAY() - timedelta(days=1))
    approved, paid = _told(claim)
    assert (approved.context["status"], paid.context["status"]) == ("approved", "paid")
    # By the time the approval is sent the claim is paid: only the payment is worth telling.
    assert build_message(approved) is None
    email = build_message(paid)
    assert email.to == ["vic@example.org"] and "paid" in email.subject
    assert "£12.40" in email.body and "Bus there and back" in email.body
    assert "Thanks, Vic" in email.body


def test_a_refusal_then_an_approval_after_all_are_both_told(vic, cora):
    claim = _claim(vic)
    volunteering.decide_claim(claim, ExpenseStatus.REJECTED, by=cora,
                              note="Please bring the ticket")
    refused = build_message(_told(claim)[0])
    assert "has not been approved" in refused.body and "Please bring the ticket" in refused.body
    volunteering.decide_claim(claim, ExpenseStatus.APPROVED, by=cora)
    volunteering.decide_claim(claim, ExpenseStatus.REJECTED, by=cora)
    volunteering.decide_claim(claim, ExpenseStatus.APPROVED, by=cora)
    assert [m.context["status"] for m in _told(claim)] == [
        "rejected", "approved", "rejected", "approved"]
    assert "will be paid soon" in build_message(_told(claim)[-1]).body


def test_a_volunteer_who_prefers_texts_gets_a_short_one_in_their_language(vic, cora):
    vic.user.phone, vic.user.preferred_language = "+447700900123", "gd"
    vic.user.contact_channels = ["text"]
    vic.user.save()
    claim = _claim(vic)
    volunteering.decide_claim(claim, ExpenseStatus.APPROVED, by=cora)
    message = _told(claim)[0]
    assert message.channel == "text"
    text = build_message(message)
    assert text.to == "+447700900123" and "£12.40" in text.body
    assert "Bus there and back" not in text.body
    assert texts.segments(text.body) <= texts.MAX_SEGMENTS
    with translation.override("en"):  # written in Gaelic whatever the language around it
        assert "chaidh gabhail ris" in build_message(message).body


def test_a_volunteer_keeps_taking_courses_with_the_same_account(vic, run):
    place = enrolment.enrol(run, vic.user)
    assert place.status == "confirmed" and place.user == vic.user
    vic.refresh_from_db()
    assert vic.status == VolunteerStatus.ACTIVE and roles.has_role(vic.user, roles.VOLUNTEER)
