"""A trainer raises a concern about a participant: it goes at once to the safeguarding leads
(an e-mail that says only that there is one, and where), nobody else sees it, every look is
audited, it is closed with the action taken, and its text is in no export."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail

from accounts.models import AuditEntry, ContactChannel
from accounts.services import my_data
from courses.export_kinds import KINDS
from courses.models import Concern, Facilitation, OutboxMessage
from courses.services import concerns, enrolment, exports
from courses.services.errors import DomainError
from courses.services.outbox import send_outbox_messages
from tests.accounts.factories import UserFactory
from tests.courses.factories import CourseRunFactory

pytestmark = pytest.mark.django_db
WORRY = "Said she had not eaten for days and nobody visits."


@pytest.fixture
def lead(cora):
    """Cora, a coordinator, is also one of the safeguarding leads."""
    cora.groups.add(Group.objects.get(name="Safeguarding leads"))
    return cora


@pytest.fixture
def place(run, pat, tara_profile):
    Facilitation.objects.create(run=run, trainer=tara_profile, role="lead")
    return enrolment.enrol(run, pat)


def _raise(place, by, **fields):
    session = place.run.sessions.order_by("starts_at").first()
    return concerns.raise_concern(session, place, by=by, **{"kind": "wellbeing",
                                                            "details": WORRY, **fields})


def test_it_tells_the_safeguarding_leads_at_once_without_the_text(place, tara, lead, cora):
    OutboxMessage.objects.all().delete()
    mail.outbox.clear()
    other_coordinator = UserFactory(roles=["Coordinator"])
    concern = _raise(place, tara)
    [message] = OutboxMessage.objects.all()
    assert (message.kind, message.recipient, message.channel) == (
        "concern_raised", lead, ContactChannel.EMAIL)
    assert other_coordinator != message.recipient  # coordinators without the permission: no
    send_outbox_messages([message.pk])
    [email] = mail.outbox
    assert email.to == ["cora@example.org"]
    body = email.body + email.subject + str(email.alternatives)
    assert f"/admin/concerns/{concern.pk}/" in body
    assert WORRY not in body and "Pat" not in body and "Living Well" not in body


def test_without_any_lead_it_goes_to_the_superusers(place, tara):
    root = UserFactory(email="root@example.org", is_superuser=True, is_staff=True)
    _raise(place, tara)
    assert OutboxMessage.objects.get(kind="concern_raised").recipient == root


@pytest.mark.parametrize(("fields", "code"), [({"kind": "gossip"}, "bad_kind"),
                                               ({"details": " "}, "no_details")])
def test_it_refuses_what_is_missing(place, tara, fields, code):
    with pytest.raises(DomainError) as refused:
        _raise(place, tara, **fields)
    assert refused.value.code == code


def test_it_refuses_someone_from_another_run(place, tara, course, sam):
    elsewhere = enrolment.enrol(CourseRunFactory(course=course, sessions=1), sam)
    with pytest.raises(DomainError) as refused:
        concerns.raise_concern(place.run.sessions.first(), elsewhere, by=tara,
                               kind="wellbeing", details=WORRY)
    assert refused.value.code == "not_on_run"


def test_every_look_is_audited_without_naming_the_person(place, tara, lead):
    concern = _raise(place, tara)
    concerns.look_at(concern, by=lead)
    concerns.look_at(concern, by=lead)
    looks = AuditEntry.objects.filter(object_type="courses.concern", object_id=str(concern.pk))
    assert looks.count() == 2 and not looks.filter(subject__isnull=False).exists()


def test_it_is_closed_once_with_the_action_taken(place, tara, lead):
    concern = concerns.close_concern(_raise(place, tara), by=lead,
                                     action_taken="Phoned her GP with her agreement.")
    assert (concern.closed_by, concern.action_taken) == (lead, "Phoned her GP with her "
                                                               "agreement.")
    with pytest.raises(DomainError) as refused:
        concerns.close_concern(concern, by=lead, action_taken="Again.")
    assert refused.value.code == "already_closed"
    with pytest.raises(DomainError) as refused:
        concerns.close_concern(_raise(place, tara), by=lead, action_taken=" ")
    assert refused.value.code == "no_action"


def test_the_text_is_in_no_export_and_not_in_the_persons_own_download(place, tara, lead, pat):
    _raise(place, tara)
    for name in KINDS:
        params = {"run": place.run_id} if name == "register" else {}  # the others: everything
        rows = "".join(exports.csv_lines(exports.build_export(name, params)))
        assert WORRY not in rows, name
    download = my_data.export_json(pat)
    assert WORRY not in download and "safeguarding leads" in download
    assert WORRY not in my_data.export_json(tara)


def test_leaving_keeps_an_open_concern_and_blanks_a_closed_one(place, tara, lead, pat):
    open_one, closed = _raise(place, tara), _raise(place, tara)
    concerns.close_concern(closed, by=lead, action_taken="Spoke with her.")
    my_data.erase(pat)
    open_one.refresh_from_db()
    closed.refresh_from_db()
    assert open_one.details == WORRY and open_one.erased_at is None
    assert (closed.details, closed.action_taken) == ("", "") and closed.erased_at
    concerns.close_concern(open_one, by=lead, action_taken="Passed to social work.")
    open_one.refresh_from_db()
    assert open_one.details == "" and open_one.erased_at
    assert Concern.objects.count() == 2
