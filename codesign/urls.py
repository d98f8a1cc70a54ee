from django.urls import path

from codesign import views, views_feedback, views_stories

app_name = "codesign"

urlpatterns = [
    path("codesign/", views.index, name="index"),
    path("codesign/parties/<int:pk>/", views.party, name="party"),
    path("codesign/reviews/<int:pk>/", views.review, name="review"),
    path("codesign/reviews/<int:pk>/comment/", views.comment, name="comment"),
    path("codesign/reviews/<int:pk>/sign-off/", views.sign_off, name="sign_off"),
    path("codesign/actions/<int:pk>/done/", views.action_done, name="action_done"),
    path("codesign/parties/<int:pk>/feedback/", views_feedback.party_feedback,
         name="party_feedback"),
    path("codesign/parties/<int:pk>/feedback/discussed/", views_feedback.mark_discussed,
         name="mark_discussed"),
]

# Stories (codesign/views_stories.py)
urlpatterns += [
    path("my/stories/", views_stories.my_stories, name="my_stories"),
    path("my/stories/new/", views_stories.new_story, name="new_story"),
    path("my/stories/<int:pk>/", views_stories.my_story, name="my_story"),
    path("my/stories/<int:pk>/changes/", views_stories.ask_for_changes, name="story_changes"),
    path("my/stories/<int:pk>/withdraw/<slug:use>/", views_stories.withdraw_use,
         name="withdraw_story_use"),
    path("my/stories/<int:pk>/remove/", views_stories.remove_story, name="remove_story"),
    path("stories/", views_stories.story_list, name="stories"),
    path("stories/<int:pk>/", views_stories.story_detail, name="story"),
    path("stories/<int:pk>/photo/", views_stories.story_photo, name="story_photo"),
]
