"""A group with a maximum is never overfilled by people joining at once, on PostgreSQL with real
threads. The negative control takes the lock away and holds every thread between counting the
members and saving: it overfills, which shows the main test would see a race."""

import threading

import pytest
from django.db import connection

from community.models import MembershipStatus, SupportGroup
from community.services import group_membership
from tests.accounts.factories import UserFactory
from tests.community.factories import SupportGroupFactory

pytestmark = [pytest.mark.postgres,
              pytest.mark.django_db(transaction=True, serialized_rollback=True)]
PEOPLE = 30
PLACES = 8


def _join_at_once(group, people):
    start = threading.Barrier(len(people), timeout=30)
    statuses, errors = [], []

    def attempt(person):
        try:
            start.wait()
            statuses.append(group_membership.join(group, person).status)
        except Exception as error:  # collected and asserted on below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return statuses, errors


@pytest.fixture
def crowd():
    return SupportGroupFactory(max_members=PLACES), [UserFactory() for _ in range(PEOPLE)]


def test_thirty_people_at_once_fill_eight_places_and_wait_in_turn(crowd):
    group, people = crowd
    statuses, errors = _join_at_once(group, people)
    assert errors == []
    assert statuses.count(MembershipStatus.MEMBER) == PLACES
    assert group.memberships.members().count() == PLACES
    waiting = [group_membership.waiting_position(m) for m in group.memberships.waiting_in_order()]
    assert waiting == list(range(1, PEOPLE - PLACES + 1))


def test_negative_control_without_the_lock_the_same_crowd_overfills(crowd, monkeypatch):
    group, people = crowd
    counted = threading.Barrier(PEOPLE, timeout=30)
    count_members = group_membership._members

    def count_then_wait(group):
        members = count_members(group)
        counted.wait()  # nobody saves until everybody has counted
        return members

    monkeypatch.setattr(type(SupportGroup.objects), "locked",
                        lambda groups, pk: groups.get(pk=pk))
    monkeypatch.setattr(group_membership, "_members", count_then_wait)
    statuses, errors = _join_at_once(group, people)
    assert errors == []
    assert statuses.count(MembershipStatus.MEMBER) > PLACES
