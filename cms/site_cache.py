"""The site, its settings and its main menu, kept in the shared cache between changes.

Every page shows the organisation's name, the footer and the menu: three queries and a URL
lookup per menu item on every request. They change when a coordinator edits them, which moves
the page cache's parts generation on (``config.page_cache``), so they are kept under that
generation, one entry per host and language, and read in one cache look-up when a page is
rendered. Other parts of pages that are the same for everyone are kept the same way with
``{% keep_shared %}`` (``cms.templatetags.site_tags``)."""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Site

from accounts.i18n import url_in_language
from cms.models import SiteSettings
from config.page_cache import parts_generation


@dataclass(frozen=True)
class MenuItem:
    url: str
    label: str
    language: str
    depth: int


@dataclass(frozen=True)
class Furniture:
    site: Site | None
    settings: SiteSettings | None
    menu: tuple[MenuItem, ...]


def furniture(request, kept_under: int | None = None) -> Furniture:
    """What every page shows around its content, for this request's host and language (kept
    under the page cache's generation, read here unless the caller has it)."""
    if settings.PAGE_CACHE_SECONDS <= 0:
        return _made(request)
    key = f"site:{kept_under or parts_generation()}:{request.get_host()}:{get_language()}"
    kept = cache.get(key)
    if kept is None:
        kept = _made(request)
        cache.set(key, kept, timeout=settings.PAGE_CACHE_SECONDS)
    return kept


def _made(request) -> Furniture:
    site = Site.find_for_request(request)
    if site is None:
        return Furniture(None, None, ())
    site_settings = SiteSettings.for_request(request)
    menu = []
    for item in site_settings.navigation_items.select_related("page"):
        if item.page.live:
            label, language = item.localised_label()
            # the page is English: its address in this language, the same slugs under /gd/
            url = url_in_language(item.page.get_url(request=request), get_language())
            menu.append(MenuItem(url, label, language, item.page.depth))
    return Furniture(site, site_settings, tuple(menu))


def site_furniture(request) -> dict:
    """A context processor: when a page is rendered (and only then), hand Wagtail the kept
    site and settings, so that it does not look them up again. (With the page cache off there
    is nothing kept to hand over: Wagtail looks them up lazily, as it always has.) The
    generation it read is left on the request for ``{% keep_shared %}``."""
    if settings.PAGE_CACHE_SECONDS <= 0:
        return {}
    request.parts_generation = parts_generation()
    kept = furniture(request, request.parts_generation)
    if kept.site is not None:
        request._wagtail_site = kept.site
        setattr(request, SiteSettings.get_cache_attr_name(), kept.settings)
    request.site_furniture = kept
    return {}


def shared_part_key(request, names: list[str]) -> str | None:
    """Where a part of a page that is the same for everyone is kept, or None when it may not
    be kept: the page cache is off, or this is a preview (a draft must never be kept)."""
    if settings.PAGE_CACHE_SECONDS <= 0 or getattr(request, "is_preview", False):
        return None
    kept_under = getattr(request, "parts_generation", None) or parts_generation()
    return ":".join(["part", str(kept_under), request.get_host(), get_language() or "", *names])
