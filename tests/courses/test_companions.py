"""A carer and the person they care for, enrolled together: on a course where companions take
places the two are placed, kept waiting, offered and confirmed as one; on a course where the
companion comes to support, only the participant takes a place. Each keeps their own row."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import User
from accounts.services.profile import (
    ContactError,
    create_companion_for,
    create_participant_for,
)
from courses.models import Companions, EndReason, EnrolmentStatus, OutboxMessage
from courses.services import enrolment as service
from courses.services.errors import EnrolmentError
from tests.accounts.factories import UserFactory
from tests.courses.factories import CoursePageFactory, CourseRunFactory

pytestmark = pytest.mark.django_db

CONFIRMED, WAITLISTED, OFFERED, WITHDRAWN = (
    EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED, EnrolmentStatus.OFFERED,
    EnrolmentStatus.WITHDRAWN)


@pytest.fixture
def carers_course(catalogue):
    return CoursePageFactory(parent=catalogue, audience="carers",
                             companions=Companions.TAKE_PLACES)


def _run(course, places):
    return CourseRunFactory(course=course, capacity=places, sessions=3)


def _fill(run, count):
    return [service.enrol(run, UserFactory()) for _ in range(count)]


def _statuses(*enrolments):
    return tuple(type(e).objects.get(pk=e.pk).status for e in enrolments)


def _pair(run, carer, cared_for):
    first = service.enrol(run, carer, companion=cared_for)
    return first, run.enrolments.get(user=cared_for)


def test_a_pair_on_a_carers_course_both_take_places_and_each_is_told(carers_course, pat, sam):
    run = _run(carers_course, 4)
    carer, cared_for = _pair(run, pat, sam)
    assert _statuses(carer, cared_for) == (CONFIRMED, CONFIRMED)
    assert (carer.companion, cared_for.companion) == (sam, pat)
    assert carer.partner() == cared_for and cared_for.partner() == carer
    assert run.enrolments.holding_places().count() == 2
    assert sorted(OutboxMessage.objects.filter(kind="enrolment_confirmed")
                  .values_list("recipient__email", flat=True)) == sorted([pat.email, sam.email])


def test_a_supporter_on_a_condition_course_takes_no_place(course, pat, sam):
    run = _run(course, 4)
    enrolment = service.enrol(run, pat, companion=sam)
    assert enrolment.status == CONFIRMED and enrolment.companion == sam
    assert not run.enrolments.filter(user=sam).exists()
    assert enrolment.partner() is None
    assert run.enrolments.holding_places().count() == 1


def test_a_pair_waits_together_when_only_one_place_is_left(carers_course, pat, sam):
    run = _run(carers_course, 3)
    _fill(run, 2)
    carer, cared_for = _pair(run, pat, sam)
    assert _statuses(carer, cared_for) == (WAITLISTED, WAITLISTED)
    assert run.enrolments.holding_places().count() == 2


def test_enrolling_a_pair_twice_is_harmless(carers_course, pat, sam):
    run = _run(carers_course, 4)
    _pair(run, pat, sam)
    service.enrol(run, pat, companion=sam)
    service.enrol(run, pat)
    assert run.enrolments.count() == 2
    assert OutboxMessage.objects.filter(kind="enrolment_confirmed").count() == 2


@pytest.mark.parametrize("companion_already, code", [
    ("on_run", "on_run_without_companion"), ("self", "own_companion")])
def test_it_refuses_a_pair_that_cannot_be(carers_course, pat, sam, companion_already, code):
    run = _run(carers_course, 4)
    companion = pat if companion_already == "self" else sam
    if companion_already == "on_run":
        service.enrol(run, sam)
    with pytest.raises(EnrolmentError) as error:
        service.enrol(run, pat, companion=companion)
    assert error.value.code == code
    assert not run.enrolments.filter(user=pat).exists()


def test_someone_on_the_run_alone_cannot_be_given_a_companion_by_enrolling_again(
        carers_course, pat, sam):
    run = _run(carers_course, 4)
    service.enrol(run, pat)
    with pytest.raises(EnrolmentError) as error:
        service.enrol(run, pat, companion=sam)
    assert error.value.code == "on_run_without_companion"


def test_a_freed_place_goes_past_a_pair_to_someone_needing_one_and_the_pair_keeps_its_turn(
        carers_course, pat, sam):
    run = _run(carers_course, 3)
    first, *_ = _fill(run, 3)
    carer, cared_for = _pair(run, pat, sam)
    [single] = _fill(run, 1)
    service.withdraw(first)
    assert _statuses(carer, cared_for, single) == (WAITLISTED, WAITLISTED, OFFERED)
    service.withdraw(type(single).objects.get(pk=single.pk))  # one free: still not enough
    assert _statuses(carer, cared_for) == (WAITLISTED, WAITLISTED)


def test_a_pair_is_offered_places_when_two_are_free_and_one_acceptance_confirms_both(
        carers_course, pat, sam):
    run = _run(carers_course, 2)
    taken = _fill(run, 2)
    carer, cared_for = _pair(run, pat, sam)
    service.withdraw(taken[0])
    assert _statuses(carer, cared_for) == (WAITLISTED, WAITLISTED)
    service.withdraw(taken[1])
    assert _statuses(carer, cared_for) == (OFFERED, OFFERED)
    service.accept_offer(cared_for)
    assert _statuses(carer, cared_for) == (CONFIRMED, CONFIRMED)


def test_a_pairs_offer_lapses_for_both(carers_course, pat, sam):
    run = _run(carers_course, 2)
    taken = _fill(run, 2)
    carer, cared_for = _pair(run, pat, sam)
    for enrolment in taken:
        service.withdraw(enrolment)
    service.expire_offers(now=timezone.now() + timedelta(days=30))
    carer.refresh_from_db()
    cared_for.refresh_from_db()
    assert (carer.end_reason, cared_for.end_reason) == (EndReason.OFFER_EXPIRED,) * 2


def test_a_coordinator_confirms_a_waiting_pair_only_when_both_fit(carers_course, pat, sam):
    run = _run(carers_course, 3)
    _fill(run, 2)
    carer, cared_for = _pair(run, pat, sam)
    with pytest.raises(EnrolmentError) as error:
        service.confirm_from_waiting_list(cared_for)
    assert error.value.code == "run_full"
    run.capacity = 4
    run.save()
    service.confirm_from_waiting_list(cared_for)
    assert _statuses(carer, cared_for) == (CONFIRMED, CONFIRMED)


def test_withdrawing_one_of_a_pair_asks_whether_the_other_stays(carers_course, pat, sam):
    run = _run(carers_course, 4)
    carer, cared_for = _pair(run, pat, sam)
    with pytest.raises(EnrolmentError) as error:
        service.withdraw(carer)
    assert error.value.code == "ask_if_companion_stays"
    assert _statuses(carer, cared_for) == (CONFIRMED, CONFIRMED)


def test_the_other_can_stay_on_alone(carers_course, pat, sam):
    run = _run(carers_course, 4)
    carer, cared_for = _pair(run, pat, sam)
    service.withdraw(carer, companion_stays=True)
    assert _statuses(carer, cared_for) == (WITHDRAWN, CONFIRMED)
    cared_for.refresh_from_db()
    assert cared_for.companion is None and cared_for.partner() is None
    service.withdraw(cared_for)  # now alone: nothing to ask


def test_both_can_leave_and_their_two_places_go_to_those_waiting(carers_course, pat, sam):
    run = _run(carers_course, 2)
    carer, cared_for = _pair(run, pat, sam)
    waiting = _fill(run, 2)
    service.withdraw(carer, companion_stays=False, by_coordinator=True)
    assert _statuses(carer, cared_for) == (WITHDRAWN, WITHDRAWN)
    cared_for.refresh_from_db()
    assert cared_for.end_reason == EndReason.WITHDRAWN_BY_COORDINATOR
    assert _statuses(*waiting) == (OFFERED, OFFERED)


def test_a_pair_can_come_back_together_after_leaving(carers_course, pat, sam):
    run = _run(carers_course, 4)
    carer, _ = _pair(run, pat, sam)
    service.withdraw(carer, companion_stays=False)
    again, partner = _pair(run, pat, sam)
    assert again.pk == carer.pk
    assert _statuses(again, partner) == (CONFIRMED, CONFIRMED)


def test_a_companion_without_details_of_their_own_is_reached_like_the_person_they_come_with(
        db):
    murchadh = create_participant_for("", "Murchadh Litir", phone="01463 123456",
                                      postal_address="1 Sràid\nIV1 1AA", channels=["phone"])
    seonag = create_companion_for(murchadh, "Seonag Litir")
    assert str(seonag.phone) == "+441463123456"
    assert seonag.postal_address == murchadh.postal_address
    assert seonag.contact_channels == ["phone"]
    assert seonag.email is None and not seonag.has_usable_password()


def test_a_companion_of_someone_with_only_an_e_mail_needs_a_way_to_reach_them(pat):
    with pytest.raises(ContactError) as error:
        create_companion_for(pat, "Someone")
    assert error.value.code == "unreachable"
    assert not User.objects.filter(full_name="Someone").exists()
