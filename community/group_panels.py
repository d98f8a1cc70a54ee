"""What the peer support groups add to pages ``courses`` owns: a person's /my/ page (their
groups, and groups near them once they have completed a course there) and a course's page
(groups in the areas where it runs)."""

from community.networker_page import SECTIONS
from community.services.groups import groups_for_course, groups_for_person, numbers_for_areas
from courses import dashboard, extensions

NEAR = 5  # groups near them, at most


def _my_groups_panel(user) -> dict | None:
    """One query: their groups, and groups near where they completed a course."""
    found = list(groups_for_person(user))
    if not found:
        return None
    return {"mine": [group for group in found if group.my_status],
            "near": [group for group in found if not group.my_status][:NEAR]}


def _course_groups(course, request) -> dict | None:
    groups = list(groups_for_course(course))
    return {"groups": groups} if groups else None


def _networker_figures(request, areas) -> dict | None:
    """The groups' figures in each area a networker keeps (two queries)."""
    areas = list(areas)
    return {"numbers": list(numbers_for_areas(areas).values())} if areas else None


def register_group_panels() -> None:
    SECTIONS.register("peer_support_groups", _networker_figures,
                      "community/networker_groups.html")
    dashboard.register_panel("peer_support_groups",
                             lambda request: _my_groups_panel(request.user),
                             "community/my_groups_panel.html")
    extensions.add_page_part(extensions.COURSE_PAGE, "peer_support_groups",
                             template="community/course_groups_part.html",
                             context=lambda request, course: _course_groups(course, request))
