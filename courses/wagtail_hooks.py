from functools import partial

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
from courses.admin.knowledge_checks import KnowledgeChecksView, KnowledgeCheckView
from courses.admin.reports import (
    ExpiringAccreditationsView,
    GaelicVersionsView,
    OutcomesView,
    TrainerDeliveryView,
)
from courses.admin.scales import CoursesGroup
from courses.admin.scheduling import SchedulingGroup
from courses.admin.volunteers import VolunteersGroup
from courses.models import VIEW_CONCERN, ModulePage
from courses.services import learning

register_snippet(CoursesGroup)


@hooks.register("register_admin_viewset")
def register_scheduling():
    return SchedulingGroup()


@hooks.register("register_admin_viewset")
def register_certificates():
    return CertificateViewSet("certificates")


@hooks.register("register_admin_viewset")
def register_volunteers():
    return VolunteersGroup()


@hooks.register("register_admin_viewset")
def register_data():
    return DataGroup()


@hooks.register("register_admin_urls")
def register_report_and_exchange_urls():
    return [
        path("outcomes/", OutcomesView.as_view(), name="courses_outcomes"),
        path("knowledge-checks/", KnowledgeChecksView.as_view(),
             name="courses_knowledge_checks"),
        path("knowledge-checks/<int:pk>/", KnowledgeCheckView.as_view(),
             name="courses_knowledge_check"),
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


# The Reports menu: (label, URL name, icon, order, permission). Each shows only to those with
# the permission.
REPORTS = [
    (_("Outcomes"), "courses_outcomes", "table", 100, "courses.view_outcomes"),
    (_("Knowledge checks"), "courses_knowledge_checks", "tasks", 101, "courses.view_outcomes"),
    (_("Calls and letters"), "courses_calls_and_letters", "mail", 105,
     "courses.manage_enrolment"),
    (_("Follow-ups"), "courses_follow_ups", "user", 106, follow_ups.VIEW),
    (_("Concerns"), "courses_concerns", "warning", 107, VIEW_CONCERN),
    (_("Demand for courses"), "courses_demand", "group", 108, "courses.view_demandrequest"),
    (_("Trainer delivery"), "courses_trainer_delivery", "user", 110,
     "courses.view_facilitation"),
    (_("Fidelity"), "courses_fidelity", "tasks", 112, "courses.view_observation"),
    (_("Accreditations ending soon"), "courses_expiring_accreditations", "warning", 113,
     "trainers.view_accreditation"),
    (_("Gaelic versions"), "courses_gaelic_versions", "globe", 115, "courses.change_venue"),
    (_("My exports"), "courses_my_exports", "download", 120, "courses.export_data"),
]


def _menu_item(label, url_name: str, icon: str, order: int, permission: str):
    return PermissionMenuItem(label, reverse(url_name), icon_name=icon, order=order,
                              permission=permission)


for report in REPORTS:
    hooks.register("register_reports_menu_item", partial(_menu_item, *report))


hooks.register("register_admin_menu_item", partial(
    _menu_item, _("Referrals"), "courses_referrals", "user", 250, referrals.PERMISSION))


@hooks.register("before_serve_page")
def remember_where_a_learner_is(page, request, serve_args, serve_kwargs):
    """A self-paced module opened by someone whose progress is kept becomes where they are."""
    if isinstance(page, ModulePage) and request.user.is_authenticated:
        learning.open_module(request.user, page)
