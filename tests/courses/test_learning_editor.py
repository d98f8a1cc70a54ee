"""Writing self-paced modules in the editor: the learner blocks check themselves, and a module
refuses the blocks that do not belong in its kind of course."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.models import Document
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.learning_blocks import CaseStudyBlock, ChoiceQuestionBlock, MediaBlock
from courses.models import ModulePage
from tests.courses.factories import CoursePageFactory

pytestmark = pytest.mark.django_db

CHECK = ("knowledge_check", {"introduction": "", "questions": streamfield([
    ("true_false", {"statement": "Pacing means doing less.", "is_true": "",
                    "feedback_true": "Not quite.", "feedback_false": "Right."})])})
ACTIVITY = ("activity", {"title": "Round", "minutes": "20", "instructions": rich_text("<p>x</p>"),
                         "materials": ""})
TRY_THIS = ("try_this", {"title": "A diary", "minutes": "15",
                         "instructions": rich_text("<p>Note your energy.</p>"),
                         "notes_label": "Your diary"})


@pytest.fixture
def self_paced(catalogue):
    return CoursePageFactory(parent=catalogue, slug="pacing", delivery="self_paced",
                             audience="long_term_conditions", session_count=None)


def _add_module(client, course, *blocks):
    return client.post(f"/admin/pages/add/courses/modulepage/{course.pk}/", nested_form_data({
        "title": "Noticing your energy", "slug": "noticing", "summary": "", "pass_mark": "80",
        "body": streamfield(list(blocks)), "comments": inline_formset([]),
        "action-publish": "publish"}))


def test_a_self_paced_module_refuses_a_group_activity_with_a_reason(client, cora, self_paced):
    client.force_login(cora)  # a coordinator, not a superuser
    response = _add_module(client, self_paced, TRY_THIS, ACTIVITY)
    assert response.status_code == 200
    assert "is for a group session" in response.content.decode()
    assert not ModulePage.objects.filter(slug="noticing").exists()


def test_a_group_course_refuses_a_knowledge_check(client, cora, course):
    client.force_login(cora)
    response = _add_module(client, course, ACTIVITY, CHECK)
    assert response.status_code == 200
    assert "is for self-paced courses" in response.content.decode()


def test_a_self_paced_module_takes_the_learner_blocks(client, cora, self_paced):
    client.force_login(cora)
    response = _add_module(client, self_paced, TRY_THIS, CHECK)
    assert response.status_code == 302, response.content.decode()[:2000]
    module = ModulePage.objects.get(slug="noticing", locale__language_code="en")
    assert [block.block_type for block in module.body] == ["try_this", "knowledge_check"]
    assert module.planned_minutes == 15


def _clean(block, **value):
    return block.clean(block.to_python(value))


def test_a_question_needs_exactly_one_right_answer():
    options = [{"text": "A", "correct": True, "feedback": "Yes"},
               {"text": "B", "correct": True, "feedback": "Also"}]
    with pytest.raises(StructBlockValidationError) as error:
        _clean(ChoiceQuestionBlock(), question="Which?", options=options)
    assert "options" in error.value.block_errors


def test_a_case_study_needs_a_situation_or_a_transcript():
    with pytest.raises(StructBlockValidationError):
        _clean(CaseStudyBlock(), title="A review", minutes=5, situation="", transcript=[],
               notice="The first question.")


def test_a_video_needs_captions(db):
    clip = Document.objects.create(title="Clip", file=ContentFile(b"x", name="clip.mp4"))
    with pytest.raises(StructBlockValidationError) as error:
        _clean(MediaBlock(), title="Pacing", minutes=3, kind="video", file=clip.pk,
               captions=None, transcript="<p>Words</p>")
    assert "captions" in error.value.block_errors


def test_a_participants_self_paced_course_awards_no_cpd_hours(catalogue):
    course = CoursePageFactory.build(delivery="self_paced", audience="carers",
                                     cpd_hours=Decimal("2"), session_count=None)
    with pytest.raises(ValidationError) as error:
        course.clean()
    assert "cpd_hours" in error.value.message_dict
