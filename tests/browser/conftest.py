"""What every browser journey shares: headless Chromium (Debian's package) driven by
Playwright, a desktop ``page`` and a narrow ``phone``, the ``PHONE`` size, logging in, and the
axe-core audit. Every test here is marked ``browser`` and runs against a live server with a
real (transactional) database."""

import os
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.accounts.factories import PASSWORD

HERE = Path(__file__).resolve().parent
PHONE = {"width": 390, "height": 844}  # a common phone; the ``phone`` fixture is the 320 px reflow

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]

@pytest.fixture
def demo(transactional_db):
    """The demo that ``make run`` loads."""
    call_command("seed_demo", stdout=open(os.devnull, "w"))


def pytest_collection_modifyitems(items):
    for item in items:
        if HERE in Path(item.fspath).resolve().parents:
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))


@pytest.fixture(scope="session")
def browser(playwright):
    if not CHROMIUM.exists():
        pytest.skip(f"needs Chromium at {CHROMIUM} (Debian package 'chromium')")
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield browser
    browser.close()


def _watch_policy(page) -> list[str]:
    """Collect what the Content Security Policy blocked: every journey must run clean."""
    blocked = []
    page.on("console", lambda message: blocked.append(f"{page.url}: {message.text}")
            if "Content Security Policy" in message.text else None)
    return blocked


@contextmanager
def _clean_page(browser, live_server, viewport: dict, **options):
    """A page in a context of its own at ``viewport``; on leaving, nothing the Content
    Security Policy blocked."""
    context = browser.new_context(base_url=live_server.url, viewport=viewport, **options)
    page = context.new_page()
    page.set_default_timeout(15_000)
    blocked = _watch_policy(page)
    yield page
    context.close()
    assert blocked == [], "\n".join(blocked)


@pytest.fixture
def page(browser, live_server):
    with _clean_page(browser, live_server, {"width": 1024, "height": 800}) as page:
        yield page


@pytest.fixture
def phone(browser, live_server):
    """A narrow phone-sized page: 320 CSS pixels is the WCAG reflow width."""
    with _clean_page(browser, live_server, {"width": 320, "height": 640}) as page:
        yield page


@pytest.fixture
def phone_page(browser, live_server):
    """A common phone (``PHONE``, 390 px wide) that accepts downloads."""
    with _clean_page(browser, live_server, PHONE, accept_downloads=True) as page:
        yield page


def assert_accessible(page) -> None:
    """Zero axe-core violations on the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


def assert_no_sideways_scroll(page) -> None:
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px"


def log_in(page, who, password: str = PASSWORD) -> None:
    """Log in through the form as ``who`` (a user or an e-mail address) and wait to be in."""
    page.goto("/accounts/login/")
    page.get_by_label("E-mail address").fill(getattr(who, "email", who))
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)
