"""Whole pages for anonymous visitors, from the shared cache.

When a course is announced, hundreds of people read the same few pages without logging in. Those
pages are the same for every anonymous visitor, so the first visitor's page is kept in the cache
(Redis in production) and the next ones get it without Wagtail's routing, the queries or the
templates.

What may be kept: a 200 response to a GET or HEAD from someone with neither a session nor a
message cookie, that sets no cookie, used no CSRF token, is not marked private and varies on
nothing but the cookie and the language headers (the language of our pages is in their address).
So a page that shows anything personal, a message or a form with a token is never kept, whatever
the view does.

When it stops being true: every saved or deleted record of a kind shown on public pages (pages,
runs, sessions, venues, trainers, places on runs — see ``NOT_ON_PUBLIC_PAGES`` for the kinds that
are not) moves the cache's *generation* on once its transaction commits, and a page is kept
under the generation it was made in, so the next request makes it afresh. Changes that happen
because the clock moves (an enrolment window closing, a run starting) are picked up within
``PAGE_CACHE_SECONDS``. Writes that bypass signals (``update()``, ``bulk_create()``) call
``forget_pages()`` themselves.

A small middleware on Django's cache framework rather than a package: wagtail-cache knows
Wagtail's pages but not our runs, places and trainers, and Django's own per-site cache middleware
keys by headers and expires by time only.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from config.cache import after_outage

GENERATION = "pages:generation"
# Parts of pages kept on their own (the site's furniture, a course's module list: see
# ``cms.site_cache``) have a generation of their own, which changes of places leave alone.
PARTS_GENERATION = "pages:parts-generation"
PLACES_ONLY = {"courses.enrolment"}
MAX_QUERY = 200  # longer query strings are not worth a cache entry
SAFE_VARY = {"cookie", "accept-language", "accept-encoding"}
# Records saved often that no public page shows.
NOT_ON_PUBLIC_PAGES = {
    "sessions.session", "admin.logentry", "contenttypes.contenttype",
    "account.emailaddress", "account.emailconfirmation", "socialaccount.socialtoken",
    "accounts.auditentry", "accounts.formsubmission", "accounts.consent",
    "courses.outboxmessage", "courses.exportrecord", "courses.importbatch",
    "courses.attendance", "courses.confidencerating", "courses.confidenceanswer",
    "courses.modulefeedback", "courses.moduleprogress", "courses.cpdentry",
    "courses.staffprofile", "courses.certificate", "courses.calendarfeed",
    "courses.referral", "courses.referralchange", "community.networker",
    "codesign.meeting", "codesign.meetingattendance", "codesign.action",
    "codesign.modulereview", "codesign.reviewcomment", "codesign.signoff",
    "wagtailcore.revision", "wagtailcore.pagelogentry", "wagtailcore.modellogentry",
    "wagtailcore.pagesubscription", "wagtailcore.commentreply", "wagtailcore.comment",
    "wagtailcore.workflowstate", "wagtailcore.taskstate", "wagtailusers.userprofile",
    "wagtailadmin.editingsession", "wagtailsearch.indexentry", "celery.taskmeta",
}
# Consents that decide what a public page shows (a trainer's public page, a co-design credit).
PUBLIC_CONSENTS = {"public_trainer_profile", "co_design_credit"}


def generation(key: str = GENERATION) -> int:
    return cache.get_or_set(key, 1, timeout=None) or 1


def parts_generation() -> int:
    return generation(PARTS_GENERATION)


def forget_pages(*, places_only: bool = False) -> None:
    """Every kept page is out of date: from the next request on, pages are made afresh (and,
    unless only places changed, the parts kept on their own too). Within a transaction this
    happens when it commits (a page made before then would show the old data under the new
    generation); nothing happens if it rolls back."""
    keys = (GENERATION,) if places_only else (GENERATION, PARTS_GENERATION)
    transaction.on_commit(lambda: _next_generation(keys))


def _next_generation(keys) -> None:
    for key in keys:
        try:
            cache.incr(key)
        except ValueError:  # not there (evicted, or a new cache): start again above any old one
            cache.set(key, generation(key) + 1, timeout=None)


def _on_change(sender, instance=None, update_fields=None, **kwargs) -> None:
    label = sender._meta.label_lower
    if label in NOT_ON_PUBLIC_PAGES and not _public_consent(label, instance):
        return
    if label == "accounts.user" and update_fields and set(update_fields) <= {"last_login"}:
        return
    forget_pages(places_only=label in PLACES_ONLY)


def _public_consent(label: str, instance) -> bool:
    return label == "accounts.consent" and getattr(instance, "purpose", "") in PUBLIC_CONSENTS


def connect() -> None:
    """Listen for changes (called once the apps are loaded)."""
    post_save.connect(_on_change, dispatch_uid="page_cache_save")
    post_delete.connect(_on_change, dispatch_uid="page_cache_delete")
    # A move to a new generation may have been lost while the cache was unreachable, and the
    # cache may come back with the old pages: forget them all, once, when it is back.
    after_outage(lambda: _next_generation((GENERATION, PARTS_GENERATION)))


class AnonymousPageCacheMiddleware:
    """Serve anonymous visitors kept pages; keep the pages it may (see the module's notes)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _may_use_cache(request):
            return self.get_response(request)
        key = _key(request, generation())
        kept = cache.get(key)
        if kept is not None:
            return _from_cache(kept)
        response = self.get_response(request)
        if _may_keep(request, response):
            if settings.CDN_SECONDS > 0:  # a CDN in front may keep it too, purged on changes
                patch_cache_control(response, public=True, max_age=0,
                                    s_maxage=settings.CDN_SECONDS)
            cache.set(key, _for_cache(response), timeout=settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response


def _may_use_cache(request) -> bool:
    return (settings.PAGE_CACHE_SECONDS > 0 and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "messages" not in request.COOKIES
            and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY
            and not request.path.startswith(settings.PAGE_CACHE_NEVER))


def _key(request, gen: int) -> str:
    address = f"{request.get_host()}|{request.get_full_path()}"
    return f"pages:{gen}:{hashlib.sha256(address.encode()).hexdigest()}"


def _may_keep(request, response) -> bool:
    vary = {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
    control = response.get("Cache-Control", "")
    return (response.status_code == 200 and not response.streaming
            and not response.cookies and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and "private" not in control and "no-store" not in control
            and vary <= SAFE_VARY
            and not (getattr(request, "user", None) and request.user.is_authenticated))


def _for_cache(response) -> tuple[bytes, list[tuple[str, str]]]:
    return response.content, [(name, value) for name, value in response.items()
                              if name.lower() not in ("set-cookie", "x-page-cache")]


def _from_cache(kept) -> HttpResponse:
    content, headers = kept
    response = HttpResponse(content)
    for name, value in headers:
        response[name] = value
    response["X-Page-Cache"] = "hit"
    return response
