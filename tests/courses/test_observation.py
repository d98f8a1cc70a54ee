"""Observing a new trainer: their first run as lead or co-trainer is to be observed, once, by an
accredited lead trainer, in one of sessions 2–5; the observer fills in the network's checklist
and the trainer observed reads it, nobody else among the trainers."""

from datetime import timedelta

import pytest
from django.utils import timezone

from courses.models import FidelityRating, Observation, ObservationStatus
from courses.services import observation as observation_service
from courses.services import scheduling
from courses.services.errors import ObservationError
from tests.courses.factories import CourseRunFactory, TrainerProfileFactory

pytestmark = pytest.mark.django_db


def _session(run, number):
    return run.sessions.order_by("starts_at")[number - 1]


def _assigned(first_run, nia, lena, checklist, cora, number=3):
    observation = Observation.objects.get(trainer=nia)
    return observation_service.assign_observer(
        observation, observer=lena, session=_session(first_run, number), checklist=checklist,
        by=cora)


def _all_met(checklist, note=""):
    return {item.pk: (FidelityRating.MET, note) for item in checklist.items.all()}


def test_it_marks_a_trainer_s_first_run_to_be_observed_once(first_run, nia, course):
    observation = Observation.objects.get(trainer=nia)
    assert (observation.run, observation.status) == (first_run, ObservationStatus.TO_BE_OBSERVED)
    later = CourseRunFactory(course=course, sessions=6, sessions__first_session_at=(
        timezone.now() + timedelta(weeks=10)))
    scheduling.assign_trainer(later, nia, "lead")
    assert Observation.objects.filter(trainer=nia).count() == 1
    assert Observation.objects.get(trainer=nia).run == first_run


def test_it_does_not_mark_a_shadow_or_a_trainer_whose_first_run_is_long_over(
        run, course, nia, lena):
    scheduling.assign_trainer(run, nia, "shadow")
    assert not Observation.objects.exists()
    old = CourseRunFactory(course=course, sessions=6, status="finished",
                           sessions__first_session_at=timezone.now() - timedelta(weeks=60))
    scheduling.assign_trainer(old, lena, "lead")
    scheduling.assign_trainer(run, lena, "lead")  # delivered before observations were kept
    assert not Observation.objects.filter(trainer=lena).exists()


def test_it_follows_the_trainer_when_they_leave_their_first_run_before_being_observed(
        first_run, nia, course):
    first_run.status = "draft"  # a run still being put together
    first_run.save()
    later = CourseRunFactory(course=course, sessions=6, status="draft",
                             sessions__first_session_at=timezone.now() + timedelta(weeks=10))
    scheduling.assign_trainer(later, nia, "co_trainer")
    scheduling.remove_trainer(first_run.facilitations.get(trainer=nia))
    assert Observation.objects.get(trainer=nia).run == later
    scheduling.remove_trainer(later.facilitations.get(trainer=nia))
    assert not Observation.objects.filter(trainer=nia).exists()


@pytest.mark.parametrize("number", [2, 3, 4, 5])
def test_it_lets_a_lead_observe_sessions_2_to_5(first_run, nia, lena, checklist, cora, number):
    observation = _assigned(first_run, nia, lena, checklist, cora, number)
    assert observation.status == ObservationStatus.OBSERVER_ASSIGNED
    assert (observation.observer, observation.session) == (lena, _session(first_run, number))


@pytest.mark.parametrize("number", [1, 6])
def test_it_refuses_the_first_session_and_the_sixth(first_run, nia, lena, checklist, cora,
                                                    number):
    with pytest.raises(ObservationError) as refused:
        _assigned(first_run, nia, lena, checklist, cora, number)
    assert refused.value.code == "not_sessions_2_to_5"


def test_it_refuses_a_session_of_another_run(first_run, nia, lena, checklist, cora, course):
    other = CourseRunFactory(course=course, sessions=3)
    with pytest.raises(ObservationError) as refused:
        observation_service.assign_observer(
            Observation.objects.get(trainer=nia), observer=lena, session=_session(other, 2),
            checklist=checklist, by=cora)
    assert refused.value.code == "other_run"


def test_it_refuses_an_observer_who_is_not_a_lead(first_run, nia, tara_profile, checklist,
                                                 cora):
    with pytest.raises(ObservationError) as refused:
        observation_service.assign_observer(
            Observation.objects.get(trainer=nia), observer=tara_profile,
            session=_session(first_run, 2), checklist=checklist, by=cora)
    assert refused.value.code == "observer_not_lead"


def test_it_refuses_a_lead_not_accredited_for_the_course(first_run, nia, checklist, cora):
    other_lead = TrainerProfileFactory(stage="lead")
    with pytest.raises(ObservationError) as refused:
        observation_service.assign_observer(
            Observation.objects.get(trainer=nia), observer=other_lead,
            session=_session(first_run, 2), checklist=checklist, by=cora)
    assert refused.value.code == "observer_not_accredited"


def test_it_refuses_a_lead_whose_accreditation_has_expired(first_run, nia, lena, checklist,
                                                          cora):
    lena.accreditations.update(expires_on=timezone.localdate() - timedelta(days=1))
    with pytest.raises(ObservationError) as refused:
        _assigned(first_run, nia, lena, checklist, cora)
    assert refused.value.code == "observer_not_accredited"


def test_it_refuses_someone_observing_themselves(first_run, nia, checklist, cora, course):
    nia.stage = "lead"
    nia.save()
    with pytest.raises(ObservationError) as refused:
        _assigned(first_run, nia, nia, checklist, cora)
    assert refused.value.code == "observes_themselves"


def test_only_the_observer_fills_the_checklist_once_the_session_has_started(
        first_run, nia, lena, tara_profile, checklist, cora):
    observation = _assigned(first_run, nia, lena, checklist, cora)
    started = observation.session.starts_at + timedelta(minutes=30)
    with pytest.raises(ObservationError) as refused:
        observation_service.record_observation(
            observation, by=tara_profile.user, answers=_all_met(checklist),
            coaching_note="Well done.", now=started)
    assert refused.value.code == "not_the_observer"
    with pytest.raises(ObservationError) as refused:
        observation_service.record_observation(
            observation, by=lena.user, answers=_all_met(checklist), coaching_note="Well done.",
            now=observation.session.starts_at - timedelta(days=1))
    assert refused.value.code == "session_not_started"


def test_every_item_needs_an_answer_and_there_is_a_coaching_note(first_run, nia, lena,
                                                                 checklist, cora):
    observation = _assigned(first_run, nia, lena, checklist, cora)
    started = observation.session.starts_at + timedelta(minutes=30)
    answers = _all_met(checklist)
    answers.pop(checklist.items.last().pk)
    with pytest.raises(ObservationError) as refused:
        observation_service.record_observation(observation, by=lena.user, answers=answers,
                                               coaching_note="Good.", now=started)
    assert refused.value.code == "incomplete_checklist"
    with pytest.raises(ObservationError) as refused:
        observation_service.record_observation(observation, by=lena.user,
                                               answers=_all_met(checklist),
                                               coaching_note="  ", now=started)
    assert refused.value.code == "no_coaching_note"


def test_the_checklist_keeps_the_words_the_observer_saw(first_run, nia, lena, checklist, cora):
    observation = _assigned(first_run, nia, lena, checklist, cora)
    started = observation.session.starts_at + timedelta(minutes=30)
    answers = _all_met(checklist, "Spot on")
    first = checklist.items.first()
    answers[first.pk] = (FidelityRating.PARTLY, "Ran ten minutes over")
    observation_service.record_observation(observation, by=lena.user, answers=answers,
                                           coaching_note="Try a timer.", now=started)
    observation_service.record_observation(observation, by=lena.user, answers=answers,
                                           coaching_note="Try a timer.", now=started)
    first.text = "Kept to time (reworded)"
    first.save()
    observation.refresh_from_db()
    assert observation.status == ObservationStatus.OBSERVED
    assert observation.answers.count() == checklist.items.count()
    kept = observation.answers.first()
    assert (kept.item_text, kept.rating, kept.note) == ("Kept time", "partly",
                                                        "Ran ten minutes over")
    with pytest.raises(ObservationError) as refused:
        _assigned(first_run, nia, lena, checklist, cora)
    assert refused.value.code == "already_observed"


def test_the_observed_trainer_sees_their_observation_and_another_trainer_gets_404(
        client, first_run, nia, lena, tara, checklist, cora):
    observation = _assigned(first_run, nia, lena, checklist, cora)
    observation_service.record_observation(
        observation, by=lena.user, answers=_all_met(checklist, "Lovely and calm"),
        coaching_note="Keep inviting the quiet ones in.",
        now=observation.session.starts_at + timedelta(minutes=5))
    url = f"/trainer/observations/{observation.pk}/"
    client.force_login(nia.user)
    page = client.get(url)
    assert page.status_code == 200
    assert "Keep inviting the quiet ones in." in page.content.decode()
    assert "Lovely and calm" in page.content.decode()
    assert "private" in page["Cache-Control"] and "no-store" in page["Cache-Control"]
    assert url in client.get("/trainer/").content.decode()
    client.force_login(tara)  # her co-trainer on the same run
    assert client.get(url).status_code == 404
    assert url not in client.get("/trainer/").content.decode()


def test_a_run_whose_only_peer_trainer_is_not_yet_observed_warns_and_still_opens(
        run, nia, lena):
    lena.kind = "professional"
    lena.save()
    scheduling.assign_trainer(run, lena, "lead")
    scheduling.assign_trainer(run, nia, "co_trainer")
    [warning] = scheduling.run_warnings(run)
    assert "Nia New" in warning
    run.status = "draft"
    run.save()
    assert scheduling.open_run(run).status == "open"  # a warning, not a refusal


def test_no_warning_with_a_second_peer_trainer(first_run):
    assert scheduling.run_warnings(first_run) == []


def test_the_observation_is_in_the_trainer_s_data_and_erasing_keeps_only_the_figures(
        first_run, nia, lena, checklist, cora):
    from accounts.services import my_data

    observation = _assigned(first_run, nia, lena, checklist, cora)
    observation_service.record_observation(
        observation, by=lena.user, answers=_all_met(checklist, "Warm welcome"),
        coaching_note="Nia was a natural.", now=observation.session.starts_at)
    mine = my_data.export_data(nia.user)["observations"]
    assert mine["of_me"][0]["coaching_note"] == "Nia was a natural."
    assert mine["of_me"][0]["checklist"][0] == {"item": "Kept time", "how_it_went": "met",
                                                "note": "Warm welcome"}
    observer_copy = my_data.export_data(lena.user)["observations"]
    assert observer_copy["i_observed"][0]["status"] == "observed"
    assert "Nia" not in str(observer_copy)  # the words are Nia's record, not Lena's
    my_data.erase(nia.user)
    observation.refresh_from_db()
    assert observation.coaching_note == "" and not observation.answers.exclude(note="").exists()
    assert set(observation.answers.values_list("rating", flat=True)) == {"met"}
