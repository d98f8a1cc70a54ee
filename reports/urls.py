from django.urls import path

from reports import views

app_name = "reports"

urlpatterns = [
    path("my/equality/", views.my_answers, name="equality"),
    path("my/equality/delete/", views.delete_answers, name="delete_equality"),
]
