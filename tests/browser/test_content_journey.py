"""Home → courses → a course → a module, in English and Gàidhlig, in a real browser."""

import pytest

from tests.browser.conftest import assert_accessible, assert_no_sideways_scroll, log_in


def test_a_visitor_finds_a_course_and_reads_a_module_in_both_languages(page, demo):
    page.goto("/")
    assert page.locator("h1").inner_text() == "Take charge of your health, together"
    assert_accessible(page)

    page.get_by_role("link", name="Find a course").click()
    page.wait_for_url("**/courses/")
    assert page.locator("h1").inner_text() == "Courses"
    assert_accessible(page)

    page.get_by_role("link", name="Living Well with a Long-Term Condition").first.click()
    page.wait_for_url("**/courses/living-well/")
    assert page.get_by_text("Attend at least 4 of 6 sessions.").is_visible()
    assert page.get_by_role("heading", name="Who designed this course").is_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Pacing, energy and rest").click()
    page.wait_for_url("**/courses/living-well/pacing-energy-and-rest/")
    assert page.get_by_role("table").is_visible()
    assert page.get_by_text("Notes for trainers").count() == 0
    assert_accessible(page)

    page.get_by_role("link", name="Change the language to Gàidhlig").click()
    page.wait_for_url("**/gd/courses/living-well/pacing-energy-and-rest/")
    assert page.locator("html").get_attribute("lang") == "gd"
    assert page.get_by_role("heading", name="Plana", exact=True).is_visible()
    # the module is translated: its title in Gaelic, read as Gaelic
    assert page.locator("h1").inner_text() == "Riaghladh astair, lùth is fois"
    assert page.locator("h1").get_attribute("lang") is None
    assert_accessible(page)

    page.get_by_role("link", name="Atharraich an cànan gu English").click()
    page.wait_for_url("**/courses/living-well/pacing-energy-and-rest/")
    assert "/gd/" not in page.url
    assert page.locator("html").get_attribute("lang") == "en"


@pytest.mark.parametrize("path", [
    "/", "/courses/", "/courses/living-well/", "/courses/living-well/pacing-energy-and-rest/",
    "/gd/courses/caring-for-yourself-too/", "/about/", "/privacy/", "/accounts/login/",
    "/accounts/signup/", "/no-such-page/",
])
def test_no_page_scrolls_sideways_on_a_320px_screen(phone, demo, path):
    phone.goto(path)
    assert_no_sideways_scroll(phone)


def test_the_skip_link_and_keyboard_focus_work(page, demo):
    page.goto("/courses/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    assert skip.evaluate("element => element === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_sign_up_shows_an_accessible_error_summary(page, demo):
    page.goto("/accounts/signup/")
    assert_accessible(page)
    page.get_by_label("Full name").fill("Seònaid Nic an t-Saoir")
    page.get_by_role("button", name="Create my account").click()
    summary = page.get_by_role("alert")
    assert summary.get_by_text("There is a problem").is_visible()
    assert summary.evaluate("element => element === document.activeElement")
    assert_accessible(page)


def test_an_editor_sees_the_wagtail_user_bar_and_the_pages_stay_accessible(page, demo):
    log_in(page, "coordinator@example.org", "demo-courses-2026")
    for path in ("/", "/courses/", "/courses/living-well/"):
        page.goto(path)
        assert page.locator("wagtail-userbar, .w-userbar").count() >= 1, path
        assert_accessible(page)
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "skip-link"
