import pytest

from courses.blocks import SHOW_TRAINER_NOTES, TrainerNotesBlock
from tests.conftest import TRAINER_NOTE

pytestmark = pytest.mark.django_db

MODULE_URL = "/courses/living-well/pacing/"


def test_anonymous_visitors_never_receive_trainer_notes(client, module):
    html = client.get(MODULE_URL).content.decode()
    assert "Boom and bust" in html
    assert TRAINER_NOTE not in html


@pytest.mark.parametrize("who", ["pat", "hana"])
def test_participants_and_health_staff_never_receive_trainer_notes(client, module, who, request):
    client.force_login(request.getfixturevalue(who))
    assert TRAINER_NOTE not in client.get(MODULE_URL).content.decode()


@pytest.mark.parametrize("who", ["tara", "cora"])
def test_trainers_and_coordinators_see_trainer_notes(client, module, who, request):
    client.force_login(request.getfixturevalue(who))
    html = client.get(MODULE_URL).content.decode()
    assert TRAINER_NOTE in html
    assert "Notes for trainers" in html


def test_the_gaelic_module_page_hides_notes_too(client, module):
    assert TRAINER_NOTE not in client.get("/gd" + MODULE_URL).content.decode()


def test_the_notes_block_renders_nothing_without_an_explicit_yes():
    block = TrainerNotesBlock()
    value = block.to_python({"notes": f"<p>{TRAINER_NOTE}</p>"})
    assert block.render(value) == ""
    assert block.render(value, context={}) == ""
    assert TRAINER_NOTE in block.render(value, context={SHOW_TRAINER_NOTES: True})
