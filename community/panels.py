""""Support near you": the directory's link on /my/ and at the end of a course's last module,
registered with ``courses.dashboard`` (``courses`` does not import this app)."""

from urllib.parse import urlencode

from django.urls import reverse

from courses.models import Area, DemandRequest

TEMPLATE = "community/panels/support_near_you.html"


def area_of(user) -> Area | None:
    """The area of the person's latest place on a course (online runs have none), else of
    their latest request to hear of a course: one or two queries."""
    if not user.is_authenticated:
        return None
    area = (Area.objects.filter(venues__runs__enrolments__user=user)
            .order_by("-venues__runs__enrolments__created_at").first())
    if area is None:
        request = (DemandRequest.objects.filter(person=user).select_related("area")
                   .order_by("-created_at").first())
        area = request.area if request else None
    return area


def directory_url(area: Area | None) -> str:
    url = reverse("community:directory")
    return f"{url}?{urlencode({'area': area.pk})}" if area else url


def on_my_page(request) -> dict:
    area = area_of(request.user)
    return {"area": area, "url": directory_url(area), "after_course": False}


def after_course(request, course) -> dict:
    area = area_of(request.user)
    return {"area": area, "url": directory_url(area), "after_course": True}
