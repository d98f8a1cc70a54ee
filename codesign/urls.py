from django.urls import path

from codesign import views

app_name = "codesign"

urlpatterns = [
    path("codesign/", views.index, name="index"),
    path("codesign/parties/<int:pk>/", views.party, name="party"),
    path("codesign/reviews/<int:pk>/", views.review, name="review"),
    path("codesign/reviews/<int:pk>/comment/", views.comment, name="comment"),
    path("codesign/reviews/<int:pk>/sign-off/", views.sign_off, name="sign_off"),
    path("codesign/actions/<int:pk>/done/", views.action_done, name="action_done"),
]
