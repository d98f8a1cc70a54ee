from django.urls import path

from accounts import my_data_views, views

app_name = "accounts"

urlpatterns = [
    path("privacy/", views.privacy_notice, name="privacy"),
    path("accounts/set-up/<str:uidb36>/<str:key>/", views.set_up_login, name="set_up_login"),
    path("my/data/", my_data_views.overview, name="my_data"),
    path("my/data/consents/", my_data_views.change_consents, name="my_consents"),
    path("my/data/download/", my_data_views.download, name="my_data_download"),
    path("my/data/leave/", my_data_views.leave, name="leave"),
]
