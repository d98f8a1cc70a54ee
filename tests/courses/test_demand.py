"""Demand requests: "tell me when there's a course near me". Recorded once per person, course
and area; told once per request and run, only of runs that fit; closed on enrolling, on
withdrawing and after a year."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from accounts.models import ConsentPurpose, ContactChannel, User
from accounts.services.consent import has_consent, withdraw_consent
from courses.models import DemandRequest, DemandStatus, OutboxMessage, TimeOfDay
from courses.services import demand, enrolment, texts
from courses.services.emails import build_message
from courses.services.errors import DemandError
from courses.tasks import close_expired_demand_task, tell_people_about_run_task
from tests.courses.factories import CourseRunFactory, VenueFactory

pytestmark = pytest.mark.django_db


def ask(person, course, area, **wish) -> DemandRequest:
    wish = {"language": "en", "times": TimeOfDay.EITHER, "online_ok": False,
            "access_needs": [], "consented": True, **wish}
    return demand.record_demand(person, course, area=area, **wish)


def open_run(course, *, venue=None, evening=False, sessions=3, **fields):
    """An open run of ``course``, its sessions a week from now at 10:00 (or 18:30)."""
    first = (timezone.localtime() + timedelta(days=7)).replace(
        hour=18 if evening else 10, minute=30 if evening else 0, second=0, microsecond=0)
    return CourseRunFactory(course=course, venue=venue or VenueFactory(), sessions=sessions,
                            sessions__first_session_at=first, **fields)


# --- recording -------------------------------------------------------------------------------

def test_it_records_what_someone_wants_and_their_consent(pat, course, highland):
    request = ask(pat, course, highland, language="gd", times=TimeOfDay.EVENING,
                  online_ok=True, access_needs=["large_print", "step_free"])
    assert (request.person, request.course, request.area) == (pat, course, highland)
    assert (request.language, request.times, request.online_ok) == ("gd", "evening", True)
    assert request.access_needs == ["step_free", "large_print"]  # in the one order
    assert request.status == DemandStatus.OPEN
    assert has_consent(pat, ConsentPurpose.HEAR_OF_COURSES_NEARBY)


def test_it_changes_the_waiting_request_rather_than_adding_another(pat, course, highland,
                                                                   glasgow):
    first = ask(pat, course, highland)
    again = ask(pat, course, highland, language="gd", online_ok=True)
    ask(pat, course, glasgow)
    assert again.pk == first.pk
    assert again.created_at == first.created_at  # keeps its place in the queue
    assert DemandRequest.objects.filter(person=pat).count() == 2
    assert DemandRequest.objects.get(pk=first.pk).language == "gd"


def test_it_starts_a_new_request_once_the_old_one_is_closed(pat, course, highland):
    first = ask(pat, course, highland)
    demand.withdraw_demand(first)
    assert ask(pat, course, highland).pk != first.pk


def test_a_gaelic_page_records_the_request_against_the_english_course(pat, course, highland):
    from courses.models import CoursePage
    from tests.cms.test_translated_pages import synchronise_language_trees

    synchronise_language_trees()
    gaelic = CoursePage.objects.exclude(pk=course.pk).get(translation_key=course.translation_key)
    assert ask(pat, gaelic, highland).course_id == course.pk


@pytest.mark.parametrize(("wish", "code"), [
    ({"consented": False}, "no_consent"),
    ({"language": "fr"}, "bad_language"),
    ({"times": "midnight"}, "bad_times"),
    ({"access_needs": ["a_pony"]}, "bad_access_need"),
])
def test_it_refuses_a_wish_it_cannot_keep(pat, course, highland, wish, code):
    with pytest.raises(DemandError) as error:
        ask(pat, course, highland, **wish)
    assert error.value.code == code
    assert not DemandRequest.objects.exists()


def test_it_refuses_a_self_paced_module(pat, catalogue, highland):
    from tests.courses.factories import CoursePageFactory

    module = CoursePageFactory(parent=catalogue, delivery="self_paced", cpd_hours=2,
                               audience="health_staff")
    with pytest.raises(DemandError) as error:
        ask(pat, module, highland)
    assert error.value.code == "self_paced"


def test_it_refuses_someone_it_could_not_reach(course, highland):
    nobody = User.objects.create_user(email=None, full_name="No Way", contact_channels=[])
    nobody.contact_channels = ["text"]  # a text, without a phone number
    nobody.save()
    with pytest.raises(DemandError) as error:
        ask(nobody, course, highland)
    assert error.value.code == "unreachable"


def test_a_visitor_with_only_a_phone_becomes_a_person_reached_by_text(course, highland):
    request = demand.record_visitor_demand(
        course, full_name="Mhairi NicLeòid", phone="07911 123456", preferred_language="gd",
        area=highland, language="gd", times="either", online_ok=False, access_needs=[],
        consented=True)
    person = request.person
    assert person.email is None and str(person.phone) == "+447911123456"
    assert person.reachable_by() == [ContactChannel.TEXT]
    assert person.preferred_language == "gd"
    assert not person.has_usable_password()


@pytest.mark.parametrize(("contact", "code"), [
    ({"phone": "12345"}, "bad_phone"),
    ({}, "no_contact"),
])
def test_a_visitor_without_a_way_to_reach_them_is_refused(course, highland, contact, code):
    with pytest.raises(DemandError) as error:
        demand.record_visitor_demand(
            course, full_name="Ailig", preferred_language="en", area=highland, language="en",
            times="either", online_ok=False, access_needs=[], consented=True, **contact)
    assert error.value.code == code
    assert not User.objects.filter(full_name="Ailig").exists()


def test_a_visitor_sending_the_form_twice_is_recorded_once(course, highland):
    from accounts.services.submissions import AlreadyDone

    details = {"full_name": "Iain", "phone": "07911 123450", "preferred_language": "en",
               "area": highland, "language": "en", "times": "either", "online_ok": False,
               "access_needs": [], "consented": True, "submission_key": "k" * 32}
    demand.record_visitor_demand(course, **details)
    with pytest.raises(AlreadyDone):
        demand.record_visitor_demand(course, **details)
    assert User.objects.filter(full_name="Iain").count() == 1


def test_an_address_with_an_account_records_nothing_and_says_nothing(pat, course, highland):
    result = demand.record_visitor_demand(
        course, full_name="Someone", email="PAT@example.org", preferred_language="en",
        area=highland, language="en", times="either", online_ok=False, access_needs=[],
        consented=True)
    assert result is None
    assert not DemandRequest.objects.exists()


# --- which runs fit --------------------------------------------------------------------------

def test_a_run_in_the_area_in_the_language_at_the_time_fits(pat, course, highland):
    request = ask(pat, course, highland, times=TimeOfDay.DAYTIME)
    assert demand.requests_suited_by(open_run(course)) == [request]


@pytest.mark.parametrize("evening", [False, True])
def test_either_time_of_day_fits_any_run(pat, course, highland, evening):
    request = ask(pat, course, highland, times=TimeOfDay.EITHER)
    assert demand.requests_suited_by(open_run(course, evening=evening)) == [request]


def test_daytime_and_evening_requests_fit_only_runs_at_that_time(pat, sam, course, highland):
    daytime = ask(pat, course, highland, times=TimeOfDay.DAYTIME)
    evening = ask(sam, course, highland, times=TimeOfDay.EVENING)
    assert demand.requests_suited_by(open_run(course)) == [daytime]
    assert demand.requests_suited_by(open_run(course, evening=True)) == [evening]


def test_a_run_of_daytime_and_evening_sessions_fits_only_either(pat, sam, course, highland):
    ask(pat, course, highland, times=TimeOfDay.DAYTIME)
    either = ask(sam, course, highland, times=TimeOfDay.EITHER)
    run = open_run(course)
    last = run.sessions.order_by("starts_at").last()
    last.starts_at += timedelta(hours=9)  # 19:00
    last.ends_at += timedelta(hours=9)
    last.save()
    assert demand.requests_suited_by(run) == [either]


def test_a_run_in_another_area_does_not_fit(pat, course, highland, glasgow):
    ask(pat, course, highland, online_ok=True)
    assert demand.requests_suited_by(open_run(course, venue=VenueFactory(area=glasgow))) == []


def test_an_online_run_fits_only_people_who_would_go_online(pat, sam, course, highland,
                                                            glasgow):
    online = ask(pat, course, glasgow, online_ok=True)
    ask(sam, course, highland, online_ok=False)
    run = open_run(course, venue=VenueFactory(area=None, is_online=True))
    assert demand.requests_suited_by(run) == [online]


def test_a_run_in_another_language_does_not_fit(pat, course, highland):
    ask(pat, course, highland, language="gd")
    assert demand.requests_suited_by(open_run(course)) == []
    assert len(demand.requests_suited_by(open_run(course, language="gd"))) == 1


def test_a_run_must_offer_everything_they_need(pat, course, highland):
    ask(pat, course, highland, access_needs=["step_free", "bsl_interpreter"])
    venue = VenueFactory(access_features=["step_free"])
    assert demand.requests_suited_by(open_run(course, venue=venue)) == []
    with_interpreter = open_run(course, venue=venue, access_features=["bsl_interpreter"])
    assert len(demand.requests_suited_by(with_interpreter)) == 1


def test_a_run_of_another_course_does_not_fit(pat, course, catalogue, highland):
    from tests.courses.factories import CoursePageFactory

    ask(pat, course, highland)
    other = CoursePageFactory(parent=catalogue)
    assert demand.requests_suited_by(open_run(other)) == []


def test_someone_who_withdrew_their_consent_is_not_told(pat, course, highland):
    ask(pat, course, highland)
    withdraw_consent(pat, ConsentPurpose.HEAR_OF_COURSES_NEARBY)
    assert demand.requests_suited_by(open_run(course)) == []


# --- telling ---------------------------------------------------------------------------------

def _ready_draft(course, tara_profile):
    """A draft run with sessions and two trainers, one of them a peer: ready to open."""
    from courses.services import scheduling
    from tests.courses.factories import AccreditationFactory, TrainerProfileFactory

    run = open_run(course, status="draft")
    second = TrainerProfileFactory(kind="professional")
    AccreditationFactory(trainer=second, course=course)
    scheduling.assign_trainer(run, tara_profile, "lead")
    scheduling.assign_trainer(run, second, "co_trainer")
    return run


def test_opening_a_run_tells_each_person_it_fits_once(
        pat, course, highland, tara_profile, django_capture_on_commit_callbacks):
    from courses.services import scheduling

    request = ask(pat, course, highland)
    run = _ready_draft(course, tara_profile)
    with django_capture_on_commit_callbacks(execute=True):
        scheduling.open_run(run)
    message = OutboxMessage.objects.get(kind="course_nearby")
    assert (message.recipient, message.key) == (pat, f"course_nearby:{request.pk}:{run.pk}")
    assert [sent.to for sent in mail.outbox] == [[pat.email]]
    request.refresh_from_db()
    assert request.status == DemandStatus.TOLD and request.told_at is not None


def test_the_task_run_twice_tells_once(pat, mhairi, course, highland):
    ask(pat, course, highland)
    ask(mhairi, course, highland)
    run = open_run(course)
    assert tell_people_about_run_task.apply(args=[run.pk]).get() == 2
    assert tell_people_about_run_task.apply(args=[run.pk]).get() == 0
    assert OutboxMessage.objects.filter(kind="course_nearby").count() == 2
    assert tell_people_about_run_task.apply(args=[0]).get() == 0  # a run since deleted


def test_someone_told_keeps_waiting_and_hears_of_the_next_run_too(pat, course, highland):
    ask(pat, course, highland)
    demand.tell_people_about(open_run(course))
    assert demand.tell_people_about(open_run(course)) == 1
    assert OutboxMessage.objects.filter(recipient=pat, kind="course_nearby").count() == 2


def test_a_run_that_is_not_open_tells_nobody(pat, course, highland):
    ask(pat, course, highland)
    assert demand.tell_people_about(open_run(course, status="draft")) == 0


def test_the_message_goes_by_text_names_no_course_and_fits_two_segments(mhairi, course,
                                                                         highland):
    ask(mhairi, course, highland)
    run = open_run(course)
    demand.tell_people_about(run)
    message = OutboxMessage.objects.get(kind="course_nearby")
    assert message.channel == ContactChannel.TEXT
    text = build_message(message)
    assert text.to == "+447911123456"
    assert course.title not in text.body
    assert f"/runs/{run.pk}/" in text.body
    assert texts.segments(text.body) <= texts.MAX_SEGMENTS


@pytest.mark.parametrize(("language", "words"), [("en", "new dates near you"),
                                                 ("gd", "A Mhàiri")])
def test_the_text_is_in_their_language(course, highland, language, words):
    from accounts.services.profile import create_participant_for

    person = create_participant_for("", "Màiri Dhòmhnallach", phone="07911 123458",
                                    language=language)
    ask(person, course, highland)
    demand.tell_people_about(open_run(course))
    body = build_message(OutboxMessage.objects.get(kind="course_nearby")).body
    assert words in body, body


def test_the_e_mail_names_no_course_and_links_to_the_run(pat, course, highland):
    ask(pat, course, highland)
    run = open_run(course)
    demand.tell_people_about(run)
    email = build_message(OutboxMessage.objects.get(kind="course_nearby"))
    assert course.title not in email.subject + email.body
    assert f"http://testserver/runs/{run.pk}/" in email.body
    assert f"/runs/{run.pk}/" in email.alternatives[0][0]


def test_nothing_is_sent_once_they_have_enrolled(pat, course, highland):
    ask(pat, course, highland)
    run = open_run(course)
    demand.tell_people_about(run)
    message = OutboxMessage.objects.get(kind="course_nearby")
    enrolment.enrol(open_run(course), pat)
    assert build_message(message) is None


# --- closing ---------------------------------------------------------------------------------

def test_enrolling_on_any_run_of_the_course_closes_their_requests(pat, course, highland,
                                                                  glasgow):
    here, there = ask(pat, course, highland), ask(pat, course, glasgow)
    enrolment.enrol(open_run(course), pat)
    for request in (here, there):
        request.refresh_from_db()
        assert request.status == DemandStatus.ENROLLED and request.closed_at is not None


def test_a_waiting_list_place_closes_it_too(pat, sam, course, highland):
    request = ask(pat, course, highland)
    full = open_run(course, capacity=1)
    enrolment.enrol(full, sam)
    assert enrolment.enrol(full, pat).status == "waitlisted"
    request.refresh_from_db()
    assert request.status == DemandStatus.ENROLLED


def test_enrolling_on_another_course_leaves_it_open(pat, course, catalogue, highland):
    from tests.courses.factories import CoursePageFactory

    request = ask(pat, course, highland)
    enrolment.enrol(open_run(CoursePageFactory(parent=catalogue)), pat)
    request.refresh_from_db()
    assert request.status == DemandStatus.OPEN


def test_a_request_expires_twelve_months_after_it_was_made(pat, course, highland,
                                                          time_machine):
    time_machine.move_to("2026-03-10 12:00:00+00:00", tick=False)
    request = ask(pat, course, highland)
    time_machine.move_to("2027-03-10 11:59:00+00:00", tick=False)
    assert close_expired_demand_task.apply().get() == 0
    time_machine.move_to("2027-03-10 12:00:00+00:00", tick=False)
    assert close_expired_demand_task.apply().get() == 1
    assert close_expired_demand_task.apply().get() == 0  # runs twice, closes once
    request.refresh_from_db()
    assert request.status == DemandStatus.EXPIRED
    assert request.closed_at == timezone.now()


def test_withdrawing_closes_it_and_twice_is_harmless(pat, course, highland):
    request = demand.withdraw_demand(ask(pat, course, highland))
    assert request.status == DemandStatus.WITHDRAWN
    closed_at = request.closed_at
    assert demand.withdraw_demand(request).closed_at == closed_at


def test_a_closed_request_is_never_told(pat, course, highland):
    demand.withdraw_demand(ask(pat, course, highland))
    assert demand.tell_people_about(open_run(course)) == 0


# --- my data ---------------------------------------------------------------------------------

def test_my_data_holds_my_requests_and_leaving_erases_them(pat, sam, course, highland):
    from accounts.services import my_data

    ask(pat, course, highland, access_needs=["large_print"])
    ask(sam, course, highland)
    [mine] = my_data.export_data(pat)["demand_requests"]
    assert (mine["course"], mine["area"], mine["access_needs"]) == (
        course.title, "Highland", ["large_print"])
    my_data.erase(pat)
    assert list(DemandRequest.objects.values_list("person", flat=True)) == [sam.pk]
