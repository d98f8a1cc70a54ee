"""What the back office's screens share: the 403 response, the coordinator permission check,
service-backed create/edit views, read-only listings and menu items shown by permission."""

from django.contrib.auth.mixins import PermissionRequiredMixin
from django.core.exceptions import PermissionDenied
from django.utils import formats, timezone
from django.views.defaults import permission_denied
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from accounts.admin_views import OnceOnlyCreateMixin
from courses.services.errors import SchedulingError


def forbidden(request):
    """Our 403 page. (Raising PermissionDenied inside the Wagtail admin would redirect.)"""
    return permission_denied(request, PermissionDenied())


class CoordinatorMixin(PermissionRequiredMixin):
    """Logged in without the permission: 403, not a redirect or a login loop."""

    def handle_no_permission(self):
        if self.request.user.is_authenticated:
            return forbidden(self.request)
        return super().handle_no_permission()


class ServiceFormMixin:
    """Create/edit views whose saving is done by a service: its refusals become form errors,
    shown the way Wagtail shows its own (the message at the top, the form kept)."""

    service_errors: tuple[type[Exception], ...] = (SchedulingError,)

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except self.service_errors as error:
            form.add_error(None, error.message)
            self.produced_error_code = error.code
            self.produced_error_message = error.message
            return self.form_invalid(form)


class NeverDeletedMixin:
    """For things that are cancelled or closed, never deleted: no delete view, and no other
    view (the edit page's menu, the usage page) links to one, whatever the user's rights."""

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(**{**kwargs, "delete_url_name": None})

    def get_urlpatterns(self):
        return [p for p in super().get_urlpatterns() if p.name != "delete"]


class OnceOnlyCreateView(OnceOnlyCreateMixin, CreateView):
    pass


class WhenColumn(Column):
    """A date and time as people write it; Wagtail's DateColumn says "just now" for the future."""

    def get_value(self, instance):
        value = super().get_value(instance)
        return formats.date_format(timezone.localtime(value), "D j M Y, H:i") if value else ""


class ReadOnlyIndexView(IndexView):
    """A listing with no add, edit, copy or delete links, whatever the user's permissions."""

    def get_add_url(self):
        return None

    def get_edit_url(self, instance):
        return None

    def get_copy_url(self, instance):
        return None

    def get_delete_url(self, instance):
        return None


class ReadOnlyListingViewSet(ModelViewSet):
    """Only the listing: changes are made through services, from each run's schedule page.

    There is no edit page, so where another admin page links to one of these rows (a usage
    page, say) it links to ``page_url(row)``, the page that says most about it, if any."""

    index_view_class = ReadOnlyIndexView
    copy_view_enabled = False
    form_fields = []

    def get_urlpatterns(self):
        return [p for p in super().get_urlpatterns() if p.name in ("index", "index_results")]

    def page_url(self, instance) -> str | None:
        return None

    @property
    def url_finder_class(self):
        page_url = self.page_url
        return type("_PageURLFinder", (ModelAdminURLFinder,),
                    {"construct_edit_url": lambda finder, instance: page_url(instance)})


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)
