"""What participants say about a module reaches its editors, without names; trainers see only
how many of their group have rated, never what."""

import pytest

from courses.services import enrolment as enrolment_service
from courses.services import scheduling
from courses.services.feedback import leave_feedback
from courses.services.ratings import save_rating
from tests.courses.factories import ConfidenceScaleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def session_with_module(run, module):
    session = run.sessions.first()
    session.module = module
    session.save()
    return session


def test_editors_see_feedback_beside_the_module_without_names(client, cora, run, pat,
                                                              session_with_module, module):
    enrolment = enrolment_service.enrol(run, pat)
    leave_feedback(enrolment, session_with_module, "More time for the pacing exercise, please.")
    leave_feedback(enrolment, session_with_module, "Actually, it was fine.")  # replaces
    client.force_login(cora)
    html = client.get(f"/admin/pages/{module.pk}/edit/").content.decode()
    assert "Actually, it was fine." in html
    assert "More time for the pacing exercise" not in html
    assert "Pat Participant" not in html


def test_an_empty_comment_is_not_kept(run, pat, session_with_module, module):
    enrolment = enrolment_service.enrol(run, pat)
    assert leave_feedback(enrolment, session_with_module, "   ") is None
    assert not module.feedback.exists()


def test_trainers_see_how_many_rated_but_never_the_answers(client, course, run, pat, sam, tara,
                                                           tara_profile):
    scale = ConfidenceScaleFactory(statements=["I can pace myself."])
    course.confidence_scale = scale
    course.save()
    scheduling.assign_trainer(run, tara_profile, "lead")
    statement = scale.statements.get()
    for person, value in ((pat, 9), (sam, None)):
        enrolment = enrolment_service.enrol(run, person)
        if value is not None:
            save_rating(enrolment, "before", {statement.pk: value})
    client.force_login(tara)
    html = client.get(f"/trainer/sessions/{run.sessions.first().pk}/").content.decode()
    assert "1 of 2 rated before the course" in html
    assert ">9<" not in html and "9.00" not in html
