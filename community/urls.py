from django.urls import path  # noqa: F401  (the community pages are added here)

app_name = "community"

urlpatterns: list = []
