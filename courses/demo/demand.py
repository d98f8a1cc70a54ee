"""Demo demand requests: people waiting to hear of the carers course near them, and one
person who wants Living Well in BSL in the evening, so that Reports → Demand for courses shows
something. They go through the same service as the course page's form."""

from datetime import timedelta

from django.utils import timezone

from accounts.models import User
from cms.translation import originals
from courses.demo.scheduling import extra_participant_email
from courses.models import Area, CoursePage, DemandRequest
from courses.services import demand

# (participant number, course slug, area, language, times, online would do, needs, days ago)
WAITING = [
    (1, "caring-for-yourself-too", "Highland", "en", "daytime", False, ["step_free"], 200),
    (2, "caring-for-yourself-too", "Highland", "en", "either", True, [], 90),
    (3, "caring-for-yourself-too", "Highland", "gd", "daytime", False, [], 20),
    (4, "caring-for-yourself-too", "Aberdeen", "en", "either", True, ["parking"], 45),
    (12, "living-well", "Glasgow", "bsl", "evening", False, ["bsl_interpreter"], 130),
]


def seed_demand() -> None:
    if DemandRequest.objects.exists():
        return
    now = timezone.now()
    for number, slug, area, language, times, online_ok, needs, days_ago in WAITING:
        demand.record_demand(
            User.objects.get(email=extra_participant_email(number)),
            originals(CoursePage.objects).get(slug=slug), area=Area.objects.get(name=area),
            language=language, times=times, online_ok=online_ok, access_needs=needs,
            consented=True, now=now - timedelta(days=days_ago))
