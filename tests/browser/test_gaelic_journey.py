"""A Gaelic speaker does it all under /gd/, in Chromium: finds a course, signs up, enrols on the
Gaelic online run, rates their confidence in Gaelic and reads their certificate in Gaelic."""

import re
from datetime import timedelta

from django.core import mail
from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import expect

from courses.demo.content import SCALE
from courses.demo.gaelic import GAELIC
from courses.models import Enrolment, EnrolmentStatus, RatingMoment, Session
from courses.services import certificates, completion
from courses.services.attendance import record_attendance
from tests.browser.conftest import assert_accessible

ENGLISH_TITLE = "Living Well with a Long-Term Condition"
GAELIC_TITLE = GAELIC[ENGLISH_TITLE]
GAELIC_STATEMENTS = [GAELIC[statement] for statement in SCALE["statements"]]
ANSWERS = [3, 4, 5, 6, 7, 8]
EMAIL = "beathag@example.org"


def _check_gaelic_page(page) -> None:
    """What every page of the journey must be: under /gd/, in Gaelic, its main heading not
    marked as English, and accessible."""
    assert "/gd/" in page.url, page.url
    assert page.evaluate("document.documentElement.lang") == "gd", page.url
    assert ENGLISH_TITLE not in page.title(), page.url
    assert page.locator("h1[lang='en'], [lang='en'] h1").count() == 0, page.url
    assert_accessible(page)


def _assert_in_gaelic(locator) -> None:
    """The element's text is read as Gaelic: nothing around it says it is English."""
    expect(locator).to_be_visible()
    assert locator.evaluate("element => element.closest('[lang]').lang") == "gd"


def _find_the_gaelic_online_run(page) -> None:
    page.goto("/gd/")
    expect(page.locator("h1")).to_have_text(GAELIC["Take charge of your health, together"])
    _check_gaelic_page(page)

    page.get_by_role("link", name="Lorg cùrsa").click()
    page.wait_for_url("**/gd/courses/")
    expect(page.locator("h1")).to_have_text(GAELIC["Courses"])
    _check_gaelic_page(page)

    page.get_by_role("link", name=GAELIC_TITLE).first.click()
    page.wait_for_url("**/gd/courses/living-well/")
    expect(page.locator("h1")).to_have_text(GAELIC_TITLE)
    expect(page.locator("h1")).not_to_have_text(ENGLISH_TITLE)
    _assert_in_gaelic(page.locator("h1"))
    _check_gaelic_page(page)

    runs = page.get_by_role("region", name="Cinn-latha is àiteachan").locator(".card")
    gaelic_online = runs.filter(has_text="Gàidhlig").filter(has_text="Air loidhne")
    expect(gaelic_online).to_have_count(1)
    assert runs.count() > 1  # the course's English runs are listed too
    page.get_by_label("Cànan").select_option(label="Gàidhlig")
    page.get_by_role("button", name="Seall na cinn-latha").click()
    expect(runs).to_have_count(1)
    expect(gaelic_online).to_have_count(1)
    _check_gaelic_page(page)

    gaelic_online.get_by_role("link").click()
    page.wait_for_url(re.compile(r"/gd/runs/\d+/$"))
    expect(page.locator("main .caption")).to_have_text(GAELIC_TITLE)
    _check_gaelic_page(page)


def _sign_up_in_gaelic(page) -> None:
    """From the run's page: log in or create an account, confirm the address, and be back."""
    page.get_by_role("link", name="Clàraich", exact=True).click()
    page.wait_for_url("**/gd/accounts/login/**")
    _check_gaelic_page(page)
    page.get_by_role("main").get_by_role("link", name="Cruthaich cunntas").click()
    page.wait_for_url("**/gd/accounts/signup/**")
    _check_gaelic_page(page)

    page.get_by_label("Ainm slàn").fill("Beathag Nic Dhòmhnaill")
    page.get_by_label("Seòladh puist-d").fill(EMAIL)
    page.get_by_label("Facal-faire", exact=True).fill("a-long-enough-passphrase")
    page.get_by_label("Am facal-faire a-rithist").fill("a-long-enough-passphrase")
    page.get_by_label("Gàidhlig").check()
    page.get_by_label("Tha mi ag aontachadh gum faod sibh mo mhion-fhiosrachadh").check()
    page.get_by_role("button", name="Cruthaich an cunntas agam").click()
    expect(page.get_by_role("heading", name="Thoir sùil air do phost-d")).to_be_visible()
    _check_gaelic_page(page)

    link = re.search(r"https?://[^/\s]+(/gd/accounts/confirm-email/\S+)", mail.outbox[-1].body)
    page.goto(link[1])  # as if from the e-mail, which is in Gaelic and links to /gd/
    _check_gaelic_page(page)
    page.get_by_role("button", name="Dearbh").click()
    page.wait_for_url(lambda url: "confirm-email" not in url)


def _enrol(page) -> None:
    page.get_by_label("A bheil dad ann a chuidicheadh tu gus pàirt a ghabhail?").fill(
        "Bu toil leam fo-thiotalan air a’ ghairm bhidio.")
    page.get_by_role("button", name="Clàraich", exact=True).click()
    expect(page.get_by_text("Tha àite agad air an ruith seo den chùrsa.")).to_be_visible()
    _check_gaelic_page(page)

    confirmation = mail.outbox[-1]
    assert confirmation.to == [EMAIL]
    assert GAELIC_TITLE in confirmation.subject and ENGLISH_TITLE not in confirmation.body
    with page.expect_download() as download:
        page.get_by_role("link", name="Cuir na seiseanan uile ris a’ mhìosachan agad").click()
    events = Calendar.from_ical(open(download.value.path(), "rb").read()).walk("VEVENT")
    assert len(events) == 6
    assert all(str(event["summary"]).startswith(f"{GAELIC_TITLE}: ") for event in events)


def _rate_before_the_course(page) -> None:
    page.get_by_role("link", name="Na cùrsaichean agam").click()
    page.wait_for_url("**/gd/my/")
    _assert_in_gaelic(page.get_by_role("region", name="Na h-àiteachan agad")
                      .get_by_role("link", name=GAELIC_TITLE))
    _check_gaelic_page(page)

    page.get_by_role("link", name=f"{GAELIC_TITLE}: ron chùrsa").click()
    expect(page.locator("h1")).to_have_text("Dè cho misneachail ’s a tha thu a’ faireachdainn?")
    expect(page.locator("legend")).to_have_text(GAELIC_STATEMENTS)
    for legend in page.locator("legend").all():
        _assert_in_gaelic(legend)
    _check_gaelic_page(page)
    for statement, value in zip(GAELIC_STATEMENTS, ANSWERS, strict=True):
        page.get_by_role("group", name=statement).get_by_text(str(value), exact=True).click()
    page.get_by_role("button", name="Sàbhail na freagairtean agam").click()
    expect(page.get_by_text("Chaidh na freagairtean agad a shàbhaladh")).to_be_visible()
    _check_gaelic_page(page)


def _finish_the_course(enrolment: Enrolment):
    """The weeks go by: every session is in the past and attended, and the run is finished,
    which completes the enrolment; the certificate service then has it issued, once."""
    run = enrolment.run
    for weeks_ago, session in enumerate(run.sessions.order_by("-starts_at"), start=1):
        start = timezone.now() - timedelta(weeks=weeks_ago)
        Session.objects.filter(pk=session.pk).update(starts_at=start,
                                                     ends_at=start + timedelta(hours=2))
        record_attendance(Session.objects.get(pk=session.pk), enrolment, "present", by=None,
                          method="trainer")
    completion.close_run(run)
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.COMPLETED
    certificate = certificates.issue_for_enrolment(enrolment)
    assert (certificate.language, certificate.course_title) == ("gd", GAELIC_TITLE)
    return certificate


def _read_the_certificate(page, code: str) -> None:
    page.get_by_role("link", name="Na cùrsaichean agam").click()
    page.wait_for_url("**/gd/my/")
    mine = page.get_by_role("region", name="Na teisteanasan agad")
    _assert_in_gaelic(mine.get_by_role("heading", name=GAELIC_TITLE))
    _assert_in_gaelic(page.get_by_role("region", name="An t-adhartas agad")
                      .get_by_role("heading", name=GAELIC_TITLE))
    _check_gaelic_page(page)

    read_it = re.compile(rf"Leugh e mar dhuilleag-lìn\s*: {re.escape(GAELIC_TITLE)}")
    mine.get_by_role("link", name=read_it).click()
    page.wait_for_url(f"**/gd/certificates/{code}/")
    expect(page.locator("h1")).to_have_text("Teisteanas crìochnachaidh")
    expect(page.get_by_role("heading", name="Beathag Nic Dhòmhnaill")).to_be_visible()
    _assert_in_gaelic(page.get_by_role("heading", name=GAELIC_TITLE))
    expect(page.locator("main")).not_to_contain_text(ENGLISH_TITLE)
    _check_gaelic_page(page)

    page.get_by_role("link", name=f"/gd/certificates/verify/{code}/").click()
    expect(page.get_by_text("Tha an teisteanas seo dligheach.")).to_be_visible()
    expect(page.locator(".panel--valid")).to_contain_text(GAELIC_TITLE)
    _assert_in_gaelic(page.locator(".panel--valid dd", has_text=GAELIC_TITLE))
    _check_gaelic_page(page)


def test_a_gaelic_speaker_finds_enrols_rates_and_gets_a_certificate_all_in_gaelic(
        page, demo, live_server, settings):
    settings.WAGTAILADMIN_BASE_URL = live_server.url  # the address printed on certificates
    _find_the_gaelic_online_run(page)
    run_page = page.url
    _sign_up_in_gaelic(page)
    assert page.url == run_page  # back on the run, logged in
    _check_gaelic_page(page)
    _enrol(page)

    enrolment = Enrolment.objects.get(user__email=EMAIL)
    assert (enrolment.user.preferred_language, enrolment.run.language) == ("gd", "gd")
    _rate_before_the_course(page)
    rating = enrolment.ratings.get(moment=RatingMoment.BEFORE)
    # Answered in Gaelic, kept against the English statements, so both languages count together.
    assert sorted(rating.answers.values_list("statement__text", "value")) == sorted(
        zip(SCALE["statements"], ANSWERS, strict=True))

    certificate = _finish_the_course(enrolment)
    assert GAELIC_TITLE in mail.outbox[-1].subject  # "your certificate for …", in Gaelic
    _read_the_certificate(page, certificate.code)
