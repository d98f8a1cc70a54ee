"""Coordinators (not superusers) find, revoke and reissue certificates in the Wagtail admin."""

import pytest
from django.core import mail

from courses.models import Certificate
from courses.services import completion
from courses.services.outbox import sweep_outbox

pytestmark = pytest.mark.django_db


@pytest.fixture
def issued(finished):
    completion.close_run(finished[0])
    sweep_outbox()
    mail.outbox.clear()
    return Certificate.objects.get()


def test_the_coordinator_is_not_a_superuser(cora):
    assert not cora.is_superuser


def test_a_coordinator_finds_a_certificate_by_name_or_code(client, cora, issued):
    client.force_login(cora)
    listing = client.get("/admin/certificates/", {"q": "Pat Participant"}).content.decode()
    assert issued.code in listing
    detail = client.get(f"/admin/certificates/{issued.pk}/").content.decode()
    assert "Pat Participant" in detail and "Revoke the certificate" in detail
    assert f"/certificates/verify/{issued.code}/" in detail


def test_a_coordinator_revokes_with_a_reason(client, cora, issued):
    client.force_login(cora)
    refused = client.post(f"/admin/certificates/{issued.pk}/", {"reason": ""})
    assert "Say why the certificate is revoked." in refused.content.decode()
    client.post(f"/admin/certificates/{issued.pk}/", {"reason": "Attendance was wrong"})
    issued.refresh_from_db()
    assert (issued.revoke_reason, issued.revoked_by) == ("Attendance was wrong", cora)
    public = client.get(f"/certificates/verify/{issued.code}/").content.decode()
    assert "This certificate has been revoked." in public


def test_a_coordinator_reissues_and_the_person_gets_the_new_one(client, cora, issued, pat):
    client.force_login(cora)
    response = client.post(f"/admin/certificates/{issued.pk}/", {"reissue": "1"})
    new = Certificate.objects.valid().get()
    assert response.url == f"/admin/certificates/{new.pk}/"
    assert new.code != issued.code and new.issued_by == cora
    sweep_outbox()
    assert [m.to for m in mail.outbox] == [[pat.email]]
    assert new.code in mail.outbox[0].body


@pytest.mark.parametrize("who", ["pat", "tara", "hana"])
def test_nobody_else_sees_the_certificates_admin(client, request, issued, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get("/admin/certificates/").status_code == 403
    response = client.post(f"/admin/certificates/{issued.pk}/", {"reason": "no"})
    assert response.status_code == 403
    issued.refresh_from_db()
    assert issued.revoked_at is None
