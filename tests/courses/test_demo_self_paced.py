"""The demo's self-paced courses are written for someone working alone: no group blocks and no
trainer notes, a knowledge check in every module with one right answer to each multiple-choice
question and feedback on every answer, and lengths that keep the courses' promises."""

import pytest

from cms.translation import originals
from courses.blocks import ModuleBodyBlock
from courses.demo.site import seed_site
from courses.learning_blocks import misplaced_blocks
from courses.models import CoursePage

pytestmark = pytest.mark.django_db
# The blocks that say how long they take: a module's length is the sum of their minutes.
TIMED = {"case_study", "try_this", "reflection", "media"}


@pytest.fixture
def self_paced():
    seed_site()
    return {course.slug: course for course in
            originals(CoursePage.objects).filter(delivery="self_paced")}


def _minutes(module) -> int:
    return sum(block.value["minutes"] for block in module.body if block.block_type in TIMED)


def _knowledge_checks(module) -> list:
    return [block.value for block in module.body if block.block_type == "knowledge_check"]


def test_its_modules_are_for_someone_alone_and_pass_the_editors_checks(self_paced):
    assert set(self_paced) == {"supporting-self-management", "pacing-and-energy"}
    pacing = self_paced["pacing-and-energy"]
    assert pacing.audience == "long_term_conditions" and pacing.cpd_hours is None
    assert pacing.confidence_scale is not None
    for course in self_paced.values():
        for module in course.modules():
            assert misplaced_blocks(module.body, self_paced=True) == {}, module.title
            kinds = {block.block_type for block in module.body}
            assert "trainer_notes" not in kinds, module.title
            assert {"case_study", "try_this", "reflection", "key_points"} <= kinds, module.title
            ModuleBodyBlock().clean(module.body)  # raises on a block an editor could not save


def test_every_module_has_one_knowledge_check_with_feedback_on_every_answer(self_paced):
    for course in self_paced.values():
        for module in course.modules():
            [check] = _knowledge_checks(module)
            questions = list(check["questions"])
            assert 3 <= len(questions) <= 5, module.title
            assert {question.block_type for question in questions} == {"choice", "true_false"}
            for question in questions:
                if question.block_type == "choice":
                    options = question.value["options"]
                    assert sum(bool(option["correct"]) for option in options) == 1
                    assert all(option["feedback"].strip() for option in options)
                else:
                    assert question.value["feedback_true"].strip()
                    assert question.value["feedback_false"].strip()
            # As each check's introduction says: one wrong answer still passes.
            assert 100 * (len(questions) - 1) / len(questions) >= module.pass_mark


def test_the_courses_take_as_long_as_they_say(self_paced):
    cpd = self_paced["supporting-self-management"]
    minutes = [_minutes(module) for module in cpd.modules()]
    assert minutes == [60, 60, 60]  # "three modules of about an hour each", as its page says
    assert sum(minutes) == cpd.cpd_hours * 60
    minutes = [_minutes(module) for module in self_paced["pacing-and-energy"].modules()]
    assert len(minutes) == 3 and all(15 <= length <= 25 for length in minutes)  # "about twenty"


def test_the_second_cpd_module_compares_two_consultations(self_paced):
    module = self_paced["supporting-self-management"].modules().get(
        title="Good conversations: asking what matters")
    transcripts = [block.value for block in module.body if block.block_type == "case_study"]
    assert len(transcripts) == 2
    for transcript in transcripts:
        assert 8 <= len(transcript["transcript"]) <= 13 and transcript["notice"]
