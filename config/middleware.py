"""Request-wide rules that hold for every view, ours and the admin's, present and future."""

from django.core.exceptions import BadRequest
from django.utils.cache import patch_cache_control
from django.views.defaults import bad_request

NUL = "\x00"
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


class RefuseNulMiddleware:
    """Refuse, with a plain 400 page, any request carrying a NUL character in its address,
    query string or form fields. No person types one; PostgreSQL cannot store one; and a view
    that passed it to a query would fail with a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _carries_nul(request):
            return bad_request(request, BadRequest("NUL character in the request"))
        return self.get_response(request)


def _carries_nul(request) -> bool:
    if NUL in request.path or _any_nul(request.GET):
        return True
    return (request.method == "POST" and request.content_type in FORM_TYPES
            and _any_nul(request.POST))


def _any_nul(query) -> bool:
    return any(NUL in key or any(NUL in value for value in values)
               for key, values in query.lists())


class PrivatePagesMiddleware:
    """Every response to someone logged in may show their data (a name in the header, their
    courses, the people on their register): no browser, proxy or CDN may keep a copy."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "user", None) is not None and request.user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response
