"""Action plans: made in a session that has started or is today, changed until the next one
starts, reviewed at the next session; entered from paper only by the run's trainers, with the
person's agreement; private unless shared."""

from datetime import timedelta

import pytest

from courses.models import ActionPlan, Facilitation, FacilitationRole
from courses.services import action_plans
from courses.services import enrolment as enrolment_service
from courses.services.action_plans import ActionPlanError, PlanDetails
from tests.courses.factories import CourseRunFactory, TrainerProfileFactory

pytestmark = pytest.mark.django_db

WALK = PlanDetails(what="Walk to the post box and back", how_much="ten minutes",
                   when="after lunch", how_often="three days", confidence=8)


@pytest.fixture
def place(run, pat, tara_profile):
    """Pat's place on ``run`` (six weekly sessions from next week), Tara leading it."""
    Facilitation.objects.create(run=run, trainer=tara_profile, role=FacilitationRole.LEAD)
    return enrolment_service.enrol(run, pat)


@pytest.fixture
def sessions(run):
    return list(run.sessions.order_by("starts_at"))


def _refused(code, call, *args, **kwargs):
    with pytest.raises(ActionPlanError) as refused:
        call(*args, **kwargs)
    assert refused.value.code == code
    return refused.value


def _at(session, minutes=30):
    return session.starts_at + timedelta(minutes=minutes)


def test_it_keeps_a_plan_made_in_a_session_that_has_started(place, sessions):
    plan = action_plans.make_plan(place, sessions[0], WALK, now=_at(sessions[0]))
    assert (plan.what, plan.how_much, plan.when, plan.how_often) == (
        "Walk to the post box and back", "ten minutes", "after lunch", "three days")
    assert plan.confidence == 8 and not plan.shared_with_trainers and plan.entered_by is None
    assert not plan.is_reviewed


def test_it_accepts_a_plan_on_the_day_of_the_session_before_it_starts(place, sessions):
    early_that_day = sessions[0].starts_at - timedelta(hours=2)
    assert action_plans.make_plan(place, sessions[0], WALK, now=early_that_day).pk


def test_it_refuses_a_plan_before_the_day_of_the_session(place, sessions):
    _refused("not_yet", action_plans.make_plan, place, sessions[0], WALK,
             now=sessions[0].starts_at - timedelta(days=1))
    assert not ActionPlan.objects.exists()


def test_it_replaces_the_plan_until_the_next_session_starts_then_closes_it(place, sessions):
    first = action_plans.make_plan(place, sessions[0], WALK, now=_at(sessions[0]))
    smaller = PlanDetails(what="Walk to the gate", confidence=9, shared_with_trainers=True)
    again = action_plans.make_plan(place, sessions[0], smaller,
                                   now=sessions[1].starts_at - timedelta(minutes=1))
    assert again.pk == first.pk and ActionPlan.objects.count() == 1
    assert (again.what, again.confidence, again.how_much) == ("Walk to the gate", 9, "")
    assert again.shared_with_trainers
    _refused("closed", action_plans.make_plan, place, sessions[0], WALK,
             now=sessions[1].starts_at)


def test_a_plan_from_the_last_session_stays_open_for_a_week(place, sessions):
    last = sessions[-1]
    assert action_plans.make_plan(place, last, WALK, now=last.ends_at + timedelta(days=6))
    _refused("closed", action_plans.make_plan, place, last, WALK,
             now=last.ends_at + timedelta(days=8))


def test_a_low_confidence_is_kept_and_only_suggests_a_smaller_plan(place, sessions):
    unsure = PlanDetails(what="Swim forty lengths", confidence=4)
    plan = action_plans.make_plan(place, sessions[0], unsure, now=_at(sessions[0]))
    assert plan.confidence == 4 and plan.could_be_smaller
    sure = action_plans.make_plan(place, sessions[0], WALK, now=_at(sessions[0]))
    assert not sure.could_be_smaller


@pytest.mark.parametrize(("details", "code"), [
    (PlanDetails(what="   ", confidence=8), "nothing_planned"),
    (PlanDetails(what="Walk", confidence=11), "out_of_range"),
    (PlanDetails(what="Walk", confidence=-1), "out_of_range"),
])
def test_it_refuses_a_plan_with_nothing_in_it_or_a_confidence_off_the_scale(
        place, sessions, details, code):
    _refused(code, action_plans.make_plan, place, sessions[0], details, now=_at(sessions[0]))


def test_only_people_with_a_place_make_plans(place, sessions, run, sam):
    run.capacity = 1
    run.save()
    waiting = enrolment_service.enrol(run, sam)
    assert waiting.status == "waitlisted"
    _refused("no_place", action_plans.make_plan, waiting, sessions[0], WALK,
             now=_at(sessions[0]))
    enrolment_service.withdraw(place)
    place.refresh_from_db()
    _refused("no_place", action_plans.make_plan, place, sessions[0], WALK, now=_at(sessions[0]))


def test_a_plan_is_made_only_in_a_session_of_the_person_s_own_run(place, course):
    other = CourseRunFactory(course=course, sessions=1).sessions.get()
    _refused("other_run", action_plans.make_plan, place, other, WALK, now=_at(other))


def test_making_the_same_plan_twice_keeps_one(place, sessions):
    for _ in range(2):
        action_plans.make_plan(place, sessions[0], WALK, now=_at(sessions[0]))
    assert ActionPlan.objects.count() == 1


# --- reviewing -----------------------------------------------------------------------------

@pytest.fixture
def plan(place, sessions):
    return action_plans.make_plan(place, sessions[0], WALK, now=_at(sessions[0]))


def test_it_reviews_a_plan_at_the_next_session_and_says_which(plan, sessions):
    reviewed = action_plans.review_plan(plan, "partly", note="Rained on Thursday.",
                                        now=_at(sessions[1]))
    assert (reviewed.outcome, reviewed.review_note) == ("partly", "Rained on Thursday.")
    assert reviewed.reviewed_in == sessions[1] and reviewed.reviewed_at == _at(sessions[1])
    assert reviewed.get_outcome_display() == "I partly did it"


def test_it_reviews_on_the_morning_of_the_next_session(plan, sessions):
    morning = sessions[1].starts_at - timedelta(hours=2)
    assert action_plans.review_plan(plan, "did_it", now=morning).reviewed_in == sessions[1]


def test_a_plan_is_not_reviewed_before_the_next_session(plan, sessions):
    _refused("too_soon", action_plans.review_plan, plan, "did_it",
             now=sessions[1].starts_at - timedelta(days=1))
    plan.refresh_from_db()
    assert not plan.is_reviewed


def test_a_review_can_be_changed_but_a_reviewed_plan_cannot(plan, sessions):
    morning = sessions[1].starts_at - timedelta(hours=2)  # the plan is still open to change
    action_plans.review_plan(plan, "not_this_time", now=morning)
    changed = action_plans.review_plan(plan, "partly", note="Did two days.",
                                       now=_at(sessions[1]))
    assert changed.outcome == "partly"
    _refused("already_reviewed", action_plans.make_plan, plan.enrolment, sessions[0], WALK,
             now=morning)


def test_it_refuses_an_outcome_it_does_not_know(plan, sessions):
    _refused("unknown_outcome", action_plans.review_plan, plan, "nailed_it",
             now=_at(sessions[1]))


def test_a_plan_from_the_last_session_is_reviewed_after_the_course(place, sessions):
    last = sessions[-1]
    final = action_plans.make_plan(place, last, WALK, now=_at(last))
    _refused("too_soon", action_plans.review_plan, final, "did_it", now=last.ends_at)
    reviewed = action_plans.review_plan(final, "did_it", now=last.ends_at + timedelta(days=2))
    assert reviewed.is_reviewed and reviewed.reviewed_in is None


# --- entered from paper ------------------------------------------------------------------

def test_a_trainer_enters_a_paper_plan_with_agreement_marked_as_theirs(place, sessions, tara):
    plan = action_plans.enter_for_participant(place, sessions[0], WALK, by=tara, agreed=True,
                                              now=_at(sessions[0]))
    assert plan.entered_by == tara and plan.what == WALK.what


def test_nothing_is_entered_without_their_agreement(place, sessions, tara):
    _refused("no_agreement", action_plans.enter_for_participant, place, sessions[0], WALK,
             by=tara, agreed=False, now=_at(sessions[0]))
    assert not ActionPlan.objects.exists()


def test_only_the_run_s_trainers_and_coordinators_enter_plans(place, sessions, sam, cora):
    shadow = TrainerProfileFactory(stage="shadowing")
    Facilitation.objects.create(run=place.run, trainer=shadow, role=FacilitationRole.SHADOW)
    for somebody in (sam, shadow.user):
        _refused("not_theirs", action_plans.enter_for_participant, place, sessions[0], WALK,
                 by=somebody, agreed=True, now=_at(sessions[0]))
    plan = action_plans.enter_for_participant(place, sessions[0], WALK, by=cora, agreed=True,
                                              now=_at(sessions[0]))
    assert plan.entered_by == cora


def test_a_late_paper_form_is_entered_for_a_closed_session_but_not_a_future_one(
        place, sessions, tara):
    late = sessions[2].starts_at
    assert action_plans.enter_for_participant(place, sessions[0], WALK, by=tara, agreed=True,
                                              now=late)
    _refused("not_yet", action_plans.enter_for_participant, place, sessions[3], WALK, by=tara,
             agreed=True, now=late - timedelta(days=1))


def test_a_trainer_does_not_overwrite_a_plan_someone_kept_to_themselves(plan, sessions, tara):
    _refused("made_by_them", action_plans.enter_for_participant, plan.enrolment, sessions[0],
             PlanDetails(what="Something else", confidence=9), by=tara, agreed=True,
             now=_at(sessions[0], 60))
    plan.refresh_from_db()
    assert plan.what == WALK.what and plan.entered_by is None


def test_a_trainer_enters_how_a_shared_plan_went_and_the_new_plan(place, sessions, tara):
    shared = PlanDetails(what="Walk", confidence=8, shared_with_trainers=True)
    earlier = action_plans.make_plan(place, sessions[0], shared, now=_at(sessions[0]))
    new = action_plans.enter_for_participant(
        place, sessions[1], WALK, by=tara, agreed=True, review_of=earlier, outcome="did_it",
        note="Every day!", now=_at(sessions[1]))
    earlier.refresh_from_db()
    assert (earlier.outcome, earlier.review_entered_by, earlier.reviewed_in) == (
        "did_it", tara, sessions[1])
    assert new.session == sessions[1] and new.entered_by == tara


def test_a_trainer_does_not_review_a_plan_that_was_not_shared(plan, sessions, tara):
    _refused("not_shared", action_plans.enter_for_participant, plan.enrolment, sessions[1],
             None, by=tara, agreed=True, review_of=plan, outcome="did_it",
             now=_at(sessions[1]))
    _refused("nothing_to_save", action_plans.enter_for_participant, plan.enrolment,
             sessions[1], None, by=tara, agreed=True, now=_at(sessions[1]))


# --- reading -----------------------------------------------------------------------------

def test_my_page_offers_a_plan_to_make_then_to_review_with_current_and_past(
        place, sessions):
    now = _at(sessions[0])
    mine = action_plans.for_dashboard([place], now=now)
    assert mine.to_make == [(place, sessions[0])] and not mine.current

    action_plans.make_plan(place, sessions[0], WALK, now=now)
    mine = action_plans.for_dashboard([place], now=now)
    [current] = mine.current
    assert not mine.to_make and not mine.to_review and current.open_to_change
    assert current.session_number == 1

    next_week = _at(sessions[1])
    mine = action_plans.for_dashboard([place], now=next_week)
    assert [plan.pk for plan in mine.to_review] == [current.pk]
    assert mine.to_make == [(place, sessions[1])]
    action_plans.make_plan(place, sessions[1], PlanDetails(what="Read", confidence=7),
                           now=next_week)
    mine = action_plans.for_dashboard([place], now=next_week)
    assert [plan.what for plan in mine.current] == ["Read"]
    assert [plan.what for plan in mine.past] == [WALK.what]


def test_the_delivery_view_sees_only_shared_plans(place, sessions, run, sam):
    other = enrolment_service.enrol(run, sam)
    action_plans.make_plan(place, sessions[0], PlanDetails(
        what="Walk", confidence=8, shared_with_trainers=True), now=_at(sessions[0]))
    action_plans.make_plan(other, sessions[0], PlanDetails(what="Private", confidence=8),
                           now=_at(sessions[0]))
    roster = [place, other]
    action_plans.attach_shared_plans(roster, sessions[1], sessions[0].pk)
    assert place.plan_to_review.what == "Walk"
    assert other.plan_to_review is None and other.plan_this_session is None

