from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("privacy/", views.privacy_notice, name="privacy"),
]
