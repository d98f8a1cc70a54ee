"""Wagtail's page view, with the home page of the request's language found in one query."""

from django.db.models import Case, Q, Subquery, When
from django.http import Http404
from django.utils.translation import get_language
from wagtail.models import Page, Site
from wagtail.views import serve as wagtail_serve

from cms.models import HomePage


def route_in_language(request, path: str):
    """Wagtail's routing (``Page.route_for_request``) from the home page in the request's
    language, found in one query: Wagtail looks up the locale, then the translation of the
    site's root, then its specific page, a query each. ``None`` when Wagtail should route as
    it always does (no site, or a root that is not one of our home pages)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")
    home = (HomePage.objects.filter(translation_key=Subquery(root_key))
            .filter(Q(locale__language_code=get_language()) | Q(pk=site.root_page_id))
            .order_by(Case(When(pk=site.root_page_id, then=1), default=0)).first())
    if home is None:
        return None
    try:
        return home.route(request, [part for part in path.split("/") if part])
    except Http404:
        return False


def serve(request, path: str):
    """Wagtail's page view, routed by ``route_in_language``."""
    route = route_in_language(request, path)
    if route is not None:
        request._wagtail_route_for_request = route or None  # what Wagtail keeps it as
    return wagtail_serve(request, path)
