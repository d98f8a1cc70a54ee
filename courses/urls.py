from django.urls import path

from courses import converters  # noqa: F401  (registers the code converters)
from courses.views import certificates, checkin, cpd, my, observation, ratings, runs, trainer

app_name = "courses"

urlpatterns = [
    path("runs/<int:pk>/", runs.run_detail, name="run"),
    path("runs/<int:pk>/enrol/", runs.enrol, name="enrol"),
    path("runs/<int:pk>/withdraw/", runs.withdraw, name="withdraw"),
    path("runs/<int:pk>/accept/", runs.accept_offer, name="accept"),
    path("runs/<int:pk>/calendar.ics", runs.run_calendar, name="run_calendar"),
    path("my/", my.dashboard, name="my"),
    path("my/calendar/", my.new_calendar_feed, name="new_calendar_feed"),
    path("my/calendar/<feed_token:token>.ics", my.calendar_feed, name="calendar_feed"),
    path("my/volunteer/", my.volunteer, name="volunteer"),
    path("my/cpd/", cpd.log, name="cpd"),
    path("my/cpd/profile/", cpd.profile, name="cpd_profile"),
    path("my/cpd/add/", cpd.add_entry, name="cpd_add"),
    path("my/cpd/<int:pk>/edit/", cpd.edit_entry, name="cpd_edit"),
    path("my/cpd/<int:pk>/delete/", cpd.delete_entry, name="cpd_delete"),
    path("my/cpd/export.csv", cpd.export_csv, name="cpd_export_csv"),
    path("my/cpd/export.pdf", cpd.export_pdf, name="cpd_export_pdf"),
    path("my/cpd/modules/<int:pk>/done/", cpd.module_done, name="cpd_module_done"),
    path("my/cpd/courses/<int:pk>/finish/", cpd.finish, name="cpd_finish"),
    path("my/ratings/<int:pk>/session/<int:session>/", ratings.rate,
         {"moment": "session"}, name="rate_session"),
    path("my/ratings/<int:pk>/<str:moment>/", ratings.rate, name="rate"),
    path("trainer/", trainer.dashboard, name="trainer"),
    path("trainer/sessions/<int:pk>/", trainer.delivery, name="trainer_session"),
    path("trainer/sessions/<int:pk>/mark/", trainer.mark, name="trainer_mark"),
    path("trainer/sessions/<int:pk>/ratings/<int:enrolment>/", ratings.enter_for_participant,
         name="trainer_enter_rating"),
    path("trainer/sessions/<int:pk>/register/", trainer.printable_register,
         name="trainer_register"),
    path("trainer/sessions/<int:pk>/checkin-qr.svg", trainer.checkin_qr, name="trainer_qr"),
    path("trainer/observations/<int:pk>/", observation.observation_detail,
         name="trainer_observation"),
    path("trainer/observations/<int:pk>/checklist/", observation.observation_checklist,
         name="trainer_observation_checklist"),
    path("checkin/<checkin_code:token>/", checkin.checkin, name="checkin"),
    path("certificates/verify/", certificates.verify, name="verify_form"),
    path("certificates/verify/<certificate_code:code>/", certificates.verify, name="verify"),
    path("certificates/<certificate_code:code>/", certificates.certificate_page,
         name="certificate"),
    path("certificates/<certificate_code:code>/download/", certificates.certificate_pdf,
         name="certificate_pdf"),
]
