"""What the peer support groups add to pages ``courses`` owns: a person's /my/ page (their
groups, and groups near them once they have completed a course there) and a course's page
(groups in the areas where it runs)."""

from community.services.groups import groups_for_course, groups_for_person
from courses.my_panels import register_panel
from courses.page_parts import register_course_part

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


def register_group_panels() -> None:
    register_panel("peer_support_groups", _my_groups_panel, "community/my_groups_panel.html",
                   order=60)
    register_course_part("peer_support_groups", _course_groups,
                         "community/course_groups_part.html", order=50)
