"""Content Security Policy: strict on the public and participant pages (our own scripts and
styles as files, no inline code, nothing from elsewhere), and a separate policy for the two
admins, which still need inline scripts and styles."""

from django.conf import settings

STRICT = "; ".join([
    "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
    "font-src 'self'", "connect-src 'self'", "media-src 'self'", "object-src 'none'",
    "frame-src 'none'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'",
])
ADMIN = "; ".join([
    "default-src 'self'", "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "font-src 'self' data:",
    "connect-src 'self'", "media-src 'self'", "object-src 'none'", "frame-src 'self'",
    "frame-ancestors 'self'", "base-uri 'self'", "form-action 'self'",
])
ADMIN_PREFIXES = ("/admin/", "/django-admin/")


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            admin = request.path_info.startswith(ADMIN_PREFIXES)
            response["Content-Security-Policy"] = ADMIN if admin else STRICT
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
