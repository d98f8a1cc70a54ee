"""Working through a self-paced course: knowledge checks, modules done, where to resume, time,
notes, and a participant's place with its ratings and certificate."""

import uuid
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from accounts.services import my_data
from courses.models import (
    Certificate,
    KnowledgeCheckAnswer,
    KnowledgeCheckAttempt,
    LearnerNote,
    ModulePage,
    ModuleProgress,
    ModuleVisit,
    SelfPacedPlace,
)
from courses.services import cpd, learning
from courses.services.learning import VISIT_CAP_SECONDS, LearningError
from tests.courses.factories import (
    ConfidenceScaleFactory,
    CoursePageFactory,
    ModulePageFactory,
)

pytestmark = pytest.mark.django_db

CHECK = ("knowledge_check", {"introduction": "", "questions": [
    ("choice", {"question": "Which question opens the conversation?", "options": [
        {"text": "What matters to you just now?", "correct": True,
         "feedback": "It starts from the person's own priorities."},
        {"text": "Are you taking your inhalers?", "correct": False,
         "feedback": "A closed question: it starts from ours."}]}),
    ("true_false", {"statement": "Advice given early works best.", "is_true": False,
                    "feedback_true": "Not so: early advice often closes things down.",
                    "feedback_false": "Right: listening first works better."}),
]})
TRY_THIS = ("try_this", {"title": "Three questions", "minutes": 10,
                         "instructions": "<p>Write three.</p>", "notes_label": "Yours"})
READING = ("reflection", {"prompt": "What surprised you?", "minutes": 5, "help": ""})


def _module(course, slug, *blocks, pass_mark=100):
    module = ModulePageFactory(parent=course, slug=slug, title=slug.title(), body=list(blocks),
                               pass_mark=pass_mark)
    return ModulePage.objects.get(pk=module.pk)  # with the block ids given on saving


@pytest.fixture
def staff(hana):
    cpd.save_staff_profile(hana, profession="Practice nurse", registration_body="NMC")
    return hana


@pytest.fixture
def cpd_course(catalogue):
    course = CoursePageFactory(parent=catalogue, slug="cpd", delivery="self_paced",
                               audience="health_staff", cpd_hours=Decimal("1.5"),
                               session_count=None, completion_min_sessions=None)
    return course, [_module(course, "asking", TRY_THIS, CHECK), _module(course, "reading", READING)]


@pytest.fixture
def online(catalogue):
    course = CoursePageFactory(parent=catalogue, slug="pacing", delivery="self_paced",
                               audience="long_term_conditions", session_count=None,
                               completion_min_sessions=None,
                               confidence_scale=ConfidenceScaleFactory())
    return course, [_module(course, "noticing", CHECK), _module(course, "planning", READING)]


def _answers(module, right=True):
    check = learning.knowledge_check(module)
    return {question.id: next(o.id for o in question.options if o.correct == right)
            for question in check.questions}


def test_it_passes_at_the_pass_mark_and_the_module_is_done(staff, cpd_course):
    course, (asking, _reading) = cpd_course
    attempt = learning.submit_check(staff, asking, _answers(asking))
    assert (attempt.correct, attempt.questions, attempt.passed) == (2, 2, True)
    assert learning.progress(staff, course).done == 1


def test_it_keeps_a_failed_attempt_with_its_answers_and_allows_another(staff, cpd_course):
    course, (asking, _reading) = cpd_course
    answers = _answers(asking)
    first_question = learning.knowledge_check(asking).questions[0]
    answers[first_question.id] = next(o.id for o in first_question.options if not o.correct)
    failed = learning.submit_check(staff, asking, answers)  # 1 of 2: under the 100 % mark
    assert (failed.correct, failed.passed) == (1, False)
    assert failed.answers.count() == 2
    assert learning.progress(staff, course).done == 0
    assert learning.submit_check(staff, asking, _answers(asking)).passed
    assert KnowledgeCheckAttempt.objects.filter(user=staff).count() == 2


def test_the_pass_mark_is_the_modules(staff, catalogue):
    course = CoursePageFactory(parent=catalogue, delivery="self_paced", audience="health_staff",
                               cpd_hours=Decimal("1"), session_count=None)
    module = _module(course, "half", CHECK, pass_mark=50)
    answers = _answers(module)
    question = learning.knowledge_check(module).questions[1]
    answers[question.id] = next(o.id for o in question.options if not o.correct)
    assert learning.submit_check(staff, module, answers).passed  # 1 of 2 is 50 %


def test_a_choice_that_is_not_an_option_is_refused_and_nothing_is_kept(staff, cpd_course):
    _course, (asking, _reading) = cpd_course
    answers = _answers(asking)
    answers[next(iter(answers))] = "not-an-option"
    with pytest.raises(LearningError) as refused:
        learning.submit_check(staff, asking, answers)
    assert refused.value.code == "not_an_option"
    assert not KnowledgeCheckAttempt.objects.exists() and not KnowledgeCheckAnswer.objects.exists()


def test_every_question_needs_an_answer_and_only_its_own(staff, cpd_course):
    _course, (asking, _reading) = cpd_course
    answers = _answers(asking)
    with pytest.raises(LearningError) as unanswered:
        learning.submit_check(staff, asking, dict(list(answers.items())[:1]))
    assert unanswered.value.code == "unanswered"
    with pytest.raises(LearningError) as stranger:
        learning.submit_check(staff, asking, {**answers, "someone-else": "true"})
    assert stranger.value.code == "not_a_question"


def test_a_module_with_a_check_is_done_only_when_it_is_passed(staff, cpd_course):
    _course, (asking, reading) = cpd_course
    with pytest.raises(LearningError) as refused:
        learning.mark_module_done(staff, asking)
    assert refused.value.code == "check_not_passed"
    progress = learning.mark_module_done(staff, reading)  # no check: marking it is enough
    assert [step.done for step in progress.steps] == [False, True]


def test_it_takes_the_learner_back_to_the_module_they_opened_last(staff, cpd_course):
    course, (asking, reading) = cpd_course
    assert learning.progress(staff, course).resume_module == asking
    learning.open_module(staff, asking, now=timezone.now() - timedelta(hours=2))
    learning.open_module(staff, reading, now=timezone.now() - timedelta(hours=1))
    assert learning.progress(staff, course).resume_module == reading
    learning.mark_module_done(staff, reading)
    assert learning.progress(staff, course).resume_module == asking


def test_time_grows_with_each_report_but_never_past_the_time_elapsed(staff, cpd_course):
    course, (asking, _reading) = cpd_course
    key, start = uuid.uuid4(), timezone.now()
    assert learning.record_time(staff, asking, key=key, seconds=0, now=start) == 0
    later = start + timedelta(seconds=60)
    assert learning.record_time(staff, asking, key=key, seconds=600, now=later) == 65
    assert learning.record_time(staff, asking, key=key, seconds=30, now=later) == 65  # no less
    assert learning.progress(staff, course).steps[0].seconds == 65


def test_a_visit_counts_no_more_than_the_cap(staff, cpd_course):
    _course, (asking, _reading) = cpd_course
    key, start = uuid.uuid4(), timezone.now()
    learning.record_time(staff, asking, key=key, seconds=0, now=start)
    kept = learning.record_time(staff, asking, key=key, seconds=10 * 60 * 60,
                                now=start + timedelta(hours=10))
    assert kept == VISIT_CAP_SECONDS
    assert ModuleProgress.objects.get(user=staff).active_seconds == VISIT_CAP_SECONDS


def test_notes_are_kept_and_an_empty_box_removes_them(staff, cpd_course):
    _course, (asking, _reading) = cpd_course
    box = next(block.id for block in asking.body if block.block_type == "try_this")
    learning.save_note(staff, asking, box, "  What matters to you?  ")
    assert learning.notes_for(staff, asking) == {box: "What matters to you?"}
    learning.save_note(staff, asking, box, "")
    assert not LearnerNote.objects.exists()
    check_block = next(block.id for block in asking.body if block.block_type != "try_this")
    with pytest.raises(LearningError) as refused:
        learning.save_note(staff, asking, check_block, "Here?")
    assert refused.value.code == "not_a_notes_box"


def test_only_staff_record_work_on_a_cpd_course(pat, cpd_course):
    _course, (asking, _reading) = cpd_course
    with pytest.raises(LearningError) as refused:
        learning.submit_check(pat, asking, _answers(asking))
    assert refused.value.code == "not_staff"


def test_a_participant_rates_before_finishes_and_gets_one_certificate(pat, online):
    course, (noticing, planning) = online
    place = learning.start_course(pat, course)
    statements = [statement.pk for statement in course.confidence_scale.statements.all()]
    assert learning.rate(place, "before", dict.fromkeys(statements, 4)).score == Decimal("4")
    with pytest.raises(LearningError) as early:
        learning.rate(place, "end", dict.fromkeys(statements, 7))
    assert early.value.code == "modules_left"
    learning.submit_check(pat, noticing, _answers(noticing))
    learning.mark_module_done(pat, planning)
    assert learning.rate(place, "end", dict.fromkeys(statements, 7)).score == Decimal("7")
    learning.finish_course(pat, course)
    learning.finish_course(pat, course)  # twice: one certificate
    certificate = Certificate.objects.get(place=place)
    assert (certificate.kind, certificate.cpd_hours, certificate.knowledge_checks_passed) == (
        "course", None, 1)
    assert learning.progress(pat, course).finished


def test_a_participant_cannot_finish_before_every_module_is_done(pat, online):
    course, _modules = online
    learning.start_course(pat, course)
    with pytest.raises(LearningError) as refused:
        learning.finish_course(pat, course)
    assert refused.value.code == "modules_left"
    assert not Certificate.objects.exists()


def test_a_cpd_course_has_no_place_to_start(staff, cpd_course):
    with pytest.raises(LearningError) as refused:
        learning.start_course(staff, cpd_course[0])
    assert refused.value.code == "not_for_participants"


def test_the_check_counts_on_the_cpd_certificate(staff, cpd_course):
    course, (asking, reading) = cpd_course
    learning.submit_check(staff, asking, _answers(asking))
    learning.mark_module_done(staff, reading)
    assert learning.checks_passed(staff, course) == 1


def test_my_data_has_the_learning_and_leaving_erases_it(pat, online):
    course, (noticing, planning) = online
    place = learning.start_course(pat, course)
    statement = course.confidence_scale.statements.first()
    learning.rate(place, "before", {statement.pk: 5})
    learning.submit_check(pat, noticing, _answers(noticing))
    box = next(block.id for block in planning.body if block.block_type == "reflection")
    learning.save_note(pat, planning, box, "Rest before the shopping.")
    learning.record_time(pat, planning, key=uuid.uuid4(), seconds=0)
    exported = my_data.export_data(pat)["self_paced_learning"]
    assert exported["notes"][0]["text"] == "Rest before the shopping."
    assert exported["knowledge_checks"][0]["passed"] is True
    assert exported["courses_online"][0]["confidence_ratings"][0]["moment"] == "before"
    my_data.erase(pat)
    for model in (LearnerNote, KnowledgeCheckAttempt, ModuleProgress, SelfPacedPlace,
                  ModuleVisit):
        assert not model.objects.filter(user=pat).exists(), model
