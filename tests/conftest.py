"""The test cast and the site every test can stand on.

pat and sam are participants (sam is the stranger to pat's data), tara is a peer trainer, hana is
health staff and cora the coordinator, who is not a superuser.
"""

import os

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.db import connection
from django.utils import translation
from wagtail.models import Page, Site

from accounts import roles
from cms.models import HomePage, NavigationItem, SiteSettings
from tests.accounts.factories import UserFactory
from tests.courses.factories import (
    AccreditationFactory,
    CoDesignCreditFactory,
    CourseIndexPageFactory,
    CoursePageFactory,
    CourseRunFactory,
    ModulePageFactory,
    TrainerProfileFactory,
    activity,
)

IN_CI = os.environ.get("CI", "").lower() == "true"
TRAINER_NOTE = "Have the crisis line numbers on a card."


def pytest_sessionfinish(session, exitstatus):
    """Under CI a skipped test is a failure: a missing browser or database must not hide."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if IN_CI and skipped and session.exitstatus == 0:
        reporter.write_line(f"CI=true: {len(skipped)} skipped test(s) fail the run.", red=True)
        session.exitstatus = 1


def pytest_collection_modifyitems(items):
    """Tests that flush the database (transactional ones, browser ones) run last, as Django's
    runner puts TransactionTestCases last; browser tests go at the very end."""

    def flushes(item) -> bool:
        marker = item.get_closest_marker("django_db")
        return bool(marker and (marker.kwargs.get("transaction") or marker.args[:1] == (True,)))

    items.sort(key=lambda item: (bool(item.get_closest_marker("browser")), flushes(item)))


@pytest.fixture(scope="session")
def playwright(request):
    """Playwright, started before the test database when the session has browser tests.

    Starting Playwright's sync API gives the main thread a new context, and Django keeps database
    connections per context: a test database set up before that loses the snapshot that
    ``serialized_rollback`` restores after each browser test's flush. So start it first.
    """
    if not any(item.get_closest_marker("browser") for item in request.session.items):
        yield None
        return
    from playwright.sync_api import sync_playwright

    # The sync API marks an event loop as running in this thread; the ORM calls made by the
    # tests and the live server are still plain synchronous code.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def django_db_setup(playwright, django_db_setup):
    """pytest-django's database setup, after Playwright has started (see ``playwright``)."""
    yield


def pytest_runtest_setup(item):
    if item.get_closest_marker("postgres") and connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: set DATABASE_URL=postgres://…")
    if item.get_closest_marker("redis") and not os.environ.get("CELERY_BROKER_URL"):
        pytest.skip("needs Redis: set CELERY_BROKER_URL=redis://…")


@pytest.fixture(autouse=True)
def _site_language():
    # A request under /gd/ leaves Gaelic active in the thread that served it (Django's locale
    # middleware activates a language and never deactivates it); a service called straight
    # from the next test would then speak Gaelic.
    yield
    translation.activate(django_settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Wagtail caches site root paths; rolled-back tests would leave stale ones behind.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def pat(db):
    return UserFactory(email="pat@example.org", full_name="Pat Participant",
                       roles=[roles.PARTICIPANT])


@pytest.fixture
def sam(db):
    return UserFactory(email="sam@example.org", full_name="Sam Stranger",
                       roles=[roles.PARTICIPANT])


@pytest.fixture
def tara(db):
    return UserFactory(email="tara@example.org", full_name="Tara Trainer",
                       roles=[roles.PEER_TRAINER])


@pytest.fixture
def hana(db):
    return UserFactory(email="hana@example.org", full_name="Hana Health",
                       roles=[roles.HEALTH_STAFF])


@pytest.fixture
def cora(db):
    return UserFactory(email="cora@example.org", full_name="Cora Coordinator",
                       roles=[roles.COORDINATOR])


@pytest.fixture
def home(db):
    """A HomePage as the default site's root, replacing Wagtail's placeholder page."""
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Home", slug="home-test", heading="Welcome"))
    site = Site.objects.get(is_default_site=True)
    placeholder = site.root_page
    site.root_page = home
    site.save()
    for page in placeholder.get_translations(inclusive=True):  # its Gaelic alias too
        page.delete()
    settings = SiteSettings.objects.create(site=site, organisation_name="Test Network")
    NavigationItem.objects.create(settings=settings, page=home, label="Home", label_gd="Dachaigh")
    return HomePage.objects.get(pk=home.pk)


@pytest.fixture
def catalogue(home):
    return CourseIndexPageFactory(parent=home)


@pytest.fixture
def course(catalogue):
    course = CoursePageFactory(parent=catalogue, title="Living Well", slug="living-well")
    CoDesignCreditFactory(page=course, name="Mòrag Consented")
    CoDesignCreditFactory(page=course, name="Unconsented Person", consent_given_on=None)
    return course


@pytest.fixture
def run(course):
    """An open run of ``course`` with 12 places and six weekly sessions from next week."""
    return CourseRunFactory(course=course, sessions=6)


@pytest.fixture
def tara_profile(tara, course):
    """Tara is a peer trainer accredited for ``course``."""
    profile = TrainerProfileFactory(user=tara, kind="peer")
    AccreditationFactory(trainer=profile, course=course)
    return profile


@pytest.fixture
def module(course):
    return ModulePageFactory(
        parent=course, title="Pacing", slug="pacing",
        body=[
            activity("Welcome", 20),
            ("trainer_notes", {"notes": f"<p>{TRAINER_NOTE}</p>"}),
            activity("Boom and bust", 40),
        ],
    )
