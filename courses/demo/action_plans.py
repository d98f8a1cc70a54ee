"""Demo action plans: Mòrag, on the Highland run under way, made one in each of its first two
sessions and shared both; she has said how the first went, and today's session is when the
second is reviewed, so /my/ and the trainers' delivery view both have something to show."""

from datetime import timedelta

from accounts.models import User
from courses.models import ActionPlan, Enrolment, EnrolmentStatus, PlanOutcome
from courses.services import action_plans
from courses.services.action_plans import PlanDetails

PLANS = [
    (PlanDetails(what="Walk to the shop and back", how_much="the whole way, slowly",
                 when="in the morning, before it gets busy", how_often="three days this week",
                 confidence=8, shared_with_trainers=True),
     (PlanOutcome.DID_IT, "Three times, and the third was the easiest.")),
    (PlanDetails(what="Sit down with a cup of tea before starting the ironing",
                 how_much="ten minutes", when="after lunch", how_often="every ironing day",
                 confidence=9, shared_with_trainers=True), None),
]


def seed_action_plans(people: dict[str, User]) -> None:
    place = (Enrolment.objects.filter(user=people["carer"], status=EnrolmentStatus.CONFIRMED,
                                      run__venue__area__name="Highland")
             .select_related("run").first())
    if place is None or ActionPlan.objects.filter(enrolment=place).exists():
        return
    sessions = list(place.run.sessions.order_by("starts_at"))
    for session, following, (details, review) in zip(sessions, sessions[1:], PLANS,
                                                     strict=False):
        plan = action_plans.make_plan(place, session, details,
                                      now=session.ends_at - timedelta(minutes=15))
        if review is not None:
            action_plans.review_plan(plan, review[0], note=review[1],
                                     now=following.starts_at + timedelta(minutes=20))
