"""The debrief form on the delivery view: for the run's lead and co-trainer once the session
has begun, kept and shown again to change, refused with the reasons when incomplete."""

from datetime import timedelta

import pytest
from django.utils import timezone

from courses.models import SessionDebrief
from courses.services import scheduling
from tests.accounts.factories import UserFactory
from tests.courses.factories import TrainerProfileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(run, tara_profile):
    scheduling.assign_trainer(run, tara_profile, "lead")
    session = run.sessions.order_by("starts_at").first()
    session.starts_at = timezone.now() - timedelta(hours=3)
    session.ends_at = session.starts_at + timedelta(hours=2)
    session.save()
    return session


def test_the_lead_writes_it_and_sees_it_again_to_change(client, session, tara):
    client.force_login(tara)
    page = client.get(f"/trainer/sessions/{session.pk}/").content.decode()
    assert "How did the session go?" in page
    response = client.post(f"/trainer/sessions/{session.pk}/debrief/", {
        "how_it_went": "Good energy.", "what_to_change": "More tea.", "time_kept": "mostly"})
    assert response.status_code == 302
    assert SessionDebrief.objects.get(session=session).what_to_change == "More tea."
    page = client.get(f"/trainer/sessions/{session.pk}/").content.decode()
    assert "Good energy." in page and "Save the changes" in page


def test_an_incomplete_debrief_is_refused_with_the_reasons(client, session, tara):
    client.force_login(tara)
    response = client.post(f"/trainer/sessions/{session.pk}/debrief/", {"how_it_went": ""})
    page = response.content.decode()
    assert response.status_code == 400
    assert "Say in a few words how the session went." in page
    assert "Say whether it kept to time." in page
    assert not SessionDebrief.objects.exists()


def test_a_shadow_reads_it_but_does_not_write_it(client, session, tara):
    SessionDebrief.objects.create(session=session, how_it_went="Calm.", time_kept="yes",
                                  recorded_by=tara)
    shadow = UserFactory(roles=["Peer trainer"])
    scheduling.assign_trainer(session.run, TrainerProfileFactory(user=shadow), "shadow")
    client.force_login(shadow)
    page = client.get(f"/trainer/sessions/{session.pk}/").content.decode()
    assert "Calm." in page and "How did the session go?" not in page
    assert client.post(f"/trainer/sessions/{session.pk}/debrief/", {
        "how_it_went": "x", "time_kept": "yes"}).status_code == 403


def test_there_is_no_form_before_the_session(client, run, tara_profile, tara):
    scheduling.assign_trainer(run, tara_profile, "lead")
    client.force_login(tara)
    later = run.sessions.order_by("starts_at").last()
    assert "How did the session go?" not in client.get(
        f"/trainer/sessions/{later.pk}/").content.decode()
