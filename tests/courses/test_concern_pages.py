"""The "raise a concern" page from the delivery view, and the safeguarding leads' pages in the
admin: who may open what, a double tap raising one concern, every look audited, closing."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from accounts.models import AuditEntry
from courses.models import Concern
from courses.services import enrolment, scheduling
from tests.accounts.factories import UserFactory
from tests.courses.factories import CourseRunFactory, TrainerProfileFactory

pytestmark = pytest.mark.django_db
WORRY = "Mentioned feeling hopeless and has stopped eating."


@pytest.fixture
def under_way(run, tara_profile, pat):
    """Session 1 of Tara's run began ten minutes ago; Pat has a place."""
    scheduling.assign_trainer(run, tara_profile, "lead")
    session = run.sessions.order_by("starts_at").first()
    session.starts_at = timezone.now() - timedelta(minutes=10)
    session.ends_at = session.starts_at + timedelta(hours=2)
    session.save()
    return session, enrolment.enrol(run, pat)


def _url(session, place) -> str:
    return f"/trainer/sessions/{session.pk}/concerns/{place.pk}/"


def test_a_trainer_raises_a_concern_once_however_often_the_form_is_sent(client, under_way,
                                                                        tara):
    session, place = under_way
    client.force_login(tara)
    delivery = client.get(f"/trainer/sessions/{session.pk}/").content.decode()
    assert f'href="{_url(session, place)}"' in delivery
    form = client.get(_url(session, place)).content.decode()
    key = form.split('name="submission" value="')[1].split('"')[0]
    data = {"kind": "wellbeing", "details": WORRY, "submission": key}
    first, again = client.post(_url(session, place), data), client.post(_url(session, place),
                                                                           data)
    assert first.status_code == again.status_code == 302
    assert Concern.objects.get().details == WORRY
    page = client.get(f"/trainer/sessions/{session.pk}/").content.decode()
    assert "Your concern has gone to the people who look after safeguarding" in page
    assert WORRY not in page  # not shown again, not even to whoever raised it


def test_a_shadow_may_raise_one_too(client, under_way):
    session, place = under_way
    shadow = UserFactory(roles=["Peer trainer"])
    scheduling.assign_trainer(session.run, TrainerProfileFactory(user=shadow), "shadow")
    client.force_login(shadow)
    assert client.post(_url(session, place), {"kind": "safeguarding", "details": WORRY}
                       ).status_code == 302
    assert Concern.objects.get().raised_by == shadow


def test_what_is_missing_is_asked_for(client, under_way, tara):
    session, place = under_way
    client.force_login(tara)
    response = client.post(_url(session, place), {"kind": "wellbeing"})
    assert response.status_code == 400 and "Say what you noticed." in response.content.decode()


def test_nobody_else_reaches_a_person_through_the_page(client, under_way, sam, course):
    session, _place = under_way
    elsewhere = enrolment.enrol(CourseRunFactory(course=course, sessions=1), sam)
    client.force_login(session.run.facilitations.get().trainer.user)
    assert client.get(_url(session, elsewhere)).status_code == 404


def test_the_safeguarding_lead_reads_and_closes_it_and_every_look_is_noted(client, under_way,
                                                                          tara, cora):
    session, place = under_way
    client.force_login(tara)
    client.post(_url(session, place), {"kind": "wellbeing", "details": WORRY})
    concern = Concern.objects.get()
    client.force_login(cora)
    assert client.get("/admin/concerns/").status_code == 403  # a coordinator, not a lead
    assert client.get(f"/admin/concerns/{concern.pk}/").status_code == 403
    cora.groups.add(Group.objects.get(name="Safeguarding leads"))
    listing = client.get("/admin/concerns/").content.decode()
    assert f"Concern #{concern.pk}" in listing and WORRY not in listing
    assert WORRY in client.get(f"/admin/concerns/{concern.pk}/").content.decode()
    client.get(f"/admin/concerns/{concern.pk}/")
    assert AuditEntry.objects.filter(object_type="courses.concern", actor=cora).count() == 2
    response = client.post(f"/admin/concerns/{concern.pk}/",
                           {"action_taken": "Called her; she agreed to see her GP."})
    assert response.status_code == 302
    concern.refresh_from_db()
    assert (concern.closed_by, concern.action_taken) == (cora, "Called her; she agreed to see "
                                                               "her GP.")
    assert "Closed by Cora Coordinator" in client.get("/admin/concerns/").content.decode()


def test_closing_needs_an_action(client, under_way, tara, cora):
    session, place = under_way
    client.force_login(tara)
    client.post(_url(session, place), {"kind": "wellbeing", "details": WORRY})
    cora.groups.add(Group.objects.get(name="Safeguarding leads"))
    client.force_login(cora)
    response = client.post(f"/admin/concerns/{Concern.objects.get().pk}/", {"action_taken": ""})
    assert response.status_code == 400 and Concern.objects.get().is_open
