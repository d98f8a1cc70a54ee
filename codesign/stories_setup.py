"""Stories, wired into the pages and records ``courses`` and ``accounts`` own: a person's data
(export and erasure), the course page, /my/ and the demo. Called from ``CodesignConfig.ready``."""

from accounts import personal_data
from codesign.demo_stories import seed_stories
from codesign.models import Story, StoryConsent
from codesign.services.stories import erase_stories, export_stories
from courses import dashboard, demo, extensions

COURSE_PAGE_STORIES = 3


def _course_stories(request, course) -> dict | None:
    """The latest stories naming the course, for its page (made when it is made for everyone,
    so nothing here depends on who is looking)."""
    stories = list(Story.objects.on_website().of_course(course).for_listing()
                   .order_by("-approved_at", "-pk")[:COURSE_PAGE_STORIES])
    return {"stories": stories} if stories else None


def connect_stories() -> None:
    personal_data.register("stories", models=(Story, StoryConsent), export=export_stories,
                           erase=erase_stories)
    extensions.add_page_part(extensions.COURSE_PAGE, "stories", context=_course_stories,
                             template="codesign/stories/course_part.html")
    dashboard.register_panel("stories", lambda request: {}, "codesign/stories/my_part.html")
    demo.register("stories", seed_stories)
