from django.urls import path

from courses.views import my, runs

app_name = "courses"

urlpatterns = [
    path("runs/<int:pk>/", runs.run_detail, name="run"),
    path("runs/<int:pk>/enrol/", runs.enrol, name="enrol"),
    path("runs/<int:pk>/withdraw/", runs.withdraw, name="withdraw"),
    path("runs/<int:pk>/accept/", runs.accept_offer, name="accept"),
    path("runs/<int:pk>/calendar.ics", runs.run_calendar, name="run_calendar"),
    path("my/", my.dashboard, name="my"),
    path("my/calendar/", my.new_calendar_feed, name="new_calendar_feed"),
    path("my/calendar/<str:token>.ics", my.calendar_feed, name="calendar_feed"),
]
