from django.urls import path
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from codesign.admin import stories

# Stories: a snippet, so that editors can place one on a page with a chooser block
# (``cms.blocks.StoryBlock``), under a Co-design menu.
register_snippet(stories.CoDesignGroup)
hooks.register(stories.MENU_HOOK, stories.to_take_out_menu_item)


@hooks.register("register_admin_urls")
def register_story_urls():
    return [
        path("codesign/stories/to-take-out/", stories.StoriesToTakeOutView.as_view(),
             name="codesign_stories_to_take_out"),
        path("codesign/stories/to-take-out/<int:pk>/", stories.TakenOutView.as_view(),
             name="codesign_story_taken_out"),
    ]
