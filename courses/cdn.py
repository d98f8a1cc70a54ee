"""Telling a CDN in front of the site which public pages changed.

Off unless production settings name a purge address (``FRONTEND_CACHE_PURGE_URL``): then
``WAGTAILFRONTENDCACHE`` holds Wagtail's HTTP purge backend (``wagtail.contrib.frontend_cache``;
it sends ``PURGE <path>`` with the site's ``Host``, as Varnish, nginx and most CDNs' HTTP purge
accept), kept anonymous pages say ``s-maxage=CDN_SECONDS`` so the CDN may keep them
(``config.page_cache``), and changes purge the pages that show them, in both languages, once
their transaction commits, from a worker (a purge never slows the request that made the change):

* places, sessions and trainers of a run: the run's page and its course's page;
* a page published, unpublished or moved: the page and the pages above it (the catalogue and
  the home page list courses).

Other changes (a venue renamed, a trainer's public profile, the site settings) reach pages a
CDN kept when their ``s-maxage`` runs out; the site's own page cache forgets them at once.

We purge each language's address ourselves (``WAGTAILFRONTENDCACHE_LANGUAGES = []``): English
pages have no language prefix, which Wagtail's own expansion to other languages expects.
"""

from celery import current_app
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from accounts.i18n import url_in_language

PURGE_TASK = "courses.tasks.purge_cdn_task"  # by name: the tasks module imports services


def is_on() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_paths(paths) -> None:
    """Purge these site paths, each in every language, after the current transaction commits."""
    if not is_on():
        return
    addresses = sorted({url_in_language(path, language) for path in paths
                        for language, _name in settings.LANGUAGES})
    transaction.on_commit(lambda: current_app.tasks[PURGE_TASK].delay(addresses))


def full_urls(paths: list[str]) -> list[str]:
    """Site paths as the full addresses the purge backend wants (the default site's)."""
    root = Site.objects.get(is_default_site=True).root_url.rstrip("/")
    return [root + path for path in paths]


def _run_pages(run) -> list[str]:
    paths = [reverse("courses:run", args=[run.pk])]
    if run.course_id:
        course_url = Page.objects.get(pk=run.course_id).get_url()
        if course_url:
            paths.append(course_url)
    return paths


def _on_run_change(sender, instance, **kwargs) -> None:
    from courses.models import CourseRun

    run = instance if isinstance(instance, CourseRun) else getattr(instance, "run", None)
    if run is not None and is_on():
        purge_paths(_run_pages(run))


def _on_page_change(sender, instance, **kwargs) -> None:
    if not is_on():
        return
    pages = [instance, *instance.get_ancestors().filter(depth__gte=2)]
    purge_paths([url for url in (page.get_url() for page in pages) if url])


def connect() -> None:
    from courses.models import CourseRun, Enrolment, Facilitation, Session

    for model in (CourseRun, Enrolment, Facilitation, Session):
        post_save.connect(_on_run_change, sender=model, dispatch_uid=f"cdn_{model.__name__}")
        post_delete.connect(_on_run_change, sender=model,
                            dispatch_uid=f"cdn_{model.__name__}_deleted")
    page_published.connect(_on_page_change, dispatch_uid="cdn_page_published")
    page_unpublished.connect(_on_page_change, dispatch_uid="cdn_page_unpublished")
    post_page_move.connect(_on_page_change, dispatch_uid="cdn_page_moved")
