from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from courses.admin import concerns, exports, follow_ups, imports, letters, people, referrals
from courses.admin.base import PermissionMenuItem
from courses.admin.certificates import CertificateViewSet
from courses.admin.data import DataGroup
from courses.admin.demand import DemandReportView
from courses.admin.fidelity import FidelityReportView, ObservationReportView
from courses.admin.reports import (
    ExpiringAccreditationsView,
    GaelicVersionsView,
    OutcomesView,
    TrainerDeliveryView,
)
from courses.admin.scales import CoursesGroup
from courses.admin.scheduling import SchedulingGroup
from courses.models import VIEW_CONCERN

register_snippet(CoursesGroup)


@hooks.register("register_admin_viewset")
def register_scheduling():
    return SchedulingGroup()


@hooks.register("register_admin_viewset")
def register_certificates():
    return CertificateViewSet("certificates")


@hooks.register("register_admin_viewset")
def register_data():
    return DataGroup()


@hooks.register("register_admin_urls")
def register_report_and_exchange_urls():
    return [
        path("outcomes/", OutcomesView.as_view(), name="courses_outcomes"),
        path("trainer-delivery/", TrainerDeliveryView.as_view(), name="courses_trainer_delivery"),
        path("gaelic-versions/", GaelicVersionsView.as_view(), name="courses_gaelic_versions"),
        path("demand/", DemandReportView.as_view(), name="courses_demand"),
        path("fidelity/", FidelityReportView.as_view(), name="courses_fidelity"),
        path("fidelity/<int:pk>/", ObservationReportView.as_view(),
             name="courses_fidelity_observation"),
        path("accreditations-ending/", ExpiringAccreditationsView.as_view(),
             name="courses_expiring_accreditations"),
        path("calls-and-letters/", letters.CallsAndLettersView.as_view(),
             name="courses_calls_and_letters"),
        path("calls-and-letters/<int:pk>/called/", letters.MarkCalledView.as_view(),
             name="courses_mark_called"),
        path("calls-and-letters/print/", letters.PrintLettersView.as_view(),
             name="courses_print_letters"),
        path("follow-ups/", follow_ups.FollowUpListView.as_view(), name="courses_follow_ups"),
        path("follow-ups/<int:pk>/", follow_ups.FollowUpView.as_view(),
             name="courses_follow_up"),
        path("concerns/", concerns.ConcernListView.as_view(), name="courses_concerns"),
        path("concerns/<int:pk>/", concerns.ConcernView.as_view(), name="courses_concern"),
        path("people/<int:pk>/login-setup/", people.SendLoginSetupView.as_view(),
             name="courses_send_login_setup"),
        path("referrals/", referrals.ReferralListView.as_view(), name="courses_referrals"),
        path("referrals/<int:pk>/", referrals.ReferralDetailView.as_view(),
             name="courses_referral"),
        path("referrals/<int:pk>/move/", referrals.MoveReferralView.as_view(),
             name="courses_move_referral"),
        path("referrals/<int:pk>/enrol/", referrals.EnrolReferredView.as_view(),
             name="courses_enrol_referred"),
        path("exports/", exports.MyExportsView.as_view(), name="courses_my_exports"),
        path("exports/<int:pk>/", exports.ExportRecordView.as_view(),
             name="courses_export_record"),
        path("exports/<int:pk>/status/", exports.ExportStatusView.as_view(),
             name="courses_export_status"),
        path("exports/<int:pk>/download/", exports.ExportDownloadView.as_view(),
             name="courses_export_download"),
        path("exports/<slug:name>/", exports.ExportView.as_view(), name="courses_export"),
        path("course_runs/<int:pk>/import/<slug:kind>/", imports.ImportUploadView.as_view(),
             name="courses_import_upload"),
        path("imports/<int:pk>/", imports.ImportBatchView.as_view(), name="courses_import"),
        path("imports/<int:pk>/confirm/", imports.ImportConfirmView.as_view(),
             name="courses_import_confirm"),
        path("imports/<int:pk>/discard/", imports.ImportDiscardView.as_view(),
             name="courses_import_discard"),
    ]


hooks.register("register_person_action", people.login_setup_action)


@hooks.register("insert_global_admin_css")
def our_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


@hooks.register("register_reports_menu_item")
def register_outcomes_menu_item():
    return PermissionMenuItem(_("Outcomes"), reverse("courses_outcomes"), icon_name="table",
                              order=100, permission="courses.view_outcomes")


@hooks.register("register_reports_menu_item")
def register_trainer_delivery_menu_item():
    return PermissionMenuItem(_("Trainer delivery"), reverse("courses_trainer_delivery"),
                              icon_name="user", order=110,
                              permission="courses.view_facilitation")


@hooks.register("register_reports_menu_item")
def register_gaelic_versions_menu_item():
    return PermissionMenuItem(_("Gaelic versions"), reverse("courses_gaelic_versions"),
                              icon_name="globe", order=115, permission="courses.change_venue")


@hooks.register("register_reports_menu_item")
def register_calls_and_letters_menu_item():
    return PermissionMenuItem(_("Calls and letters"), reverse("courses_calls_and_letters"),
                              icon_name="mail", order=105,
                              permission="courses.manage_enrolment")


@hooks.register("register_reports_menu_item")
def register_demand_menu_item():
    return PermissionMenuItem(_("Demand for courses"), reverse("courses_demand"),
                              icon_name="group", order=108,
                              permission="courses.view_demandrequest")


@hooks.register("register_reports_menu_item")
def register_follow_ups_menu_item():
    return PermissionMenuItem(_("Follow-ups"), reverse("courses_follow_ups"), icon_name="user",
                              order=106, permission=follow_ups.VIEW)


@hooks.register("register_reports_menu_item")
def register_concerns_menu_item():
    return PermissionMenuItem(_("Concerns"), reverse("courses_concerns"), icon_name="warning",
                              order=107, permission=VIEW_CONCERN)


@hooks.register("register_reports_menu_item")
def register_my_exports_menu_item():
    return PermissionMenuItem(_("My exports"), reverse("courses_my_exports"),
                              icon_name="download", order=120, permission="courses.export_data")


@hooks.register("register_admin_menu_item")
def register_referrals_menu_item():
    return PermissionMenuItem(_("Referrals"), reverse("courses_referrals"), icon_name="user",
                              order=250, permission=referrals.PERMISSION)


@hooks.register("register_reports_menu_item")
def register_fidelity_menu_item():
    return PermissionMenuItem(_("Fidelity"), reverse("courses_fidelity"), icon_name="tasks",
                              order=112, permission="courses.view_observation")


@hooks.register("register_reports_menu_item")
def register_expiring_accreditations_menu_item():
    return PermissionMenuItem(_("Accreditations ending soon"),
                              reverse("courses_expiring_accreditations"), icon_name="warning",
                              order=113, permission="trainers.view_accreditation")
