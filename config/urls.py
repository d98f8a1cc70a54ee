from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static as serve_from_folder
from django.contrib import admin
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.urls import include, path, re_path
from django.views.decorators.cache import cache_control
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts import views as account_views
from cms import views as cms_views
from config.health import health


@cache_control(max_age=24 * 60 * 60)
def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers and feed readers ask for /favicon.ico on their own; send them to the file."""
    return HttpResponsePermanentRedirect(static("favicon.ico"))


urlpatterns = [
    path("favicon.ico", favicon),
    path("health/", health, name="health"),
    path("i18n/setlang/", account_views.set_language, name="set_language"),
    # One login for the whole site, throttled by allauth; the admin's own form is never shown.
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path("django-admin/login/",
         RedirectView.as_view(pattern_name="account_login", query_string=True)),
    # …and one throttled way to change a password (the admin's Account page offers none).
    path("django-admin/password_change/",
         RedirectView.as_view(pattern_name="account_change_password")),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    # Images only: documents go through Wagtail's view and its privacy checks, even in dev.
    urlpatterns += serve_from_folder(settings.MEDIA_URL + "images/",
                                     document_root=settings.MEDIA_ROOT / "images")
    urlpatterns += serve_from_folder(settings.MEDIA_URL + "original_images/",
                                     document_root=settings.MEDIA_ROOT / "original_images")

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("", include("accounts.urls")),
    path("", include("courses.urls")),
    path("", include("trainers.urls")),
    path("", include("codesign.urls")),
    path("", include("community.urls")),
    path("", include("reports.urls")),
    # Wagtail's pages, its page view in front of Wagtail's own (the same address and name)
    re_path(r"^((?:[\w\-]+/)*)$", cms_views.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
