"""The audit log: who viewed, exported, imported, revoked or erased — ids only — and the
coordinator's screens for people who ask in person."""

import pytest

from accounts.models import AuditEntry, ConsentPurpose, User
from accounts.services import consent
from courses.models import Certificate
from courses.services import certificates, completion, exports
from tests.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


def actions() -> list[tuple]:
    return list(AuditEntry.objects.order_by("at", "pk").values_list("action", "object_type"))


def test_exports_revocations_and_admin_views_of_people_are_logged(client, cora, finished):
    run, done, _short = finished
    completion.close_run(run)
    certificate = Certificate.objects.get(enrolment=done)
    client.force_login(cora)
    client.get(f"/admin/course_runs/{run.pk}/schedule/")
    client.get(f"/admin/certificates/{certificate.pk}/")
    certificates.revoke(certificate, by=cora, reason="Wrong run")
    b"".join(client.get("/admin/exports/attendance/?format=csv").streaming_content)
    assert actions() == [("viewed", "courses.courserun"), ("viewed", "courses.certificate"),
                         ("revoked", "courses.certificate"), ("exported", "courses.exportrecord")]
    revoked = AuditEntry.objects.get(action="revoked")
    assert (revoked.actor, revoked.subject, revoked.object_id) == (
        cora, done.user, str(certificate.pk))
    text = str(list(AuditEntry.objects.values()))
    assert "Pat Participant" not in text and "pat@example.org" not in text


def test_coordinators_see_the_audit_log_and_others_do_not(client, cora, pat, tara):
    exports.record_export(cora, exports.build_export("attendance", {}), "csv")
    client.force_login(cora)
    page = client.get("/admin/auditentry/")
    assert page.status_code == 200 and "Exported data" in page.content.decode()
    for person in (pat, tara):
        client.force_login(person)
        assert client.get("/admin/auditentry/").status_code == 403


def test_a_coordinator_records_a_withdrawal_told_in_person(client, cora, pat):
    consent.give_consent(pat, ConsentPurpose.CONTACT_ABOUT_VOLUNTEERING)
    client.force_login(cora)
    found = client.get("/admin/people/?q=pat@").content.decode()
    assert f"/admin/people/{pat.pk}/" in found
    assert "Being contacted about volunteering" in client.get(
        f"/admin/people/{pat.pk}/").content.decode()
    client.post(f"/admin/people/{pat.pk}/consents/contact_volunteering/withdraw/")
    assert not consent.has_consent(pat, ConsentPurpose.CONTACT_ABOUT_VOLUNTEERING)
    assert ("consent_recorded", "accounts.user") in actions()


def test_a_coordinator_erases_a_person_who_asks_after_confirming_their_address(
        client, cora, pat):
    client.force_login(cora)
    page = client.post(f"/admin/people/{pat.pk}/erase/", {"confirm": "someone@else.org"})
    assert "That is not this person&#x27;s e-mail address." in page.content.decode()
    assert not User.objects.get(pk=pat.pk).erased_at
    response = client.post(f"/admin/people/{pat.pk}/erase/", {"confirm": " PAT@example.org "})
    assert response.status_code == 302
    assert User.objects.get(pk=pat.pk).erased_at
    erased = AuditEntry.objects.get(action="erased")
    assert (erased.actor, erased.subject_id) == (cora, pat.pk)
    assert client.get(f"/admin/people/{pat.pk}/").status_code == 404


def test_only_people_with_the_permission_reach_the_people_screens(client, pat, tara, hana):
    helper = UserFactory(roles=["Coordinator"])
    for codename in ("erase_person", "record_consent"):
        helper.groups.first().permissions.remove(
            *helper.groups.first().permissions.filter(codename=codename))
    for person in (pat, tara, hana, helper):
        client.force_login(person)
        assert client.get("/admin/people/").status_code == 403
        assert client.post(f"/admin/people/{pat.pk}/erase/",
                           {"confirm": pat.email}).status_code == 403
    assert not User.objects.get(pk=pat.pk).erased_at
