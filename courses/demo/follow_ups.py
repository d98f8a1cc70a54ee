"""Demo follow-ups after missed sessions, a debrief and a volunteer who makes calls.

Two people on the run under way agreed to be contacted if they missed a session; the register
(taken in ``seed_scheduling`` after ``agree_to_follow_ups``) opened their tasks. One is closed
with an outcome; the other is still open and has been given to the demo volunteer.
"""

from django.contrib.auth.models import Group

from accounts import roles
from accounts.models import ConsentPurpose, User
from accounts.services.consent import give_consent
from courses.demo.people import demo_account
from courses.models import CourseRun, FollowUp, FollowUpOutcome, SessionDebrief
from courses.services import debrief, follow_up

VOLUNTEER = ("volunteer@example.org", "Ceitidh Rothach")
SAFEGUARDING_LEADS = "Safeguarding leads"


def agree_to_follow_ups(people: list[User]) -> None:
    for person in people:
        give_consent(person, ConsentPurpose.FOLLOW_UP_AFTER_ABSENCE)


def seed_follow_ups(people: dict[str, User], run: CourseRun) -> None:
    """Close the first task with a call made, give the other to the volunteer, let the demo
    coordinator see concerns, and write a debrief after the run's first session."""
    volunteer = demo_account(*VOLUNTEER, roles.VOLUNTEER)
    coordinator = people["coordinator"]
    coordinator.groups.add(Group.objects.get(name=SAFEGUARDING_LEADS))
    tasks = list(FollowUp.objects.filter(enrolment__run=run).order_by("enrolment_id"))
    lead = run.facilitations.get(role="lead").trainer.user
    for task in tasks[:1]:
        if task.is_open:  # it may have closed by itself: she came back
            follow_up.record_outcome(task, FollowUpOutcome.TALKED, by=lead,
                                     note="Had a hospital appointment; coming next week.")
    for task in tasks[1:]:
        if task.is_open:
            follow_up.assign(task, volunteer, by=coordinator)
    first = run.sessions.order_by("starts_at").first()
    if not SessionDebrief.objects.filter(session=first).exists():
        debrief.record_debrief(first, by=lead, time_kept="mostly",
                               how_it_went="A warm first session; people shared a lot.",
                               what_to_change="The introductions ran over: use pairs.")
