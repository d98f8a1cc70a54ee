from django.urls import path

from trainers import views

app_name = "trainers"

urlpatterns = [
    path("trainers/<int:pk>/", views.public_profile, name="profile"),
]
