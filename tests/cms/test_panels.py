"""Our inline panels answer a tampered or oversized form with a message, not a 500."""

import pytest

pytestmark = pytest.mark.django_db


def _post(client, profile, **rows):
    data = {"user": profile.user.pk, "kind": "peer", "stage": "lead",
            "accreditations-TOTAL_FORMS": "1", "accreditations-INITIAL_FORMS": "1",
            "accreditations-MIN_NUM_FORMS": "0", "accreditations-MAX_NUM_FORMS": "1000",
            **rows}
    return client.post(f"/admin/trainerprofile/edit/{profile.pk}/", data)


@pytest.mark.parametrize("row_id", [None, "not-a-number"])
def test_a_row_without_a_readable_id_is_a_form_error(client, cora, tara_profile, row_id):
    client.force_login(cora)
    rows = {} if row_id is None else {"accreditations-0-id": row_id}
    response = _post(client, tara_profile, **rows)
    assert response.status_code == 200
    assert "Go to the first error" in response.content.decode()
    assert tara_profile.accreditations.count() == 1


def test_a_form_claiming_thousands_of_rows_is_refused_quickly(client, cora, tara_profile):
    client.force_login(cora)
    response = _post(client, tara_profile, **{"accreditations-TOTAL_FORMS": "100000",
                                              "accreditations-INITIAL_FORMS": "0"})
    assert response.status_code == 200
    assert "Please submit at most 100 forms" in response.content.decode()
    assert tara_profile.accreditations.count() == 1
