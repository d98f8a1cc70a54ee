"""Pages are light and show their content quickly on a slow phone connection."""

import pytest

from tests.browser.conftest import log_in

PUBLIC = ["/", "/courses/", "/courses/living-well/", "/courses/living-well/pacing-energy-and-rest/",
          "/gd/courses/", "/about/", "/accounts/login/"]
MOST_BYTES = 150 * 1024
SLOW_3G = {"offline": False, "latency": 400, "downloadThroughput": 400_000 / 8,
           "uploadThroughput": 400_000 / 8}

# Everything the page fetched (the page itself, styles, scripts, fonts, images), as sent: test
# settings serve static files uncompressed, so this is more than production sends.
BYTES_FETCHED = """() => [performance.getEntriesByType("navigation")[0],
                          ...performance.getEntriesByType("resource")]
    .reduce((sum, entry) => sum + (entry.transferSize || entry.encodedBodySize), 0)"""
LARGEST_PAINT = """() => new Promise(resolve => new PerformanceObserver(list => {
    const entries = list.getEntries(); resolve(entries[entries.length - 1].startTime);
}).observe({type: "largest-contentful-paint", buffered: true}))"""


def test_every_public_and_participant_page_weighs_under_150_kb(page, demo):
    paths = PUBLIC + ["/runs/1/"]
    for path in paths:
        page.goto(path, wait_until="load")
        assert page.evaluate(BYTES_FETCHED) < MOST_BYTES, path
    log_in(page, "participant@example.org", "demo-courses-2026")
    for path in ["/my/", "/my/data/"]:
        page.goto(path, wait_until="load")
        assert page.evaluate(BYTES_FETCHED) < MOST_BYTES, path


@pytest.mark.parametrize("path", ["/courses/living-well/", "/my/"])
def test_on_slow_3g_the_main_content_shows_within_3_seconds(browser, live_server, demo, path):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        if path == "/my/":
            log_in(page, "participant@example.org", "demo-courses-2026")
        network = context.new_cdp_session(page)
        network.send("Network.enable")
        network.send("Network.setCacheDisabled", {"cacheDisabled": True})
        network.send("Network.emulateNetworkConditions", SLOW_3G)
        page.goto(path, wait_until="load", timeout=60_000)
        assert page.locator("h1").is_visible()
        assert page.evaluate(LARGEST_PAINT) < 3000, path
    finally:
        context.close()
