"""The coordinator's side of observation: assigning an observer from a run's schedule page
(through the service), the warning about an unobserved only peer trainer, the checklists as
snippets, and the fidelity report per course and per trainer — as Cora, who is not a
superuser."""

from datetime import timedelta

import pytest

from courses.models import FidelityRating, Observation, ObservationStatus
from courses.services import observation as observation_service
from courses.services import scheduling
from courses.services.errors import ObservationError

pytestmark = pytest.mark.django_db


def _sessions(run):
    return list(run.sessions.order_by("starts_at"))


def _observed(observation, lena, checklist, cora, session, ratings):
    observation_service.assign_observer(observation, observer=lena, session=session,
                                        checklist=checklist, by=cora)
    items = list(checklist.items.order_by("sort_order"))
    observation_service.record_observation(
        observation, by=lena.user, coaching_note="Lovely pacing; try a timer.",
        answers={item.pk: (rating, f"note {item.pk}") for item, rating in zip(items, ratings,
                                                                             strict=True)},
        now=session.starts_at + timedelta(hours=1))


def test_a_coordinator_assigns_an_observer_from_the_schedule_page(client, cora, first_run,
                                                                   nia, lena, checklist):
    observation = Observation.objects.get(trainer=nia)
    client.force_login(cora)
    schedule = client.get(f"/admin/course_runs/{first_run.pk}/schedule/").content.decode()
    url = f"/admin/course_runs/{first_run.pk}/observations/{observation.pk}/observer/"
    assert url in schedule and "Nia New" in schedule
    page = client.get(url).content.decode()
    assert "Lena Lead" in page and "Session 2," in page and "Session 1," not in page
    first, second = _sessions(first_run)[:2]
    refused = client.post(url, {"observer": lena.pk, "session": first.pk,
                                "checklist": checklist.pk})
    assert refused.status_code == 200  # session 1 is not one of the choices
    response = client.post(url, {"observer": lena.pk, "session": second.pk,
                                 "checklist": checklist.pk})
    assert response.status_code == 302
    observation.refresh_from_db()
    assert (observation.observer, observation.session, observation.assigned_by) == (
        lena, second, cora)


def test_the_schedule_page_warns_when_the_only_peer_trainer_is_not_yet_observed(
        client, cora, run, nia, lena):
    lena.kind = "professional"
    lena.save()
    scheduling.assign_trainer(run, lena, "lead")
    client.force_login(cora)
    response = client.post(f"/admin/course_runs/{run.pk}/trainers/add/",
                           {"trainer": nia.pk, "role": "co_trainer"}, follow=True)
    assert "the only peer trainer on this run and has not been observed" in (
        response.content.decode())
    schedule = client.get(f"/admin/course_runs/{run.pk}/schedule/").content.decode()
    assert "has not been observed yet" in schedule


def test_coordinators_keep_the_checklists_as_snippets(client, cora, checklist):
    client.force_login(cora)
    listing = client.get("/admin/snippets/courses/fidelitychecklist/")
    assert listing.status_code == 200 and checklist.name in listing.content.decode()
    assert "Peer-led session" in listing.content.decode()  # the one the network starts with


def test_the_fidelity_report_shows_each_course_and_trainer(client, cora, first_run, nia,
                                                           tara_profile, lena, checklist):
    one, two = _sessions(first_run)[1:3]
    _observed(Observation.objects.get(trainer=nia), lena, checklist, cora, one,
              [FidelityRating.MET, FidelityRating.PARTLY, FidelityRating.MET,
               FidelityRating.NOT_MET])
    _observed(Observation.objects.get(trainer=tara_profile), lena, checklist, cora, two,
              [FidelityRating.MET] * 4)
    client.force_login(cora)
    assert not cora.is_superuser
    page = client.get("/admin/fidelity/").content.decode()
    assert "2 trainers observed, 0 waiting." in page
    assert "<th scope=\"row\">Kept time</th><td>2</td><td>0</td><td>0</td>" in page
    assert "<th scope=\"row\">No medical advice</th><td>1</td><td>0</td><td>1</td>" in page
    mine = client.get(f"/admin/fidelity/?trainer={nia.pk}").content.decode()
    assert "1 trainer observed, 0 waiting." in mine
    observation = Observation.objects.get(trainer=nia)
    detail = client.get(f"/admin/fidelity/{observation.pk}/").content.decode()
    assert "Lovely pacing; try a timer." in detail and "Partly met" in detail
    assert observation.status == ObservationStatus.OBSERVED


def test_people_without_the_permission_get_403(client, tara, pat):
    for person in (tara, pat):
        client.force_login(person)
        assert client.get("/admin/fidelity/").status_code == 403
        assert client.get("/admin/accreditations-ending/").status_code == 403


def test_deleting_a_checklist_keeps_what_was_observed_with_it(client, cora, first_run, nia,
                                                              tara_profile, lena, checklist):
    observed = Observation.objects.get(trainer=nia)
    _observed(observed, lena, checklist, cora, _sessions(first_run)[1], [FidelityRating.MET] * 4)
    waiting = Observation.objects.get(trainer=tara_profile)
    observation_service.assign_observer(waiting, observer=lena, session=_sessions(first_run)[2],
                                        checklist=checklist, by=cora)
    client.force_login(cora)
    response = client.post(f"/admin/snippets/courses/fidelitychecklist/delete/{checklist.pk}/")
    assert response.status_code == 302
    observed.refresh_from_db()
    assert observed.answers.count() == 4 and observed.answers.first().item_text == "Kept time"
    with pytest.raises(ObservationError) as refused:
        observation_service.record_observation(waiting, by=lena.user, answers={},
                                               coaching_note="Good.")
    assert refused.value.code == "no_checklist"
