"""Addressing people in Gaelic: the vocative of their names, and the greeting that uses it."""

import pytest
from django.template import Context, Template
from django.utils import translation

from accounts.gaelic import vocative
from tests.accounts.factories import UserFactory


@pytest.mark.parametrize(("name", "addressed"), [
    ("Mòrag", "A Mhòrag"),             # a woman's name: lenited only
    ("Seonag", "A Sheonag"),
    ("Beathag", "A Bheathag"),
    ("Mairead", "A Mhairead"),
    ("Catrìona", "A Chatrìona"),        # ends in a vowel: the same for anyone
    ("Màiri", "A Mhàiri"),
    ("Peigi", "A Pheigi"),
    ("Sìne", "A Shìne"),
    ("Dolina", "A Dholina"),
    ("Seumas", "A Sheumais"),           # a man's name ending broad: lenited and made slender
    ("Calum", "A Chaluim"),
    ("Dòmhnall", "A Dhòmhnaill"),
    ("Tormod", "A Thormoid"),
    ("Coinneach", "A Choinnich"),
    ("Niall", "A Nèill"),
    ("Pàdraig", "A Phàdraig"),          # ends slender: the same for anyone
    ("Gilleasbaig", "A Ghilleasbaig"),
    ("Ruairidh", "A Ruairidh"),         # r, l, n: no written change
    ("Lachlann", "A Lachlainn"),
    ("Raonaid", "A Raonaid"),
    ("Sgàire", "A Sgàire"),             # sg, sm, sp, st: not lenited
    ("Iain", "Iain"),                   # a vowel: no particle
    ("Anna", "Anna"),
    ("Eilidh", "Eilidh"),
    ("Aonghas", "Aonghais"),
    ("Fionnlagh", "Fhionnlaigh"),       # lenited f is silent: no particle
    ("Flòraidh", "Fhlòraidh"),
    ("Tom", None),                      # ends broad, in neither list: a man's or a woman's?
    ("Kevin", None),                    # not spelt in the Gaelic alphabet
    ("Mary-Anne", None),
    ("pat@example.org", None),
    ("", None),
])
def test_the_vocative_of_a_name(name, addressed):
    assert vocative(name) == addressed


def _greeting(person, language: str) -> str:
    with translation.override(language):
        return Template("{% load greetings %}{% greeting person %}").render(
            Context({"person": person}))


@pytest.mark.django_db
def test_letters_greet_by_the_addressed_form_and_never_a_wrong_one():
    assert _greeting(UserFactory(full_name="Mòrag Chaimbeul"), "gd") == "A Mhòrag, a charaid,"
    assert _greeting(UserFactory(full_name="Mòrag Chaimbeul"), "en") == "Dear Mòrag,"
    assert _greeting(UserFactory(full_name="Iain MacLeòid"), "gd") == "Iain, a charaid,"
    assert _greeting(UserFactory(full_name="Tom Smith"), "gd") == "A charaid,"
    assert _greeting(UserFactory(full_name="Tom Smith"), "en") == "Dear Tom,"
    assert _greeting(None, "gd") == "Halò,"
