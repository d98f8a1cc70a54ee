"""Where the equality questions are offered, registered with ``courses.dashboard`` (``courses``
does not import this app): a panel on /my/ for anyone who has had a place on a course, and a
line under a person's place on a run's page once they have enrolled, until they answer. Never
on a trainer's page."""

from django.db.models import Exists, OuterRef

from accounts.models import User
from courses.models import Enrolment
from reports.models import EqualityAnswers

MY_PAGE_TEMPLATE = "reports/panels/equality_on_my_page.html"
MY_PLACE_TEMPLATE = "reports/panels/equality_after_enrolling.html"


def on_my_page(request) -> dict | None:
    """One query: whether they have answered, and whether they ever had a place."""
    person = (User.objects.filter(pk=request.user.pk)
              .annotate(answered=Exists(EqualityAnswers.objects.filter(user=OuterRef("pk"))),
                        took_part=Exists(Enrolment.objects.filter(user=OuterRef("pk"))))
              .values("answered", "took_part").first())
    if not person or not (person["answered"] or person["took_part"]):
        return None
    return {"answered": person["answered"]}


def after_enrolling(request, enrolment) -> dict | None:
    """Asked once, under their place, until they answer (one query)."""
    if EqualityAnswers.objects.filter(user=request.user).exists():
        return None
    return {}
