from django.urls import path  # noqa: F401  (the co-design space's pages are added here)

app_name = "codesign"

urlpatterns: list = []
