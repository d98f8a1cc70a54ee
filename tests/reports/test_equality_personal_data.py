"""My data: the equality answers are in the person's download as the words they chose, and
go when they leave; a coordinator's lookup uploads stay, without their name."""

import json

import pytest

from accounts.models import ConsentPurpose
from accounts.services import my_data
from accounts.services.consent import has_consent
from reports.models import EqualityAnswers, EqualityCondition, LookupUpload
from tests.reports.factories import answer, load, simd_csv

pytestmark = pytest.mark.django_db


def test_my_download_has_my_answers_as_labels(client, pat, sam):
    answer(pat, age_band="65_74", sex="prefer_not", ethnic_group="white_scottish",
           disability="yes", conditions=("sight", "hearing"), postcode="iv3 5ne")
    answer(sam, age_band="25_34")
    mine = my_data.export_data(pat)["equality_answers"]
    assert mine["age_band"] == "65 to 74" and mine["sex"] == "Prefer not to say"
    assert mine["ethnic_group"] == "White: Scottish" and mine["gender_identity"] == ""
    assert mine["disability"] == "Yes" and mine["unpaid_carer"] == ""
    assert sorted(mine["kinds_of_condition"]) == ["Blindness or partial sight loss",
                                                  "Deafness or partial hearing loss"]
    assert mine["postcode_waiting_to_be_looked_up"] == "IV3 5NE"
    assert "25 to 34" not in json.dumps(my_data.export_data(pat))
    assert my_data.export_data(sam)["equality_answers"]["age_band"] == "25 to 34"


def test_the_download_through_the_page_has_them(client, pat, home):
    answer(pat, age_band="75_plus", postcode_prefer_not=True)
    client.force_login(pat)
    data = json.loads(client.get("/my/data/download/").content)
    assert data["equality_answers"]["age_band"] == "75 or over"
    assert data["equality_answers"]["postcode_waiting_to_be_looked_up"] == "Prefer not to say"


def test_someone_who_never_answered_has_none(pat):
    assert my_data.export_data(pat)["equality_answers"] is None


def test_leaving_erases_the_answers_and_the_consent(pat, sam):
    answer(pat, age_band="65_74", disability="yes", conditions=("sight",))
    answer(sam, age_band="25_34")
    my_data.erase(pat)
    assert not EqualityAnswers.objects.filter(user=pat).exists()
    assert not EqualityCondition.objects.filter(answers__user=pat).exists()
    assert not has_consent(pat, ConsentPurpose.EQUALITY_MONITORING)
    assert EqualityAnswers.objects.filter(user=sam).exists()


def test_a_coordinators_uploads_are_in_her_data_and_stay_without_her(cora):
    load("simd", simd_csv({"IV3 5NE": 3}), by=cora, name="simd-2020v2.csv")
    uploads = my_data.export_data(cora)["postcode_lookups_uploaded"]
    assert [(row["lookup"], row["file_name"], row["postcodes"]) for row in uploads] == [
        ("SIMD quintiles by postcode", "simd-2020v2.csv", 1)]
    my_data.erase(cora)
    assert LookupUpload.objects.get().uploaded_by is None
