"""After a session the run's lead or co-trainer writes a debrief (how it went, what to change,
whether time was kept): one per session, changed by either of them, kept without the names of
the people on the run, and read back per module, without names, for the co-design group."""

from datetime import timedelta

import pytest

from courses.models import Facilitation, SessionDebrief
from courses.services import debrief, enrolment
from courses.services.errors import DomainError
from tests.accounts.factories import UserFactory
from tests.courses.factories import TrainerProfileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def delivered(run, module, tara_profile, pat):
    """Session 1 of ``run``, over, covering ``module``; Tara leads, Pat takes part."""
    run.sessions.update(module=module)
    Facilitation.objects.create(run=run, trainer=tara_profile, role="lead")
    enrolment.enrol(run, pat)
    return run.sessions.order_by("starts_at").first()


def _write(session, by, **fields):
    data = {"how_it_went": "Lively.", "what_to_change": "", "time_kept": "yes", **fields}
    return debrief.record_debrief(session, by=by, now=session.ends_at, **data)


def test_it_keeps_one_debrief_per_session_that_the_co_trainer_can_change(delivered, tara):
    co = UserFactory(full_name="Colin Cotrainer")
    Facilitation.objects.create(run=delivered.run, trainer=TrainerProfileFactory(user=co),
                                role="co_trainer")
    _write(delivered, tara, how_it_went="Quiet start.", time_kept="mostly")
    _write(delivered, co, how_it_went="Quiet start, lively end.")
    kept = SessionDebrief.objects.get()
    assert (kept.how_it_went, kept.time_kept, kept.recorded_by) == (
        "Quiet start, lively end.", "yes", co)


def test_it_takes_out_the_names_of_people_on_the_run(delivered, tara):
    kept = _write(delivered, tara, how_it_went="Pat Participant was upset; pat participant "
                  "and Pat left early. Patience helps.", what_to_change="Ask Pat first.")
    assert kept.how_it_went == "[…] was upset; […] and […] left early. Patience helps."
    assert kept.what_to_change == "Ask […] first."


@pytest.mark.parametrize(("who", "code"), [("shadow", "not_delivering"),
                                            ("coordinator", "not_delivering")])
def test_only_the_lead_and_co_trainer_write_it(delivered, cora, who, code):
    person = cora
    if who == "shadow":
        person = UserFactory()
        Facilitation.objects.create(run=delivered.run, trainer=TrainerProfileFactory(
            user=person), role="shadow")
    with pytest.raises(DomainError) as refused:
        _write(delivered, person)
    assert refused.value.code == code


def test_it_waits_until_the_session_has_begun(delivered, tara):
    with pytest.raises(DomainError) as refused:
        debrief.record_debrief(delivered, by=tara, how_it_went="x", time_kept="yes",
                               now=delivered.starts_at - timedelta(minutes=1))
    assert refused.value.code == "not_yet"


@pytest.mark.parametrize(("fields", "code"), [({"time_kept": "sort of"}, "bad_time_kept"),
                                               ({"how_it_went": "  "}, "empty")])
def test_it_refuses_what_is_missing(delivered, tara, fields, code):
    with pytest.raises(DomainError) as refused:
        _write(delivered, tara, **fields)
    assert refused.value.code == code


def test_the_co_design_group_reads_a_modules_debriefs_without_names(delivered, tara, module):
    _write(delivered, tara, how_it_went="Timings too tight.", what_to_change="Shorter intro.")
    [row] = SessionDebrief.objects.for_module(module)
    assert row == {"session__starts_at": delivered.starts_at, "how_it_went": "Timings too tight.",
                   "what_to_change": "Shorter intro.", "time_kept": "yes"}
