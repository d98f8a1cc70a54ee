"""People with a phone or a letterbox and no inbox: added by a coordinator or from a sign-up
sheet, their number kept in E.164, reached only by a way they have details for, never sent an
e-mail, and erased like everyone else."""

import csv
import io

import pytest
from django.core import mail

from accounts.models import ContactChannel, User
from accounts.services.my_data import erase, export_data
from accounts.services.profile import ContactError, create_participant_for
from courses.models import EnrolmentStatus, OutboxMessage
from courses.services import enrolment as enrolment_service
from courses.services import imports
from courses.services.outbox import sweep_outbox
from tests.courses.factories import CourseRunFactory


def csv_bytes(*rows) -> bytes:
    """A sheet as a spreadsheet saves it: cells quoted, so an address keeps its lines."""
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode()


@pytest.fixture
def coordinator(client, cora):
    client.force_login(cora)
    return client

pytestmark = pytest.mark.django_db
ADDRESS = "2 Harbour Road\nUllapool\nIV26 2UB"


def test_a_person_can_have_only_a_phone_number():
    mhairi = create_participant_for("", "Mhairi Phone", phone="07911 123456")
    assert mhairi.email is None and str(mhairi.phone) == "+447911123456"
    assert mhairi.reachable_by() == [ContactChannel.TEXT]
    assert not mhairi.has_usable_password()
    # many people may have no e-mail address
    seumas = create_participant_for("", "Seumas Letter", postal_address=ADDRESS)
    assert seumas.reachable_by() == [ContactChannel.LETTER] and seumas.email is None
    landline = create_participant_for("", "Peigi Landline", phone="01463 712345")
    assert landline.reachable_by() == [ContactChannel.PHONE]  # a landline takes no texts


def test_nobody_is_added_without_a_way_to_reach_them():
    with pytest.raises(ContactError) as refused:
        create_participant_for("", "Nobody Reachable")
    assert refused.value.code == "unreachable"
    with pytest.raises(ContactError) as refused:
        create_participant_for("", "Wants Letters", phone="07911 123457",
                               channels=[ContactChannel.LETTER])
    assert refused.value.code == "channel_without_details"
    assert not User.objects.filter(full_name__in=["Nobody Reachable", "Wants Letters"]).exists()


def test_they_choose_the_order_and_only_usable_ways_count():
    person = create_participant_for(
        "both@example.org", "Both Ways", phone="+44 1463 123456",
        channels=[ContactChannel.PHONE, ContactChannel.EMAIL])
    assert person.reachable_by() == [ContactChannel.PHONE, ContactChannel.EMAIL]
    person.email = None
    assert person.reachable_by() == [ContactChannel.PHONE]


def test_a_person_without_e_mail_is_never_sent_one_and_blocks_no_one(run, pat):
    phone_only = create_participant_for("", "Mhairi Phone", phone="07911 123456")
    enrolment_service.enrol(run, phone_only)
    enrolment_service.enrol(run, pat)
    sweep_outbox()
    owed = OutboxMessage.objects.filter(kind="enrolment_confirmed")
    assert owed.count() == 2 and not owed.filter(sent_at__isnull=True).exists()
    assert owed.get(recipient=phone_only).channel == ContactChannel.TEXT  # a text instead
    assert owed.get(recipient=pat).last_error == ""
    assert [m.to for m in mail.outbox] == [[pat.email]]


def test_a_coordinator_adds_someone_by_phone_only(coordinator, course):
    run = CourseRunFactory(course=course, capacity=4, sessions=1)
    response = coordinator.post(f"/admin/course_runs/{run.pk}/people/add/", {
        "phone": "01463 123456", "full_name": "Mòrag Phone", "consent_given": "on"})
    assert response.status_code == 302
    morag = User.objects.get(full_name="Mòrag Phone")
    assert (morag.email, str(morag.phone)) == (None, "+441463123456")
    assert run.enrolments.get(user=morag).status == EnrolmentStatus.CONFIRMED
    # the same number again finds her, rather than making a second Mòrag
    other = CourseRunFactory(course=course, capacity=4, sessions=1)
    coordinator.post(f"/admin/course_runs/{other.pk}/people/add/", {"phone": "+441463123456"})
    assert User.objects.filter(full_name="Mòrag Phone").count() == 1
    assert other.enrolments.get().user == morag


@pytest.mark.parametrize(("details", "message"), [
    ({"phone": "12345"}, "This does not look like a phone number"),
    ({}, "Give at least one way to reach them"),
    ({"phone": "07911 123456", "channels": ["letter"]}, "we need the details for it"),
])
def test_adding_someone_says_what_is_missing(coordinator, run, details, message):
    response = coordinator.post(f"/admin/course_runs/{run.pk}/people/add/", {
        "full_name": "Half Added", "consent_given": "on", **details})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not User.objects.filter(full_name="Half Added").exists()


def test_a_sign_up_sheet_may_have_phones_and_addresses_instead_of_e_mails(
        run, cora, django_capture_on_commit_callbacks):
    content = csv_bytes(["Full name", "E-mail", "Phone", "Postal address"],
                        ["Mhairi Phone", "", "07911 123456", ""],
                        ["Seumas Letter", "", "", ADDRESS],
                        ["Anna Email", "anna@example.org", "", ""])
    batch, preview = imports.upload("enrolments", run, content, "signups.csv", by=cora)
    assert preview.ok, [row.problems for row in preview.rows]
    with django_capture_on_commit_callbacks(execute=True):
        assert imports.confirm(batch, by=cora, consent_confirmed=True) == 3
    assert str(User.objects.get(full_name="Mhairi Phone").phone) == "+447911123456"
    assert User.objects.get(full_name="Seumas Letter").postal_address == ADDRESS


@pytest.mark.parametrize(("row", "problem"), [
    (["No Way", "", "", ""], "Give an e-mail address, a phone number or a postal address"),
    (["Bad Number", "", "0770", ""], "is not a phone number we can read"),
])
def test_a_sign_up_sheet_row_nobody_could_reach_is_refused_with_a_reason(run, cora, row,
                                                                         problem):
    content = csv_bytes(["Full name", "E-mail", "Phone", "Postal address"], row)
    _batch, preview = imports.upload("enrolments", run, content, "signups.csv", by=cora)
    assert not preview.ok
    assert problem in " ".join(str(p) for r in preview.rows for p in r.problems)


def test_the_same_phone_twice_in_a_sheet_is_caught(run, cora):
    content = csv_bytes(["Full name", "Phone"], ["One", "07911 123456"],
                        ["Two", "+447911123456"])
    _batch, preview = imports.upload("enrolments", run, content, "signups.csv", by=cora)
    assert "the same e-mail address or phone number" in " ".join(
        str(p) for r in preview.rows for p in r.problems)


def test_their_details_are_in_their_data_and_erased_with_it():
    person = create_participant_for("", "Seumas Letter", phone="07911 123456",
                                    postal_address=ADDRESS)
    mine = export_data(person)
    profile = mine["profile"]
    assert (profile["phone"], profile["postal_address"]) == ("+447911123456", ADDRESS)
    erase(person)
    person.refresh_from_db()
    assert (str(person.phone), person.postal_address, person.contact_channels) == ("", "", [])


def test_listings_show_how_to_reach_them_not_an_empty_e_mail(coordinator, run):
    peigi = create_participant_for("", "Peigi Fòn", phone="01463 712345")
    create_participant_for("", "Seumas Letter", postal_address="2 Harbour Road\r\nUllapool")
    enrolment_service.enrol(run, peigi)
    schedule = coordinator.get(f"/admin/course_runs/{run.pk}/schedule/").content.decode()
    assert "Peigi Fòn<br><span class=\"w-text-14\">01463 712345</span>" in schedule
    people = coordinator.get("/admin/people/?q=Seumas").content.decode()
    assert "2 Harbour Road" in people
    assert User.objects.get(full_name="Seumas Letter").postal_address == (
        "2 Harbour Road\nUllapool")  # line breaks as typed in a browser, kept plain
