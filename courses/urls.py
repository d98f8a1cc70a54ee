from django.urls import path

from courses.views import checkin, my, ratings, runs, trainer

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
    path("my/volunteer/", my.volunteer, name="volunteer"),
    path("my/ratings/<int:pk>/session/<int:session>/", ratings.rate,
         {"moment": "session"}, name="rate_session"),
    path("my/ratings/<int:pk>/<str:moment>/", ratings.rate, name="rate"),
    path("trainer/", trainer.dashboard, name="trainer"),
    path("trainer/sessions/<int:pk>/", trainer.delivery, name="trainer_session"),
    path("trainer/sessions/<int:pk>/mark/", trainer.mark, name="trainer_mark"),
    path("trainer/sessions/<int:pk>/register/", trainer.printable_register,
         name="trainer_register"),
    path("trainer/sessions/<int:pk>/checkin-qr.svg", trainer.checkin_qr, name="trainer_qr"),
    path("checkin/<str:token>/", checkin.checkin, name="checkin"),
]
