"""Places, the waiting list and offers, tested where the rules live."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import ConsentPurpose
from accounts.services.consent import has_consent
from courses.models import EndReason, Enrolment, EnrolmentStatus, OutboxMessage
from courses.services import enrolment as service
from courses.services.errors import EnrolmentError
from tests.accounts.factories import UserFactory
from tests.courses.factories import CourseRunFactory

pytestmark = pytest.mark.django_db


def _fill(run, count):
    return [service.enrol(run, UserFactory()) for _ in range(count)]


def _kinds(user):
    return list(OutboxMessage.objects.filter(recipient=user).values_list("kind", flat=True))


def test_it_confirms_a_place_and_owes_a_confirmation(run, pat):
    enrolment = service.enrol(run, pat)
    assert enrolment.status == EnrolmentStatus.CONFIRMED
    assert enrolment.confirmed_at is not None
    assert _kinds(pat) == ["enrolment_confirmed"]


def test_enrolling_twice_is_harmless(run, pat):
    first = service.enrol(run, pat)
    second = service.enrol(run, pat)
    assert first.pk == second.pk
    assert Enrolment.objects.filter(run=run, user=pat).count() == 1
    assert _kinds(pat) == ["enrolment_confirmed"]


def test_a_full_run_puts_people_on_a_first_come_waiting_list(course, pat, sam):
    run = CourseRunFactory(course=course, capacity=2, sessions=3)
    _fill(run, 2)
    first = service.enrol(run, pat)
    second = service.enrol(run, sam)
    assert (first.status, second.status) == (EnrolmentStatus.WAITLISTED,) * 2
    positions = dict(Enrolment.objects.with_waitlist_position().filter(run=run)
                     .values_list("user__email", "waitlist_position"))
    assert positions[pat.email] == 1 and positions[sam.email] == 2
    assert _kinds(pat) == ["waitlisted"]


@pytest.mark.parametrize("status, code", [
    ("draft", "run_not_open"), ("closed", "run_not_open"), ("finished", "run_not_open"),
    ("cancelled", "run_cancelled"),
])
def test_it_refuses_runs_not_taking_enrolments(course, pat, status, code):
    run = CourseRunFactory(course=course, status=status, sessions=1)
    with pytest.raises(EnrolmentError) as error:
        service.enrol(run, pat)
    assert error.value.code == code
    assert not Enrolment.objects.exists()


def test_it_refuses_before_the_window_opens_and_after_it_closes(course, pat):
    now = timezone.now()
    early = CourseRunFactory(course=course, enrolment_opens=now + timedelta(days=2), sessions=1)
    late = CourseRunFactory(course=course, enrolment_closes=now - timedelta(hours=1), sessions=1)
    with pytest.raises(EnrolmentError) as error:
        service.enrol(early, pat)
    assert error.value.code == "enrolment_not_open_yet"
    with pytest.raises(EnrolmentError) as error:
        service.enrol(late, pat)
    assert error.value.code == "enrolment_closed"


def test_a_coordinator_can_add_someone_outside_the_window(course, pat):
    run = CourseRunFactory(course=course, status="closed",
                           enrolment_closes=timezone.now() - timedelta(days=1), sessions=1)
    assert service.enrol(run, pat, by_coordinator=True).status == EnrolmentStatus.CONFIRMED


def test_withdrawing_offers_the_place_to_the_first_person_waiting(course, pat, sam):
    run = CourseRunFactory(course=course, capacity=1, sessions=3)
    holder = service.enrol(run, UserFactory())
    service.enrol(run, pat)
    service.enrol(run, sam)
    now = timezone.now()
    service.withdraw(holder, now=now)
    holder.refresh_from_db()
    assert (holder.status, holder.end_reason) == (EnrolmentStatus.WITHDRAWN, EndReason.WITHDREW)
    offered = Enrolment.objects.get(run=run, user=pat)
    assert offered.status == EnrolmentStatus.OFFERED
    assert offered.offer_expires_at == now + timedelta(hours=48)
    assert Enrolment.objects.get(run=run, user=sam).status == EnrolmentStatus.WAITLISTED
    assert "place_offered" in _kinds(pat)


def test_an_offer_never_runs_past_the_first_session(course, pat):
    first_session = timezone.now() + timedelta(hours=5)
    run = CourseRunFactory(course=course, capacity=1, sessions=2,
                           sessions__first_session_at=first_session)
    holder = service.enrol(run, UserFactory())
    service.enrol(run, pat)
    service.withdraw(holder)
    assert Enrolment.objects.get(user=pat).offer_expires_at == run.sessions.first().starts_at


def test_accepting_an_offer_confirms_the_place_once(course, pat):
    run = CourseRunFactory(course=course, capacity=1, sessions=2)
    holder = service.enrol(run, UserFactory())
    waiting = service.enrol(run, pat)
    service.withdraw(holder)
    assert service.accept_offer(waiting).status == EnrolmentStatus.CONFIRMED
    assert service.accept_offer(waiting).status == EnrolmentStatus.CONFIRMED
    assert _kinds(pat).count("enrolment_confirmed") == 1


def test_an_expired_offer_cannot_be_accepted_and_passes_on(course, pat, sam):
    run = CourseRunFactory(course=course, capacity=1, sessions=2,
                           sessions__first_session_at=timezone.now() + timedelta(days=10))
    holder = service.enrol(run, UserFactory())
    waiting = service.enrol(run, pat)
    service.enrol(run, sam)
    service.withdraw(holder)
    later = timezone.now() + timedelta(hours=49)
    with pytest.raises(EnrolmentError) as error:
        service.accept_offer(waiting, now=later)
    assert error.value.code == "offer_expired"
    assert service.expire_offers(now=later) == 1
    assert service.expire_offers(now=later) == 0  # running it again changes nothing
    waiting.refresh_from_db()
    assert (waiting.status, waiting.end_reason) == (EnrolmentStatus.WITHDRAWN,
                                                    EndReason.OFFER_EXPIRED)
    assert "offer_expired" in _kinds(pat)
    assert Enrolment.objects.get(user=sam).status == EnrolmentStatus.OFFERED


def test_anyone_can_leave_the_waiting_list(course, pat):
    run = CourseRunFactory(course=course, capacity=1, sessions=1)
    _fill(run, 1)
    waiting = service.enrol(run, pat)
    left = service.withdraw(waiting)
    assert (left.status, left.end_reason) == (EnrolmentStatus.WITHDRAWN,
                                              EndReason.LEFT_WAITING_LIST)


def test_someone_who_withdrew_can_enrol_again_on_the_same_row(run, pat):
    first = service.enrol(run, pat)
    service.withdraw(first)
    again = service.enrol(run, pat)
    assert again.pk == first.pk
    assert again.status == EnrolmentStatus.CONFIRMED
    assert again.end_reason == ""


def test_withdrawing_twice_says_so(run, pat):
    enrolment = service.enrol(run, pat)
    service.withdraw(enrolment)
    with pytest.raises(EnrolmentError) as error:
        service.withdraw(enrolment)
    assert error.value.code == "not_on_run"


def test_someone_who_completed_cannot_enrol_again(run, pat):
    enrolment = service.enrol(run, pat)
    Enrolment.objects.filter(pk=enrolment.pk).update(status=EnrolmentStatus.COMPLETED)
    with pytest.raises(EnrolmentError) as error:
        service.enrol(run, pat)
    assert error.value.code == "already_took_part"


def test_a_coordinator_confirms_someone_waiting_only_when_a_place_is_free(course, pat):
    run = CourseRunFactory(course=course, capacity=1, sessions=1)
    _fill(run, 1)
    waiting = service.enrol(run, pat)
    with pytest.raises(EnrolmentError) as error:
        service.confirm_from_waiting_list(waiting)
    assert error.value.code == "run_full"
    run.capacity = 2
    run.save()
    assert service.confirm_from_waiting_list(waiting).status == EnrolmentStatus.CONFIRMED


def test_requesting_a_place_keeps_access_needs_and_the_consent_to_share_them(run, pat):
    service.request_place(run, pat, access_needs=" Hearing loop, please. ",
                          share_access_needs=True)
    pat.refresh_from_db()
    assert pat.access_needs == "Hearing loop, please."
    assert has_consent(pat, ConsentPurpose.SHARE_ACCESS_NEEDS)
    service.request_place(run, pat, access_needs="", share_access_needs=False)
    assert not has_consent(pat, ConsentPurpose.SHARE_ACCESS_NEEDS)
