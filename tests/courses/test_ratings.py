"""Confidence ratings: scoring, when each moment is open, saving, and who may see them."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from courses.models import ConfidenceAnswer, ConfidenceRating, EnrolmentStatus
from courses.services import enrolment as enrolment_service
from courses.services.ratings import RatingError, openings, progress, save_rating, score
from tests.accounts.factories import UserFactory
from tests.courses.factories import ConfidenceScaleFactory, CourseRunFactory

pytestmark = pytest.mark.django_db
SIX = ["One", "Two", "Three", "Four", "Five", "Six"]


@pytest.fixture
def scale(course):
    scale = ConfidenceScaleFactory(statements=SIX)
    course.confidence_scale = scale
    course.save()
    return scale


@pytest.fixture
def rated_run(course, scale):
    """Three weekly sessions, the first a week from now."""
    return CourseRunFactory(course=course, sessions=3)


def _answers(scale, values):
    return dict(zip(scale.statements.values_list("pk", flat=True), values, strict=True))


@pytest.mark.parametrize("values, expected", [
    ([4, 5, 6, 7, 8, 9], Decimal("6.50")),         # all answered
    ([4, None, 6, None, 8, 9], Decimal("6.75")),   # a third missing: still scored
    ([4, None, None, None, 8, 9], None),           # more than a third missing: unscored
    ([None] * 6, None),
    ([0, 0, 0, 0, 0, 1], Decimal("0.17")),
])
def test_the_score_is_the_mean_of_answers_unless_too_many_are_missing(values, expected):
    assert score(values, 6) == expected


def test_before_is_open_from_enrolling_until_the_first_session_ends(rated_run, pat, scale):
    enrolment = enrolment_service.enrol(rated_run, pat)
    first = rated_run.sessions.first()
    assert [o.moment for o in openings(enrolment)] == ["before"]
    assert [o.moment for o in openings(enrolment, now=first.starts_at)] == ["before", "session"]
    after = [(o.moment, o.number) for o in openings(enrolment, now=first.ends_at)]
    assert after == [("session", 1)]
    last = rated_run.sessions.last()  # the last session's rating is the end rating
    assert [o.moment for o in openings(enrolment, now=last.ends_at)] == ["end"]


def test_the_end_rating_opens_at_the_last_session_and_stays_open_a_month(rated_run, pat, scale):
    enrolment = enrolment_service.enrol(rated_run, pat)
    last = rated_run.sessions.last()
    assert "end" in [o.moment for o in openings(enrolment, now=last.starts_at)]
    assert "end" in [o.moment for o in openings(enrolment, now=last.ends_at + timedelta(days=29))]
    assert openings(enrolment, now=last.ends_at + timedelta(days=31)) == []


def test_a_rating_can_change_until_the_next_moment_opens(rated_run, pat, scale):
    enrolment = enrolment_service.enrol(rated_run, pat)
    sessions = list(rated_run.sessions.all())
    first = save_rating(enrolment, "session", _answers(scale, [5] * 6), session_id=sessions[0].pk,
                        now=sessions[0].ends_at)
    changed = save_rating(enrolment, "session", _answers(scale, [7] * 6),
                          session_id=sessions[0].pk, now=sessions[1].starts_at
                          - timedelta(minutes=1))
    assert changed.pk == first.pk and changed.score == Decimal("7.00")
    assert ConfidenceAnswer.objects.filter(rating=changed).count() == 6
    with pytest.raises(RatingError) as error:
        save_rating(enrolment, "session", _answers(scale, [9] * 6), session_id=sessions[0].pk,
                    now=sessions[1].starts_at)
    assert error.value.code == "not_open"


def test_skipped_statements_are_kept_as_skipped(rated_run, pat, scale):
    enrolment = enrolment_service.enrol(rated_run, pat)
    rating = save_rating(enrolment, "before", _answers(scale, [3, None, 5, None, None, 8]))
    assert (rating.score, rating.answered, rating.statements) == (None, 3, 6)
    assert rating.answers.count() == 3


@pytest.mark.parametrize("value", [11, -1, "7", 2.5])
def test_answers_outside_0_to_10_are_refused(rated_run, pat, scale, value):
    enrolment = enrolment_service.enrol(rated_run, pat)
    answers = _answers(scale, [5] * 6)
    answers[next(iter(answers))] = value
    with pytest.raises(RatingError) as error:
        save_rating(enrolment, "before", answers)
    assert error.value.code == "out_of_range"
    assert not ConfidenceRating.objects.exists()


def test_the_database_refuses_values_outside_0_to_10(rated_run, pat, scale):
    enrolment = enrolment_service.enrol(rated_run, pat)
    rating = save_rating(enrolment, "before", _answers(scale, [5] * 6))
    statement = scale.statements.first()
    with pytest.raises(IntegrityError), transaction.atomic():
        ConfidenceAnswer.objects.filter(rating=rating, statement=statement).update(value=11)
    with pytest.raises(IntegrityError), transaction.atomic():
        ConfidenceRating.objects.filter(pk=rating.pk).update(score=Decimal("10.50"))


def test_answers_for_another_scale_are_refused(rated_run, pat, scale):
    enrolment = enrolment_service.enrol(rated_run, pat)
    other = ConfidenceScaleFactory()
    with pytest.raises(RatingError) as error:
        save_rating(enrolment, "before", {other.statements.first().pk: 5})
    assert error.value.code == "unknown_statement"


def test_people_without_a_place_have_nothing_to_rate(course, scale, pat, sam):
    run = CourseRunFactory(course=course, capacity=1, sessions=2)
    enrolment_service.enrol(run, sam)
    waiting = enrolment_service.enrol(run, pat)
    assert waiting.status == EnrolmentStatus.WAITLISTED
    assert openings(waiting) == []


def test_progress_shows_points_in_order_and_the_change(rated_run, pat, scale):
    enrolment = enrolment_service.enrol(rated_run, pat)
    sessions = list(rated_run.sessions.all())
    save_rating(enrolment, "before", _answers(scale, [4] * 6))
    save_rating(enrolment, "session", _answers(scale, [5] * 6), session_id=sessions[1].pk,
                now=sessions[1].ends_at)
    save_rating(enrolment, "end", _answers(scale, [6, 7, 6, 7, 6, 7]),
                now=sessions[2].ends_at + timedelta(days=1))
    [entry] = progress(list(pat.enrolments.all()))
    assert entry.points[-1].when == sessions[2].ends_at + timedelta(days=1)
    assert [p.label for p in entry.points] == ["Before", "Session 2", "End"]
    assert [p.short for p in entry.points] == ["Before", "2", "End"]
    assert entry.change == Decimal("2.50")
    assert progress(list(UserFactory().enrolments.all())) == []  # nobody else's ratings


def test_rating_pages_belong_to_the_participant_alone(client, rated_run, pat, sam, tara, cora,
                                                      scale):
    enrolment = enrolment_service.enrol(rated_run, pat)
    url = f"/my/ratings/{enrolment.pk}/before/"
    for other in (sam, tara, cora):
        client.force_login(other)
        assert client.get(url).status_code == 404
        assert client.post(url, {}).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302
    client.force_login(pat)
    assert client.get(url).status_code == 200


def test_the_form_saves_answers_and_feedback(client, rated_run, pat, scale, module,
                                             time_machine):
    enrolment = enrolment_service.enrol(rated_run, pat)
    session = rated_run.sessions.first()
    session.module = module
    session.save()
    time_machine.move_to(session.ends_at)
    client.force_login(pat)
    ids = list(scale.statements.values_list("pk", flat=True))
    data = {f"statement_{pk}": "6" for pk in ids[:5]} | {f"statement_{ids[5]}": "",
                                                        "comment": "The timeline exercise helped."}
    response = client.post(f"/my/ratings/{enrolment.pk}/session/{session.pk}/", data)
    assert response.status_code == 302
    rating = ConfidenceRating.objects.get()
    assert (rating.score, rating.answered) == (Decimal("6.00"), 5)
    assert module.feedback.get().comment == "The timeline exercise helped."


def test_an_empty_first_rating_saves_nothing_and_says_so(client, rated_run, pat, scale):
    enrolment = enrolment_service.enrol(rated_run, pat)
    client.force_login(pat)
    ids = list(scale.statements.values_list("pk", flat=True))
    for data in ({}, {f"statement_{pk}": "" for pk in ids}):  # nothing chosen, or all skipped
        response = client.post(f"/my/ratings/{enrolment.pk}/before/", data)
        html = response.content.decode()
        assert response.status_code == 400
        assert "There is a problem" in html and "Choose a number for at least one" in html
        assert "Your answers are saved" not in html
    assert not ConfidenceRating.objects.exists()


def test_emptying_a_rating_that_exists_is_kept_as_all_skipped(client, rated_run, pat, scale):
    enrolment = enrolment_service.enrol(rated_run, pat)
    save_rating(enrolment, "before", _answers(scale, [5] * 6))
    client.force_login(pat)
    ids = list(scale.statements.values_list("pk", flat=True))
    response = client.post(f"/my/ratings/{enrolment.pk}/before/",
                           {f"statement_{pk}": "" for pk in ids})
    assert response.status_code == 302
    assert ConfidenceRating.objects.get().answered == 0


def test_a_closed_rating_sends_people_back_with_a_message(client, rated_run, pat, scale,
                                                          time_machine):
    enrolment = enrolment_service.enrol(rated_run, pat)
    time_machine.move_to(timezone.now() + timedelta(days=60))
    client.force_login(pat)
    response = client.get(f"/my/ratings/{enrolment.pk}/before/", follow=True)
    assert "This rating is not open just now." in response.content.decode()


def test_my_page_shows_what_to_rate_and_progress_as_chart_and_table(client, rated_run, pat,
                                                                   scale):
    enrolment = enrolment_service.enrol(rated_run, pat)
    client.force_login(pat)
    html = client.get("/my/").content.decode()
    assert f'href="/my/ratings/{enrolment.pk}/before/"' in html
    save_rating(enrolment, "before", _answers(scale, [4, 4, 5, 5, 6, 6]))
    html = client.get("/my/").content.decode()
    assert f'href="/my/ratings/{enrolment.pk}/before/"' not in html
    assert '<svg class="chart"' in html and 'role="img"' in html
    assert "<desc" in html and "Before: 5" in html
    assert "<td>5</td>" in html


def test_a_course_taken_twice_shows_two_progress_charts_told_apart(client, course, scale, pat):
    from courses.models import Venue
    from tests.courses.factories import VenueFactory

    earlier = CourseRunFactory(course=course, sessions=2, venue=VenueFactory(
        name="Riverside Hub"), sessions__first_session_at=timezone.now() + timedelta(days=3))
    later = CourseRunFactory(course=course, sessions=2, venue=VenueFactory(
        name="Harbourside Hall"), sessions__first_session_at=timezone.now() + timedelta(days=40))
    for run, value in ((earlier, 3), (later, 6)):
        save_rating(enrolment_service.enrol(run, pat), "before", _answers(scale, [value] * 6))
    client.force_login(pat)
    html = client.get("/my/").content.decode()
    section = html[html.index("Your progress"):]
    assert section.count('class="progress"') == 2
    assert section.index("Harbourside Hall") < section.index("Riverside Hub")  # latest first
    assert Venue.objects.count() == 2
