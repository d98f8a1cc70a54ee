from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.views.defaults import permission_denied


class AdminAccessMiddleware:
    """Logged-in people without an admin role get 403 from either admin.

    Both admins send such people to the login page, which sends a logged-in person straight back:
    a redirect loop instead of the clear "you cannot open this page" DESIGN.md asks for.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated and not self._may_enter(request):
            return permission_denied(request, PermissionDenied())
        return self.get_response(request)

    @staticmethod
    def _may_enter(request) -> bool:
        path, user = request.path_info, request.user
        if path.startswith(reverse("wagtailadmin_home")):
            return user.has_perm("wagtailadmin.access_admin")
        if path.startswith(reverse("admin:index")):
            return user.is_staff and user.is_active
        return True
