from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from courses import export_admin, import_admin
from courses.admin_views import OutcomesView
from courses.certificate_admin import CertificateViewSet
from courses.data_viewsets import DataGroup, TrainerDeliveryView
from courses.models import ConfidenceScale
from courses.viewsets import SchedulingGroup


class ConfidenceScaleViewSet(SnippetViewSet):
    model = ConfidenceScale
    icon = "list-ol"
    menu_label = _("Confidence scales")
    list_display = ["name", "low_anchor", "high_anchor"]
    search_fields = ["name"]


class CoursesGroup(SnippetViewSetGroup):
    menu_label = _("Courses")
    menu_icon = "folder-open-inverse"
    menu_order = 200
    items = (ConfidenceScaleViewSet,)


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
        path("exports/", export_admin.MyExportsView.as_view(), name="courses_my_exports"),
        path("exports/<int:pk>/", export_admin.ExportRecordView.as_view(),
             name="courses_export_record"),
        path("exports/<int:pk>/status/", export_admin.ExportStatusView.as_view(),
             name="courses_export_status"),
        path("exports/<int:pk>/download/", export_admin.ExportDownloadView.as_view(),
             name="courses_export_download"),
        path("exports/<slug:name>/", export_admin.ExportView.as_view(), name="courses_export"),
        path("course_runs/<int:pk>/import/<slug:kind>/", import_admin.ImportUploadView.as_view(),
             name="courses_import_upload"),
        path("imports/<int:pk>/", import_admin.ImportBatchView.as_view(), name="courses_import"),
        path("imports/<int:pk>/confirm/", import_admin.ImportConfirmView.as_view(),
             name="courses_import_confirm"),
        path("imports/<int:pk>/discard/", import_admin.ImportDiscardView.as_view(),
             name="courses_import_discard"),
    ]


@hooks.register("insert_global_admin_css")
def our_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


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
def register_my_exports_menu_item():
    return PermissionMenuItem(_("My exports"), reverse("courses_my_exports"),
                              icon_name="download", order=120, permission="courses.export_data")
