"""Reflective accounts in the shape a regulator asks for: a general template and ones shaped
like the NMC's written reflective account, an HCPC CPD record and an SSSC learning record,
chosen from the person's registration body, checked, changed later and printed in shape."""

import csv
import io
import re
from decimal import Decimal

import pytest
from django.utils import timezone
from pypdf import PdfReader

from accounts.services import my_data
from courses.models import CPDEntry, CPDMethod
from courses.services import cpd, learning, reflections
from tests.courses.factories import CoursePageFactory, ModulePageFactory

pytestmark = pytest.mark.django_db

NMC_ANSWERS = {
    "activity": "An online module on supporting self management.",
    "learned": "People already know a lot about their own condition.",
    "practice": "I now ask what matters to the person before anything else.",
    "code": "Prioritise people: care planned around what the person wants.",
}
NMC_PROMPTS = ("What kind of CPD activity was it?", "What did you learn from it?",
               "How did you change or improve your practice as a result?",
               "How is this relevant to the Code?")


@pytest.fixture
def cpd_module(catalogue):
    course = CoursePageFactory(parent=catalogue, title="Supporting Self Management",
                               slug="supporting", delivery="self_paced", audience="health_staff",
                               cpd_hours=Decimal("3"), session_count=None,
                               completion_min_sessions=None)
    ModulePageFactory(parent=course, title="Part 1", slug="part-1")
    return course


@pytest.fixture
def nurse(hana, cpd_module):
    """Hana, a nurse registered with the NMC, who has worked through the module."""
    cpd.save_staff_profile(hana, profession="Community nurse", registration_body="NMC")
    for part in cpd_module.modules():
        learning.mark_module_done(hana, part)
    return hana


@pytest.fixture
def nmc_entry(nurse, cpd_module):
    return cpd.finish_course(nurse, cpd_module, template="nmc", answers=NMC_ANSWERS)


def _finish_url(course) -> str:
    return f"/my/cpd/courses/{course.pk}/finish/"


def _pdf_text(content: bytes) -> str:
    pages = PdfReader(io.BytesIO(content)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


# --- the templates and the rules ----------------------------------------------------------

def test_it_asks_what_was_learned_and_how_it_is_used_in_every_template():
    for template in reflections.TEMPLATES.values():
        assert {"learned", "practice"} <= set(template.keys), template.key
        assert template.label and template.intro
    assert reflections.get("nmc").label == "NMC written reflective account"
    assert "promote professionalism and trust" in str(reflections.get("nmc").prompts[3].help)


def test_it_keeps_an_nmc_account_with_learning_and_practice_in_their_own_columns(nmc_entry):
    entry = CPDEntry.objects.get(pk=nmc_entry.pk)
    assert entry.reflection_template == "nmc"
    assert (entry.learned, entry.practice) == (NMC_ANSWERS["learned"], NMC_ANSWERS["practice"])
    assert entry.reflection == {"activity": NMC_ANSWERS["activity"], "code": NMC_ANSWERS["code"]}


@pytest.mark.parametrize("body, template", [
    ("NMC", "nmc"), ("nmc", "nmc"), ("Nursing and Midwifery Council", "nmc"),
    ("HCPC", "hcpc"), ("SSSC", "sssc"), ("GMC", "general"), ("", "general"),
])
def test_it_chooses_the_template_from_the_registration_body(hana, body, template):
    cpd.save_staff_profile(hana, profession="Practitioner", registration_body=body)
    assert reflections.default_for(hana).key == template


def test_it_uses_the_general_template_for_someone_without_professional_details(pat):
    assert reflections.default_for(pat).key == "general"


def test_it_refuses_an_account_with_a_prompt_left_empty(nurse, cpd_module):
    with pytest.raises(reflections.ReflectionError) as refused:
        cpd.finish_course(nurse, cpd_module, template="nmc",
                          answers={**NMC_ANSWERS, "code": "  "})
    assert refused.value.code == "no_reflection"
    assert "How is this relevant to the Code?" in refused.value.message
    assert not CPDEntry.objects.exists()


@pytest.mark.parametrize("template, answers, code", [
    ("gmc", NMC_ANSWERS, "unknown_template"),
    ("general", NMC_ANSWERS, "unknown_prompt"),  # the general template asks no "code"
    ("nmc", {**NMC_ANSWERS, "mood": "Fine"}, "unknown_prompt"),
    ("nmc", {**NMC_ANSWERS, "learned": "x" * 3001}, "too_long"),
])
def test_it_refuses_an_unknown_template_an_unknown_prompt_and_a_long_answer(
        nurse, cpd_module, template, answers, code):
    with pytest.raises(reflections.ReflectionError) as refused:
        cpd.finish_course(nurse, cpd_module, template=template, answers=answers)
    assert refused.value.code == code
    assert not CPDEntry.objects.exists()


def test_it_changes_the_reflection_later_but_never_the_hours(nmc_entry):
    cpd.change_reflection(nmc_entry, template="hcpc", answers={
        "activity": "The module again.", "learned": "Listening first.",
        "practice": "Fewer leaflets.", "benefit": "People set their own goals."})
    with pytest.raises(cpd.CPDError) as refused:
        cpd.change_entry(nmc_entry, template="nmc", answers=NMC_ANSWERS, hours=Decimal("99"))
    assert refused.value.code == "recorded_facts"
    entry = CPDEntry.objects.get(pk=nmc_entry.pk)
    assert (entry.reflection_template, entry.learned, entry.hours) == (
        "hcpc", "Listening first.", Decimal("3"))
    assert entry.reflection == {"activity": "The module again.",
                                "benefit": "People set their own goals."}


def test_it_lets_learning_added_by_hand_leave_the_reflection_empty(nurse):
    entry = cpd.add_entry(nurse, template="sssc", answers={"learned": "Supervision helps."},
                          title="Supervision", provider="", hours=Decimal("1"),
                          completed_on=timezone.localdate(), participatory=True)
    assert (entry.reflection_template, entry.learned, entry.practice) == (
        "sssc", "Supervision helps.", "")
    with pytest.raises(reflections.ReflectionError):
        cpd.change_reflection(entry, template="sssc", answers={"mood": "Fine"})


# --- the pages ------------------------------------------------------------------------------

def test_the_finish_page_offers_the_nurses_template_first_and_any_other_by_address(
        client, nurse, cpd_module):
    client.force_login(nurse)
    page = client.get(_finish_url(cpd_module)).content.decode()
    assert all(prompt in page for prompt in NMC_PROMPTS)
    assert re.search(r'value="nmc"[^>]* checked', page)
    assert "Use this template" in page
    hcpc = client.get(_finish_url(cpd_module) + "?template=hcpc").content.decode()
    assert "How does it benefit the people who use your service?" in hcpc
    assert "How is this relevant to the Code?" not in hcpc


def test_using_another_template_keeps_what_was_written_and_records_nothing(
        client, nurse, cpd_module):
    client.force_login(nurse)
    switched = client.post(_finish_url(cpd_module), {
        **NMC_ANSWERS, "template": "sssc", "switch": "1"})
    page = switched.content.decode()
    assert switched.status_code == 200 and not CPDEntry.objects.exists()
    assert "Which parts of the SSSC Codes of Practice does it relate to?" in page
    assert NMC_ANSWERS["learned"] in page and "There is a problem" not in page
    assert f'type="hidden" name="code" value="{NMC_ANSWERS["code"]}"' in page  # kept, hidden
    back = client.post(_finish_url(cpd_module), {
        **NMC_ANSWERS, "codes_of_practice": "", "template": "nmc", "switch": "1"})
    assert f'{NMC_ANSWERS["code"]}</textarea>' in back.content.decode()


def test_a_missing_answer_is_listed_at_the_top_and_linked_to_its_box(client, nurse, cpd_module):
    client.force_login(nurse)
    response = client.post(_finish_url(cpd_module), {**NMC_ANSWERS, "template": "nmc",
                                                     "code": ""})
    page = response.content.decode()
    assert response.status_code == 200 and not CPDEntry.objects.exists()
    assert '<a href="#id_code">Say how this learning relates to the Code.</a>' in page
    assert NMC_ANSWERS["learned"] in page


def test_an_answer_with_a_null_character_is_refused(client, nurse, cpd_module):
    client.force_login(nurse)
    response = client.post(_finish_url(cpd_module), {**NMC_ANSWERS, "template": "nmc",
                                                     "learned": "Fine\x00"})
    assert response.status_code == 400 and not CPDEntry.objects.exists()


def test_finishing_on_the_page_records_the_account_in_its_shape(client, nurse, cpd_module):
    client.force_login(nurse)
    done = client.post(_finish_url(cpd_module), {**NMC_ANSWERS, "template": "nmc"})
    assert done.url == "/my/cpd/"
    entry = CPDEntry.objects.get()
    assert (entry.reflection_template, entry.reflection["code"]) == ("nmc", NMC_ANSWERS["code"])


def test_the_edit_page_changes_the_answers_and_template_but_not_the_hours(
        client, nmc_entry):
    client.force_login(nmc_entry.user)
    url = f"/my/cpd/{nmc_entry.pk}/edit/"
    page = client.get(url).content.decode()
    assert NMC_ANSWERS["code"] in page and "How is this relevant to the Code?" in page
    refused = client.post(url, {"template": "general", "learned": "", "practice": "Ask."})
    assert "Write a few words about what you learned." in refused.content.decode()
    client.post(url, {"template": "general", "learned": "Listen.", "practice": "Ask.",
                      "hours": "99"})
    entry = CPDEntry.objects.get(pk=nmc_entry.pk)
    assert (entry.reflection_template, entry.learned, entry.reflection, entry.hours) == (
        "general", "Listen.", {}, Decimal("3"))


def test_learning_added_by_hand_keeps_its_facts_editable_beside_the_reflection(client, nurse):
    client.force_login(nurse)
    client.post("/my/cpd/add/", {"title": "Study day", "completed_on": "2026-06-01",
                                 "hours": "6", "template": "general"})
    entry = CPDEntry.objects.get()
    client.post(f"/my/cpd/{entry.pk}/edit/", {
        "title": "Falls study day", "completed_on": "2026-06-01", "hours": "5",
        "template": "hcpc", "benefit": "Fewer falls at home."})
    entry.refresh_from_db()
    assert (entry.method, entry.title, entry.hours) == (CPDMethod.OTHER, "Falls study day",
                                                        Decimal("5"))
    assert (entry.reflection_template, entry.reflection) == (
        "hcpc", {"benefit": "Fewer falls at home."})


# --- the log and its exports ----------------------------------------------------------------

def test_the_log_page_shows_the_account_in_its_shape(client, nmc_entry):
    client.force_login(nmc_entry.user)
    page = client.get("/my/cpd/").content.decode()
    assert "NMC written reflective account" in page
    for prompt, answer in zip(NMC_PROMPTS, NMC_ANSWERS.values(), strict=True):
        assert f"<h4>{prompt}</h4><p>{answer}</p>" in page


def test_the_pdf_prints_the_nmc_prompts_with_their_answers(client, nmc_entry):
    client.force_login(nmc_entry.user)
    text = _pdf_text(client.get("/my/cpd/export.pdf").content)
    assert "NMC written reflective account" in text
    for expected in (*NMC_PROMPTS, *NMC_ANSWERS.values()):
        assert expected in text


def test_the_spreadsheet_adds_the_template_and_the_other_answers(client, nmc_entry):
    client.force_login(nmc_entry.user)
    response = client.get("/my/cpd/export.csv")
    header, row = list(csv.reader(io.StringIO(response.getvalue().decode("utf-8-sig"))))
    assert header == ["Date", "Learning", "How", "Provider", "Hours", "Participatory",
                      "What I learned", "How I will use it in practice", "Certificate code",
                      "Reflection template", "Other parts of the reflection"]
    assert row[6:8] == [NMC_ANSWERS["learned"], NMC_ANSWERS["practice"]]
    assert row[9] == "NMC written reflective account"
    assert row[10].splitlines() == [
        f"What kind of CPD activity was it?: {NMC_ANSWERS['activity']}",
        f"How is this relevant to the Code?: {NMC_ANSWERS['code']}"]


def test_my_data_holds_the_template_and_every_answer_and_leaving_erases_them(nmc_entry):
    [entry] = my_data.export_data(nmc_entry.user)["cpd"]["entries"]
    assert (entry["reflection_template"], entry["reflection"]["code"]) == (
        "nmc", NMC_ANSWERS["code"])
    my_data.erase(nmc_entry.user)
    assert CPDEntry.objects.get(pk=nmc_entry.pk).reflection == {}
