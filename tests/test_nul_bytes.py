"""A NUL character anywhere in a request is refused with a plain 400 page, before any view
(ours or the admin's) could pass it to PostgreSQL, which cannot store one."""

import pytest

from trainers.models import TrainerProfile

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/checkin/%00/", "/my/calendar/%00.ics", "/runs/1/%00",
                                  "/courses/?for=%00", "/admin/people/?q=ab%00cd",
                                  "/certificates/verify/?code=%00"])
def test_a_nul_in_the_address_is_a_400_that_says_so(client, home, cora, path):
    client.force_login(cora)
    response = client.get(path)
    assert response.status_code == 400
    assert "We could not read that" in response.content.decode()


def test_a_nul_in_a_form_field_changes_nothing(client, home, pat):
    client.force_login(pat)
    response = client.post("/my/volunteer/", {"note": "hello\x00", "contact_ok": "on"})
    assert response.status_code == 400
    assert not TrainerProfile.objects.filter(user=pat).exists()
