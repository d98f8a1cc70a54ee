"""People who prefer a call or a letter: what they are owed waits on the coordinators' list;
a call is marked made once, letters print as one PDF, a letter a page, and are sent once."""

import io

import pytest
from pypdf import PdfReader

from accounts.services.profile import create_participant_for
from courses.models import OutboxMessage
from courses.services import enrolment as enrolment_service
from courses.services import letters

pytestmark = pytest.mark.django_db
SHORE = "4 Shore Street\nUllapool\nIV26 2UJ"


@pytest.fixture
def coordinator(client, cora):
    client.force_login(cora)
    return client


@pytest.fixture
def peigi(db):
    return create_participant_for("", "Peigi Fòn", phone="01463 712345")


@pytest.fixture
def by_post(db):
    return [create_participant_for("", "Murchadh Litir", postal_address=SHORE),
            create_participant_for("", "Mòrag Litir", postal_address="1 Main Street\nTain",
                                   language="gd")]


def test_a_call_owed_is_on_the_list_with_what_to_say_and_is_made_once(
        coordinator, run, peigi, cora):
    enrolment_service.enrol(run, peigi)
    html = coordinator.get("/admin/calls-and-letters/").content.decode()
    assert "Peigi Fòn" in html and "01463 712345" in html
    assert "Dear Peigi, your place on the course is confirmed." in html
    call = OutboxMessage.objects.for_staff().get()
    assert coordinator.post(f"/admin/calls-and-letters/{call.pk}/called/").status_code == 302
    call.refresh_from_db()
    assert call.sent_at is not None and call.sent_by == cora
    assert not letters.mark_called(call, by=cora)  # a second press changes nothing
    assert coordinator.post(f"/admin/calls-and-letters/{call.pk}/called/").status_code == 404


def test_letters_print_together_one_a_page_in_each_person_s_language(
        coordinator, run, by_post, cora):
    for person in by_post:
        enrolment_service.enrol(run, person)
    response = coordinator.post("/admin/calls-and-letters/print/")
    assert response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"].startswith("private, no-store")
    pages = PdfReader(io.BytesIO(response.content)).pages
    assert len(pages) == 2
    first, second = (" ".join(page.extract_text().split()) for page in pages)
    assert "Murchadh Litir 4 Shore Street Ullapool IV26 2UJ" in first
    assert "Your place on Living Well is confirmed" in first
    assert "calendar file" not in first and "password" not in first  # nothing for e-mail only
    assert "Mòrag Litir" in second and "Tha d’ àite air Living Well" in second.replace("'", "’")
    assert not OutboxMessage.objects.for_staff().exists()
    assert set(OutboxMessage.objects.values_list("sent_by", flat=True)) == {cora.pk}
    again = coordinator.post("/admin/calls-and-letters/print/", follow=True)
    assert "There are no letters to print." in again.content.decode()


def test_a_letter_that_no_longer_applies_is_struck_off_not_printed(run, by_post, cora):
    enrolment = enrolment_service.enrol(run, by_post[0])
    enrolment_service.withdraw(enrolment)
    assert letters.print_letters(by=cora) is None
    assert OutboxMessage.objects.get(recipient=by_post[0]).skipped
