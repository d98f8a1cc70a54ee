"""What the peer support groups add to pages ``courses`` owns: a person's /my/ page (their
groups, and groups near them once they have completed a course there) and a course's page
(groups in the areas where it runs)."""

from community.services.groups import groups_for_course, groups_near, my_groups
from courses.my_panels import register_panel
from courses.page_parts import register_course_part


def _my_groups_panel(user) -> dict | None:
    """Two queries: their groups, and groups near them."""
    mine, near = list(my_groups(user)), list(groups_near(user))
    if not (mine or near):
        return None
    return {"memberships": mine, "near": near}


def _course_groups(course, request) -> dict | None:
    groups = list(groups_for_course(course))
    return {"groups": groups} if groups else None


def register_group_panels() -> None:
    register_panel("peer_support_groups", _my_groups_panel, "community/my_groups_panel.html",
                   order=60)
    register_course_part("peer_support_groups", _course_groups,
                         "community/course_groups_part.html", order=50)
