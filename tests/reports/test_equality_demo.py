"""The demo's equality answers and lookups: most people with a place have answered, in a
mix, with no postcode kept; Pàdraig has not, so his /my/ offers the questions."""

import os

import pytest
from django.core.management import call_command
from django.test import Client

from accounts.models import User
from courses.demo.people import PASSWORD
from reports.models import EqualityAnswers, LookupUpload
from reports.services import equality

pytestmark = pytest.mark.django_db


def test_the_demo_has_answers_to_report_and_none_from_padraig():
    call_command("seed_demo", stdout=open(os.devnull, "w"))
    answers = EqualityAnswers.objects.all()
    assert answers.count() >= 10
    assert answers.filter(age_band="prefer_not").exists() and answers.filter(
        gender_identity="").exists() and answers.filter(postcode_prefer_not=True).exists()
    assert answers.filter(simd_quintile=1, urban_rural=1).exists()
    assert equality.waiting_for_a_lookup() == 0
    assert set(LookupUpload.objects.values_list("kind", flat=True)) == {"simd", "urban_rural"}
    assert not answers.filter(user__email="participant@example.org").exists()
    before = list(answers.order_by("pk").values_list("user", "age_band"))
    call_command("seed_demo", stdout=open(os.devnull, "w"))  # again: nothing changes
    assert list(answers.order_by("pk").values_list("user", "age_band")) == before
    assert LookupUpload.objects.count() == 2

    padraig = Client()
    padraig.post("/accounts/login/", {"login": "participant@example.org", "password": PASSWORD})
    assert "Answer the equality questions" in padraig.get("/my/").content.decode()
    answered = answers.filter(user__email__startswith="demo-participant-").first().user
    assert User.objects.filter(pk=answered.pk, erased_at__isnull=True).exists()
