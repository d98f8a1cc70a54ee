"""A trainer or coordinator types in someone's confidence answers from a paper form or a call,
with their agreement: marked as entered by them, counted like any other, for any moment that
has opened (a form handed in late included), and only by the run's own trainers."""

from datetime import timedelta

import pytest
from django.utils import timezone

from courses.models import ConfidenceRating, Facilitation, FacilitationRole
from courses.services import enrolment as enrolment_service
from courses.services.ratings import RatingError, enter_for_participant, progress
from tests.courses.factories import ConfidenceScaleFactory, CourseRunFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def scale(course):
    scale = ConfidenceScaleFactory(statements=["One", "Two", "Three"])
    course.confidence_scale = scale
    course.save()
    return scale


@pytest.fixture
def place(course, scale, pat, tara_profile):
    """Pat on a run that started two weeks ago (so the before-rating has closed), Tara leading."""
    run = CourseRunFactory(course=course, sessions=6,
                           sessions__first_session_at=timezone.now() - timedelta(weeks=2))
    Facilitation.objects.create(run=run, trainer=tara_profile, role=FacilitationRole.LEAD)
    return enrolment_service.enrol(run, pat, by_coordinator=True)


def _answers(scale, values):
    return dict(zip(scale.statements.values_list("pk", flat=True), values, strict=True))


def test_a_late_paper_form_is_entered_marked_and_counts(place, scale, tara):
    rating = enter_for_participant(place, "before", _answers(scale, [4, 5, 6]), by=tara,
                                   agreed=True)
    assert (rating.entered_by, rating.score) == (tara, 5)
    [mine] = progress([place])
    assert mine.before == 5  # in their own progress, as any rating is


def test_nothing_is_entered_without_their_agreement(place, scale, tara):
    with pytest.raises(RatingError) as refused:
        enter_for_participant(place, "before", _answers(scale, [4, 5, 6]), by=tara,
                              agreed=False)
    assert refused.value.code == "no_agreement"
    assert not ConfidenceRating.objects.exists()


def test_only_the_run_s_trainers_and_coordinators_may_enter_them(place, scale, sam, cora):
    with pytest.raises(RatingError) as refused:
        enter_for_participant(place, "before", _answers(scale, [4, 5, 6]), by=sam, agreed=True)
    assert refused.value.code == "not_theirs"
    assert enter_for_participant(place, "before", _answers(scale, [1, 2, 3]), by=cora,
                                 agreed=True).entered_by == cora


def test_a_moment_that_has_not_opened_cannot_be_entered(place, scale, tara):
    with pytest.raises(RatingError) as refused:
        enter_for_participant(place, "end", _answers(scale, [4, 5, 6]), by=tara, agreed=True)
    assert refused.value.code == "not_open"


def test_the_trainer_enters_them_from_the_delivery_view(client, place, scale, tara):
    session = place.run.sessions.order_by("starts_at").first()
    client.force_login(tara)
    delivery = client.get(f"/trainer/sessions/{session.pk}/").content.decode()
    form_url = f"/trainer/sessions/{session.pk}/ratings/{place.pk}/"
    assert form_url in delivery
    page = client.get(form_url).content.decode()
    assert "before the course" in page and "after session 1" in page
    statements = list(scale.statements.values_list("pk", flat=True))
    refused = client.post(form_url, {"moment": "before:", **{
        f"statement_{pk}": "7" for pk in statements}})
    assert refused.status_code == 400  # the agreement box was not ticked
    response = client.post(form_url, {"moment": "before:", "agreed": "on", **{
        f"statement_{pk}": "7" for pk in statements}})
    assert response.status_code == 302
    assert ConfidenceRating.objects.get().entered_by == tara
