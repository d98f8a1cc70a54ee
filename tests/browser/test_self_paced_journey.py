"""Self-paced learning in a real browser, on a phone: a nurse works through a CPD course (a
private note, a knowledge check answered with the keyboard alone, a module marked done, coming
back to where she stopped, a reflection, her CPD log and certificate), and a participant takes a
course online, from a confidence rating before to a certificate and what could come next. axe
finds nothing on any page they see.

Set ``LEARNING_SHOTS`` to a folder to keep a screenshot of every page checked."""

import io
import json
import os
import re
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from accounts import roles
from courses.models import LearnerNote
from courses.services import cpd
from tests.accounts.factories import UserFactory
from tests.browser.conftest import assert_accessible, assert_no_sideways_scroll, log_in
from tests.courses.factories import (
    ConfidenceScaleFactory,
    CourseIndexPageFactory,
    CoursePageFactory,
    ModulePageFactory,
)

SHOTS = os.environ.get("LEARNING_SHOTS")
STATEMENTS = ["I can pace my day around my breathing.", "I can ask for help when I need it.",
              "I can tell my nurse what matters to me."]


# --- a module's body, in the stored (raw) form, with the ids a knowledge check is marked by ---

def _block(kind: str, value) -> dict:
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def case_study(title: str) -> dict:
    return _block("case_study", {
        "title": title, "minutes": 10, "situation": "<p>Morag, 67, has COPD.</p>",
        "transcript": [_block("item", {"speaker": "Nurse", "words": "What matters to you?"}),
                       _block("item", {"speaker": "Morag", "words": "My garden, in spring."})],
        "notice": "How one open question changes the conversation."})


def try_this(title: str, notes_label: str) -> dict:
    return _block("try_this", {"title": title, "minutes": 15, "notes_label": notes_label,
                               "instructions": "<p>Write three questions that start with "
                                               "<em>what</em> or <em>how</em>.</p>"})


def reflection(prompt: str) -> dict:
    return _block("reflection", {"prompt": prompt, "minutes": 5,
                                 "help": "There is no right answer."})


def key_points(*points: str) -> dict:
    return _block("key_points", {"heading": "Key points",
                                 "points": [_block("item", point) for point in points]})


def knowledge_check(*questions: dict) -> dict:
    return _block("knowledge_check", {"introduction": "A few questions on this module.",
                                      "questions": list(questions)})


def choice(question: str, right: str, *wrong: str) -> dict:
    options = [{"text": text, "correct": text == right,
                "feedback": f"{'Yes' if text == right else 'No'}: {text.lower()}"}
               for text in (wrong[:1] + (right,) + wrong[1:])]  # the right one second
    return _block("choice", {"question": question,
                             "options": [_block("item", option) for option in options]})


def true_false(statement: str, *, is_true: bool) -> dict:
    return _block("true_false", {"statement": statement, "is_true": is_true,
                                 "feedback_true": "Answered true: here is why.",
                                 "feedback_false": "Answered false: here is why."})


def module(course, title: str, *blocks: dict):
    return ModulePageFactory(parent=course, title=title, summary=f"About {title.lower()}.",
                             body=json.dumps(list(blocks)))


# --- what every page gets ---------------------------------------------------------------------

def _looks_right(page, name: str) -> None:
    """Nothing axe can find, no sideways scrolling, and a screenshot when asked for."""
    assert_accessible(page)
    assert_no_sideways_scroll(page)
    _shot(page, name, full_page=True)


def _shot(page, name: str, *, full_page: bool = False) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=Path(SHOTS) / f"{name}.png", full_page=full_page)


def _tab_to(page, target, *, limit: int = 80) -> None:
    """Press Tab until ``target`` has the focus, as someone without a mouse does."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"Tab never reached {target}")


def _pdf_text(download, tmp_path, name: str) -> str:
    saved = tmp_path / name
    download.save_as(saved)
    reader = PdfReader(io.BytesIO(saved.read_bytes()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


# --- a nurse's CPD course -------------------------------------------------------------------

OPEN = "Which of these is an open question?"
ADVICE = "Giving advice first helps people set their own goals."


@pytest.fixture
def cpd_course(home):
    course = CoursePageFactory(
        parent=CourseIndexPageFactory(parent=home), title="Conversations that Help",
        slug="conversations", delivery="self_paced", audience="health_staff",
        cpd_hours=Decimal("1.5"), session_count=None, completion_min_sessions=None)
    module(course, "Open questions", case_study("A review at the surgery"),
           try_this("Three open questions", "Your three questions"),
           key_points("Ask what matters to the person.", "Listen before advising."),
           knowledge_check(choice(OPEN, "What matters most to you just now?",
                                  "Are you taking your inhaler?", "Is your breathing worse?"),
                           true_false(ADVICE, is_true=False)))
    module(course, "Listening first", reflection("When did someone surprise you last?"),
           key_points("Silence gives people room."))
    module(course, "Planning together", case_study("A plan Morag made"),
           knowledge_check(true_false("A plan is the person's own, in their words.",
                                      is_true=True)))
    nurse = UserFactory(full_name="Ùna Chaimbeul", roles=[roles.HEALTH_STAFF])
    cpd.save_staff_profile(nurse, profession="Community nurse", registration_body="NMC")
    return course, nurse


def _answer_by_keyboard(page, *, open_question: int, advice: str) -> None:
    """Answer the two questions of "Open questions" with Tab, arrows, Space and Enter only:
    ``open_question`` presses of the down arrow in the first; "True" or "False" in the
    second."""
    _tab_to(page, page.get_by_role("group", name=OPEN).get_by_role("radio").first)
    page.keyboard.press("Space")
    for _ in range(open_question):
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")
    page.keyboard.press("Space" if advice == "True" else "ArrowDown")
    expect(page.get_by_role("group", name=ADVICE).get_by_label(advice)).to_be_checked()
    _shot(page, f"keyboard-{advice.lower()}")  # the focus, as she sees it
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Check my answers")).to_be_focused()
    page.keyboard.press("Enter")


def _reflect(page, learned: str, practice: str) -> None:
    """The reflection that finishes a CPD course: a nurse's page opens on the NMC's shape."""
    page.get_by_label("What kind of CPD activity was it?").fill("An online module, alone.")
    page.get_by_label("What did you learn from it?").fill(learned)
    page.get_by_label("How did you change or improve your practice as a result?").fill(practice)
    page.get_by_label("How is this relevant to the Code?").fill("Prioritise people.")
    page.get_by_role("button", name="Finish and add to my CPD log").click()


def test_a_nurse_works_through_a_cpd_course_on_her_phone_and_keeps_its_record(
        phone_page, cpd_course, tmp_path, settings, live_server):
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    course, nurse = cpd_course
    page = phone_page
    log_in(page, nurse)
    page.goto(course.url)
    _looks_right(page, "01-cpd-course")
    page.get_by_role("link", name="Start the first module").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Open questions")
    _looks_right(page, "02-module")

    notes = page.get_by_label("Your three questions")
    notes.fill("What matters to you today?")
    page.get_by_role("button", name="Save my notes").click()
    expect(page.get_by_text("Your notes are saved. Only you can see them.")).to_be_visible()
    page.reload()
    expect(notes).to_have_value("What matters to you today?")
    assert LearnerNote.objects.get(user=nurse).text == "What matters to you today?"

    _answer_by_keyboard(page, open_question=1, advice="True")  # the second is wrong
    expect(page.get_by_role("heading", level=1)).to_have_text("Not passed yet")
    expect(page.get_by_text("1 of 2 right. The pass mark is 80%.")).to_be_visible()
    expect(page.get_by_text("Right: you chose “What matters most to you just now?”."))\
        .to_be_visible()
    expect(page.get_by_text("Not quite: you chose “True”.")).to_be_visible()
    expect(page.get_by_text("Answered true: here is why.")).to_be_visible()
    _looks_right(page, "03-not-passed")

    try_again = page.get_by_role("link", name="Try again")
    _tab_to(page, try_again)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your understanding")
    _looks_right(page, "04-check")
    _answer_by_keyboard(page, open_question=1, advice="False")
    expect(page.get_by_role("heading", level=1)).to_have_text("You passed")
    _looks_right(page, "05-passed")
    _tab_to(page, page.get_by_role("button", name="Continue"))
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Listening first")
    page.get_by_role("button", name="Mark as done and continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Planning together")

    page.goto("/my/")  # she stops for the day, and comes back later
    _looks_right(page, "06-my-page")
    page.goto(course.url)
    expect(page.get_by_text("2 of 3 modules done.")).to_be_visible()
    _looks_right(page, "07-cpd-course-again")
    page.get_by_role("link", name="Carry on where you left off: Planning together").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Planning together")
    _looks_right(page, "08-last-module")
    page.get_by_role("group", name="A plan is the person's own").get_by_label("True").check()
    page.get_by_role("button", name="Check my answers").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You passed")
    page.get_by_role("button", name="Continue").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Your reflection")
    _looks_right(page, "09-reflection")
    _reflect(page, "Open questions hand the agenda back.", "Ask what matters before I advise.")

    expect(page.get_by_role("heading", level=1)).to_have_text("My CPD log")
    expect(page.get_by_role("heading", name="Conversations that Help")).to_be_visible()
    _looks_right(page, "10-cpd-log")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the log (PDF)").click()
    text = _pdf_text(download.value, tmp_path, "log.pdf")
    assert re.search(r"\b1\.50? hours", text) and "Ask what matters before I advise." in text

    page.get_by_role("link", name=re.compile(r"^Certificate\s*: Conversations that Help")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Certificate of CPD")
    _looks_right(page, "11-cpd-certificate")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the certificate (PDF)").click()
    text = _pdf_text(download.value, tmp_path, "certificate.pdf")
    assert "Knowledge check" in text and "CPD: 1.5 hours" in text


def test_the_module_page_has_nothing_axe_can_find_on_a_desktop(browser, live_server, cpd_course):
    course, nurse = cpd_course
    context = browser.new_context(base_url=live_server.url,
                                  viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        first = course.modules()[0].url
        page.goto(first)  # read by anyone, kept for someone signed in
        expect(page.get_by_text("sign in or create an account")).to_be_visible()
        _looks_right(page, "20-desktop-module-anonymous")
        log_in(page, nurse)
        page.goto(first)
        expect(page.get_by_role("button", name="Check my answers")).to_be_visible()
        _looks_right(page, "21-desktop-module")
    finally:
        context.close()


# --- a participant's course online ----------------------------------------------------------

@pytest.fixture
def online_course(home):
    course = CoursePageFactory(
        parent=CourseIndexPageFactory(parent=home), title="Breathing Space Online",
        slug="breathing-space", delivery="self_paced", audience="long_term_conditions",
        confidence_scale=ConfidenceScaleFactory(statements=STATEMENTS),
        session_count=None, completion_min_sessions=None)
    module(course, "Knowing your breath", try_this("Notice your breath", "What you noticed"),
           knowledge_check(true_false("Breathing out slowly can help.", is_true=True)))
    module(course, "Pacing your day", key_points("Little and often."),
           knowledge_check(choice("What is pacing?", "Spreading tasks out",
                                  "Doing it all at once")))
    return course, UserFactory(full_name="Ealasaid Ghrannd", roles=[roles.PARTICIPANT])


def _rate(page, scores: dict[str, int]) -> None:
    for statement, score in scores.items():
        page.get_by_role("group", name=statement).get_by_text(str(score), exact=True).click()
    page.get_by_role("button", name="Save my answers").click()
    expect(page.get_by_text("Thank you: your answers are saved.")).to_be_visible()


def test_a_participant_takes_a_course_online_from_first_rating_to_certificate(
        phone_page, online_course, tmp_path, settings, live_server):
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    course, person = online_course
    page = phone_page
    log_in(page, person)
    page.goto(course.url)
    _looks_right(page, "30-online-course")
    page.get_by_role("button", name="Start the course").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("How confident do you feel?")
    expect(page.get_by_text("Before you start")).to_be_visible()
    _looks_right(page, "31-rate-before")
    _rate(page, {STATEMENTS[0]: 3, STATEMENTS[1]: 4})  # the third skipped

    expect(page.get_by_role("heading", level=1)).to_have_text("Knowing your breath")
    _looks_right(page, "32-online-module")
    page.get_by_role("group", name="Breathing out slowly can help.").get_by_label("True").check()
    page.get_by_role("button", name="Check my answers").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You passed")
    page.get_by_role("button", name="Continue").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Pacing your day")
    page.get_by_role("group", name="What is pacing?").get_by_label("Spreading tasks out").check()
    page.get_by_role("button", name="Check my answers").click()
    _looks_right(page, "33-online-passed")
    page.get_by_role("button", name="Continue").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Finish the course")
    _looks_right(page, "34-finish")
    page.get_by_role("link", name="Rate my confidence now").click()
    expect(page.get_by_text("At the end")).to_be_visible()
    _looks_right(page, "35-rate-end")
    _rate(page, {STATEMENTS[0]: 7, STATEMENTS[1]: 8})
    expect(page.get_by_role("heading", level=1)).to_have_text("Finish the course")
    page.get_by_role("button", name="Finish and get my certificate").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("You finished the course")
    table = page.get_by_role("table", name="Your confidence, from 0 to 10")
    expect(table.get_by_role("row", name="Before you started 3.5")).to_be_visible()
    expect(table.get_by_role("row", name="At the end 7.5")).to_be_visible()
    expect(page.get_by_role("heading", name="Interested in volunteering or becoming a peer "
                                             "trainer?")).to_be_visible()
    _looks_right(page, "36-finished")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download your certificate (PDF)").click()
    text = _pdf_text(download.value, tmp_path, "certificate.pdf")
    assert "Breathing Space Online" in text and "online, at their own pace" in text
    assert re.search(r"Knowledge checks? passed", text)
