"""Coordinators see how each self-paced module's knowledge check is answered, question by
question, over all attempts and at people's first: figures for groups of five or more, never
names."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale

from accounts import roles
from cms.translation import synchronise_language_trees
from courses.demo.translations import translate
from courses.models import KnowledgeCheckAnswer, KnowledgeCheckAttempt
from courses.services import learning
from tests.accounts.factories import UserFactory
from tests.courses.factories import (
    QUESTION_CHOICE,
    QUESTION_TRUE,
    RIGHT_ANSWER,
    CoursePageFactory,
    ModulePageFactory,
    knowledge_check_body,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def talking(catalogue):
    """A self-paced course for participants, so anyone signed in keeps their answers."""
    return CoursePageFactory(parent=catalogue, title="Talking it through", slug="talking",
                             delivery="self_paced", session_count=None,
                             completion_min_sessions=None)


def checked_module(course, title: str = "Open questions", **kwargs):
    return ModulePageFactory(parent=course, title=title, pass_mark=100,
                             body=knowledge_check_body(), **kwargs)


@pytest.fixture
def questions(talking):
    return checked_module(talking)


def learners(count: int, prefix: str = "Learner") -> list:
    return [UserFactory(full_name=f"{prefix} Unseen {n}", email=f"{prefix.lower()}{n}@example.org",
                        roles=[roles.PARTICIPANT]) for n in range(count)]


def answer(person, module, *rights: tuple[bool, bool], start=None) -> None:
    """``person``'s attempts, one a minute, each saying which of the two questions they got
    right."""
    check = learning.knowledge_check(module)
    start = start or timezone.now() - timedelta(days=1)
    for number, got_right in enumerate(rights):
        chosen = {question.id: _choice(question, right)
                  for question, right in zip(check.questions, got_right, strict=True)}
        learning.submit_check(person, module, chosen, now=start + timedelta(minutes=number))


def _choice(question, right: bool) -> str:
    return next(option.id for option in question.options if option.correct == right)


R, W = True, False


@pytest.fixture
def worked(questions):
    """Five people, nine attempts (see the test below for the figures worked out by hand)."""
    ailsa, bruce, calum, dolina, ewan = learners(5)
    answer(ailsa, questions, (W, W), (R, R))
    answer(bruce, questions, (R, R))
    answer(calum, questions, (W, W), (W, W), (R, R))
    answer(dolina, questions, (R, W), (R, R))
    answer(ewan, questions, (R, R))
    return questions


def test_it_works_out_each_question_over_all_attempts_and_first_attempts(worked):
    opening, know = learning.question_pass_rates(worked)
    # Opening: 9 answers, right in Ailsa's 2nd, Bruce's, Calum's 3rd, both of Dolina's and
    # Ewan's = 6/9; at first attempts Bruce, Dolina and Ewan = 3/5.
    assert (opening.question.text, opening.people, opening.answers) == (QUESTION_CHOICE, 5, 9)
    assert (opening.right_percent, opening.first_try_percent) == (67, 60)
    # Know: right in Ailsa's 2nd, Bruce's, Calum's 3rd, Dolina's 2nd, Ewan's = 5/9; at first
    # attempts Bruce and Ewan = 2/5.
    assert (know.people, know.answers, know.right_percent, know.first_try_percent) == (
        5, 9, 56, 40)


def test_it_shows_nothing_about_a_question_fewer_than_five_people_answered(questions):
    for person in learners(4):
        answer(person, questions, (R, W))
    rates = learning.question_pass_rates(questions)
    assert [(rate.people, rate.answers, rate.right_percent, rate.first_try_percent)
            for rate in rates] == [(None, None, None, None)] * 2


def test_it_shows_no_first_attempt_figure_about_fewer_than_five_first_attempts(questions):
    """A question added to the check later: five people have answered it, but only one at
    their first attempt, and that one person's answer is not shown."""
    opening, know = learning.knowledge_check(questions).questions
    *early, late = learners(5)
    for person in early:  # when the check had the first question only
        attempt = KnowledgeCheckAttempt.objects.create(
            user=person, module=questions, submitted_at=timezone.now() - timedelta(days=9),
            questions=1, correct=1, pass_mark=100, passed=True)
        KnowledgeCheckAnswer.objects.create(attempt=attempt, question=opening.id,
                                            choice=opening.right.id, correct=True)
    for person in early:
        answer(person, questions, (R, R))
    answer(late, questions, (R, W))

    rate = learning.question_pass_rates(questions)[1]
    assert (rate.people, rate.answers, rate.right_percent) == (5, 5, 80)
    assert rate.first_try_percent is None


def test_it_counts_answers_given_on_the_gaelic_page_with_the_english_ones(home, questions):
    synchronise_language_trees()
    gaelic = Locale.objects.get(language_code="gd")
    in_words = "Dè a' cheist as fheàrr airson còmhradh fhosgladh?"
    translate(questions, gaelic, {QUESTION_CHOICE: in_words})
    in_gaelic = questions.get_translation(gaelic)
    assert learning.knowledge_check(in_gaelic).questions[0].text == in_words
    *english, morag = learners(5)
    for person in english:
        answer(person, questions, (R, R))
    answer(morag, in_gaelic, (W, W))

    opening, know = learning.question_pass_rates(questions)
    assert (opening.people, opening.right_percent, know.first_try_percent) == (5, 80, 80)
    assert learning.question_pass_rates(in_gaelic)[0].people == 5


# --- the admin pages --------------------------------------------------------------------------

def test_the_coordinator_sees_every_checked_module_with_its_people(client, cora, worked,
                                                                    talking, module):
    quiet = checked_module(talking, title="Listening", slug="listening")
    for person in learners(4, prefix="Quiet"):
        answer(person, quiet, (R, R))
    assert not cora.is_superuser
    client.force_login(cora)
    html = client.get("/admin/knowledge-checks/").content.decode()
    rows = html.split("<tbody>")[1].split("</tbody>")[0].split("<tr>")[1:]
    assert len(rows) == 2  # not the group course's module, which has no check
    assert "Open questions" in rows[0] and "Talking it through" in rows[0]
    assert "100 %" in rows[0] and rows[0].count("<td>5</td>") == 2  # tried, passed
    assert "Listening" in rows[1] and rows[1].count("fewer than 5") == 2
    assert f'href="/admin/knowledge-checks/{worked.pk}/"' in rows[0]


def test_the_module_page_shows_each_question_with_its_right_answer_and_figures(client, cora,
                                                                               worked):
    client.force_login(cora)
    html = client.get(f"/admin/knowledge-checks/{worked.pk}/").content.decode()
    opening = html.split(QUESTION_CHOICE)[1].split("</tr>")[0]
    assert RIGHT_ANSWER in opening
    assert ["<td>5</td>", "<td>9</td>", "<td>67 %</td>", "<td>60 %</td>"] == [
        cell for cell in opening.split("\n") if cell.strip().startswith("<td>")
        for cell in [cell.strip()]][1:]
    know = html.split(QUESTION_TRUE)[1].split("</tr>")[0]
    assert "<td>True</td>" in know and "56 %" in know and "40 %" in know


def test_a_question_fewer_than_five_answered_says_so(client, cora, questions):
    for person in learners(4):
        answer(person, questions, (R, R))
    client.force_login(cora)
    html = client.get(f"/admin/knowledge-checks/{questions.pk}/").content.decode()
    table = html.split("<tbody>")[1]
    assert table.count("fewer than 5 people answered") == 2
    assert "%</td>" not in table and "fewer than 5" in html.split("People who tried")[1]


def test_no_page_names_anyone_who_answered(client, cora, worked):
    client.force_login(cora)
    for url in ("/admin/knowledge-checks/", f"/admin/knowledge-checks/{worked.pk}/"):
        html = client.get(url).content.decode()
        assert "Unseen" not in html and "learner" not in html.lower()


def test_a_module_without_a_check_or_in_a_group_course_is_not_found(client, cora, talking,
                                                                     module):
    plain = ModulePageFactory(parent=talking, title="Reading", slug="reading")
    client.force_login(cora)
    assert client.get(f"/admin/knowledge-checks/{plain.pk}/").status_code == 404
    assert client.get(f"/admin/knowledge-checks/{module.pk}/").status_code == 404


def test_the_reports_menu_offers_it_to_coordinators(client, cora):
    client.force_login(cora)
    assert "/admin/knowledge-checks/" in client.get("/admin/").content.decode()


def test_someone_without_the_permission_is_refused(client, tara, hana, worked):
    for url in ("/admin/knowledge-checks/", f"/admin/knowledge-checks/{worked.pk}/"):
        assert "login" in client.get(url).url
        for person in (tara, hana):
            client.force_login(person)
            assert client.get(url).status_code == 403
        client.logout()


def test_a_coordinator_without_outcome_figures_is_refused_too(client, cora, worked):
    from django.contrib.auth.models import Group, Permission

    keeps = Permission.objects.get(codename="access_admin")
    limited = UserFactory(email="lim@example.org", full_name="Limited Admin")
    group = Group.objects.create(name="Admin without figures")
    group.permissions.add(keeps)
    limited.groups.add(group)
    client.force_login(limited)
    assert client.get("/admin/knowledge-checks/").status_code == 403
    assert "/admin/knowledge-checks/" not in client.get("/admin/").content.decode()


# --- queries ----------------------------------------------------------------------------------

def _queries(client, url: str) -> int:
    client.get(url)  # warm per-process caches (site root paths, menus)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def _grow(course, people, modules: int) -> None:
    for number in range(modules):
        module = checked_module(course, title=f"Module {number}", slug=f"module-{number}")
        for person in people:
            answer(person, module, (W, R), (R, R))


def test_the_listing_takes_as_many_queries_for_twenty_modules_as_for_two(client, cora,
                                                                         talking, catalogue):
    people = learners(5)
    _grow(talking, people, 2)
    client.force_login(cora)
    two = _queries(client, "/admin/knowledge-checks/")
    other = CoursePageFactory(parent=catalogue, title="Another", slug="another",
                              delivery="self_paced", session_count=None,
                              completion_min_sessions=None)
    _grow(other, people, 18)
    twenty = _queries(client, "/admin/knowledge-checks/")
    assert twenty == two
    assert client.get("/admin/knowledge-checks/").content.decode().count("<td>5</td>") == 40


def test_the_module_page_takes_as_many_queries_however_many_people_answered(client, cora,
                                                                            questions):
    for person in learners(5):
        answer(person, questions, (W, R), (R, R))
    client.force_login(cora)
    url = f"/admin/knowledge-checks/{questions.pk}/"
    few = _queries(client, url)
    for person in learners(15, prefix="More"):
        answer(person, questions, (R, W), (R, R), (R, R))
    assert _queries(client, url) == few
