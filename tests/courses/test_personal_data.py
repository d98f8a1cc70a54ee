"""My data: every kind of record a person has goes into their download and nothing of anyone
else's; leaving erases them everywhere while the figures stay as they were."""

import json
from datetime import date
from decimal import Decimal

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.conf import settings
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from wagtail.models import ModelLogEntry, Page, Revision, Site

from accounts import personal_data
from accounts.models import AuditEntry, ConsentPurpose, User
from accounts.services import consent, my_data
from codesign.models import Story
from courses.models import (
    ActionPlan,
    Attendance,
    CalendarFeed,
    Certificate,
    CoDesignCredit,
    Concern,
    CPDEntry,
    Enrolment,
    FollowUp,
    ModuleFeedback,
    StaffProfile,
)
from courses.services import completion, outcomes
from courses.services.referrals import PersonReferred, Referrer, move_referral, refer
from tests.courses.factories import ConfidenceScaleFactory, TrainerProfileFactory

pytestmark = pytest.mark.django_db
# account: allauth's copies
OUR_APPS = {"accounts", "courses", "trainers", "cms", "codesign", "community", "reports",
            "account"}


def _paths_to_user(model, depth=3) -> bool:
    """Whether ``model`` reaches a person through foreign keys. Wagtail's page and site
    plumbing (a page's owner, who locked it, who saved a revision) is about editing, not about
    the person: a session's delivered module version names its revision, not a person (and
    erasure deals with revisions itself)."""
    if depth == 0:
        return False
    for field in model._meta.get_fields():
        if not (field.is_relation and field.many_to_one or field.one_to_one) or \
                not field.concrete or field.related_model is None:
            continue
        if issubclass(field.related_model, Page | Site | Revision) or \
                field.model in (Page, Site):
            continue
        if field.related_model is apps.get_model(settings.AUTH_USER_MODEL):
            return True
        if field.related_model is not model and _paths_to_user(field.related_model, depth - 1):
            return True
    return False


def test_every_model_with_a_path_to_a_person_is_in_their_export_and_erasure():
    with_a_path = {model for model in apps.get_models() if model._meta.app_label in OUR_APPS
                   and (_paths_to_user(model) or model is apps.get_model(
                       settings.AUTH_USER_MODEL))}
    missing = with_a_path - personal_data.covered_models()
    assert not missing, f"register these with accounts.personal_data: {sorted(map(str, missing))}"
    assert {Enrolment, Attendance, Certificate, CPDEntry, EmailAddress} <= with_a_path


@pytest.fixture
def pat_everywhere(finished, pat, sam, tara, course, module):
    """Pat with a record of every kind; Sam beside Pat on the same run."""
    run, place, other = finished
    pat.phone, pat.access_needs = "07700 900123", "A hearing loop, please."
    pat.save()
    assert EmailAddress.objects.filter(user=pat, verified=True).exists()  # the factory's
    consent.give_consent(pat, ConsentPurpose.SHARE_ACCESS_NEEDS)
    consent.give_consent(pat, ConsentPurpose.CO_DESIGN_CREDIT)
    scale = ConfidenceScaleFactory()
    course.confidence_scale = scale
    course.save()
    first = run.sessions.order_by("starts_at").first()
    rating = place.ratings.create(moment="before", scale=scale, score=Decimal("4.5"),
                                  answered=1, statements=1)
    rating.answers.create(statement=scale.statements.first(), value=4)
    ModuleFeedback.objects.create(enrolment=place, session=first, module=module,
                                  comment="Pat liked the planner.")
    ModuleFeedback.objects.create(enrolment=other, session=first, module=module,
                                  comment="Sam's private note.")
    ActionPlan.objects.create(enrolment=place, session=first, what="Pat's walking plan",
                              confidence=8, outcome="partly", review_note="Pat's knee.",
                              reviewed_at=timezone.now())
    ActionPlan.objects.create(enrolment=other, session=first, what="Sam's plan", confidence=6)
    completion.close_run(run)
    StaffProfile.objects.create(user=pat, profession="Physiotherapist", registration_number="PH1")
    CPDEntry.objects.create(user=pat, title="Pacing workshop", method="other",
                            completed_on=date(2026, 10, 1), hours=Decimal("2"),
                            learned="Pat's reflection.")
    CalendarFeed.objects.create(user=pat)
    referral = refer(Referrer(name="Lena Link", role="Link worker", email="lena@example.net"),
                     PersonReferred(full_name="Pat P.", email="pat@example.org"),
                     person_agreed=True, note="Pat's referral note.", consent_to_hear_back=True)
    move_referral(referral, "declined", by=tara)
    profile = TrainerProfileFactory(user=pat, bio="Pat's story.",
                                    lived_experience_statement="I live with COPD.")
    profile.stage_changes.create(stage="interested", note="Met at the fair.")
    CoDesignCredit.objects.create(page=course, name="Pat Participant", role="Wrote module 2",
                                  consent_given_on=date(2026, 1, 1), person=pat)
    FollowUp.objects.create(enrolment=place, session=first, last_missed=first,
                            last_missed_at=first.starts_at, note="Pat's follow-up note.")
    Concern.objects.create(enrolment=place, session=first, kind="wellbeing", raised_by=tara,
                           details="Pat's concern.", action_taken="Pat's GP called.",
                           closed_by=tara, closed_at=timezone.now())
    LogEntry.objects.create(user=tara, content_type=ContentType.objects.get_for_model(User),
                            object_id=str(pat.pk), object_repr=str(pat), action_flag=ADDITION)
    user_type = ContentType.objects.get_for_model(User)
    ModelLogEntry.objects.create(content_type=user_type, label=str(pat), action="wagtail.edit",
                                 object_id=str(pat.pk), timestamp=timezone.now(), user=tara,
                                 data={"title": str(pat)})
    _stories(pat, sam, tara)
    profile_type = ContentType.objects.get_for_model(profile)
    Revision.objects.create(content_type=profile_type, base_content_type=profile_type,
                            object_id=str(profile.pk), object_str="Trainer profile",
                            content={"bio": "Pat's story.", "user": str(pat)})
    return run, place, other


def _stories(pat, sam, coordinator) -> None:
    """Pat's story on the website, with a photo and Pat's own first words; one of Sam's."""
    from tests.codesign.story_factories import published, shared

    published(pat, coordinator, with_photo=True, title="Pat's pacing story",
              text="Pat's own words about pacing.")
    shared(sam, title="Sam's story", text="Sam's words.")


def test_my_download_holds_every_kind_of_record_and_nothing_of_anyone_else(pat_everywhere,
                                                                           pat, sam):
    data = my_data.export_data(pat)
    text = json.dumps(data, ensure_ascii=False)
    assert data["profile"]["email"] == "pat@example.org"
    assert data["profile"]["access_needs"] == "A hearing loop, please."
    assert {c["purpose"] for c in data["consents"]} >= {"share_access_needs", "co_design_credit"}
    place = data["enrolments"][0]
    assert len(place["attendance"]) == 6 and place["status"] == "completed"
    assert place["confidence_ratings"][0]["answers"][0]["value"] == 4
    assert place["feedback"][0]["comment"] == "Pat liked the planner."
    assert data["certificates"][0]["name"] == "Pat Participant"
    assert [(p["what"], p["how_it_went"]) for p in data["action_plans"]] == [
        ("Pat's walking plan", "partly")]
    assert data["cpd"]["entries"][0]["learned"] == "Pat's reflection."
    assert data["cpd"]["profile"]["registration_number"] == "PH1"
    assert data["calendar_feed"] == {"has_private_feed": True}
    assert data["trainer_profile"]["lived_experience_statement"] == "I live with COPD."
    assert data["co_design_credits"][0]["role"] == "Wrote module 2"
    assert data["email_addresses"][0]["email"] == "pat@example.org"
    [referral] = data["referrals"]["referrals"]
    assert (referral["referred_by"], referral["note"], referral["status"]) == (
        "Lena Link", "Pat's referral note.", "declined")
    assert "lena@example.net" not in text  # the referrer's own details are the referrer's
    assert data["follow_ups"]["about_you"][0]["note"] == "Pat's follow-up note."
    assert "Pat's concern" not in text and "Pat's GP" not in text  # restricted: see the note
    assert "safeguarding leads" in data["concerns"]["note"]
    [story] = data["stories"]
    assert (story["title"], story["as_first_written"], story["has_photo"]) == (
        "Pat's pacing story", "Pat's own words about pacing.", True)
    assert [c["use"] for c in story["consents"]] == ["website"]
    for section in personal_data.sections():
        assert section.section in data
    assert "Sam" not in text and "sam@example.org" not in text


def _text_columns():
    for model in apps.get_models():
        if model._meta.managed and not model._meta.proxy:
            fields = [f.name for f in model._meta.concrete_fields
                      if isinstance(f, models.CharField | models.TextField | models.JSONField)]
            if fields:
                yield model, fields


def _rows_naming(*traces) -> list[str]:
    found = []
    for model, fields in _text_columns():
        for row in model.objects.values(*fields):
            for name, value in row.items():
                text = json.dumps(value, ensure_ascii=False, default=str) \
                    if not isinstance(value, str) else value
                if any(trace.lower() in (text or "").lower() for trace in traces):
                    found.append(f"{model._meta.label}.{name}")
    return found


def test_leaving_erases_me_from_every_table_and_keeps_the_figures(pat_everywhere, pat, sam):
    run, place, _other = pat_everywhere
    certificate = Certificate.objects.get(user=pat)
    figures = list(outcomes.presented_rows(outcomes.OutcomeFilters(group_by="run")))
    marks = Attendance.objects.filter(session__run=run).values_list("status").order_by()
    before = sorted(marks)
    assert _rows_naming("Pat Participant", "pat@example.org", "07700 900123", "+447700900123")

    my_data.erase(pat)

    assert _rows_naming("Pat Participant", "pat@example.org", "07700 900123", "+447700900123",
                        "hearing loop", "Pat's story", "Pat's reflection",
                        "Pat liked the planner", "Pat's referral note", "Lena Link",
                        "lena@example.net", "Pat's walking plan", "Pat's knee",
                        "Pat's follow-up note", "Pat's concern", "Pat's GP",
                        "Pat's pacing story", "Pat's own words") == []
    assert sorted(Attendance.objects.filter(session__run=run).values_list("status").order_by()
                  ) == before
    assert Enrolment.objects.get(pk=place.pk).status == "completed"
    assert list(outcomes.presented_rows(outcomes.OutcomeFilters(group_by="run"))) == figures
    pat.refresh_from_db()
    assert pat.erased_at and not pat.is_active and not pat.has_usable_password()
    assert str(pat) == f"Former member #{pat.pk}"
    certificate.refresh_from_db()
    assert certificate.erased_at and certificate.user is None
    assert not consent.has_consent(pat, ConsentPurpose.SHARE_ACCESS_NEEDS)
    assert not CoDesignCredit.objects.filter(name="Pat Participant").exists()
    assert "Sam's private note." in ModuleFeedback.objects.values_list("comment", flat=True)
    assert ActionPlan.objects.get().what == "Sam's plan"
    assert AuditEntry.objects.filter(action="erased", subject=pat).exists()
    assert not Story.objects.filter(author=pat).exclude(photo="").exists()
    assert not Story.objects.on_website().exists()
    assert Story.objects.get(author=sam).text == "Sam's words."
    assert my_data.erase(pat).erased_at  # twice is harmless


def test_leaving_gives_up_places_to_come(run, pat, sam):
    from courses.services import enrolment

    run.capacity = 1
    run.save()
    enrolment.enrol(run, pat)
    waiting = enrolment.enrol(run, sam)
    my_data.erase(pat)
    waiting.refresh_from_db()
    assert waiting.status == "offered"
    assert Enrolment.objects.get(user=pat).status == "withdrawn"


# --- the pages ----------------------------------------------------------------------------------

def test_my_data_needs_logging_in(client, db):
    for path in ("/my/data/", "/my/data/download/", "/my/data/leave/"):
        response = client.get(path)
        assert response.status_code == 302 and response.url.startswith("/accounts/login/")


def test_i_see_and_change_my_consents_and_a_withdrawn_credit_disappears_at_once(
        client, pat, course):
    CoDesignCredit.objects.create(page=course, name="Pat Participant", role="Wrote module 2",
                                  consent_given_on=date(2026, 1, 1), person=pat)
    consent.give_consent(pat, ConsentPurpose.CO_DESIGN_CREDIT)
    client.force_login(pat)
    page = client.get("/my/data/").content.decode()
    assert "Being named on the pages of courses I helped to design" in page
    assert "Pat Participant" in client.get(course.url).content.decode()

    client.post("/my/data/consents/", {"share_access_needs": "on"})
    assert consent.has_consent(pat, ConsentPurpose.SHARE_ACCESS_NEEDS)
    assert not consent.has_consent(pat, ConsentPurpose.CO_DESIGN_CREDIT)
    assert "Pat Participant" not in client.get(course.url).content.decode()


def test_the_download_is_json_for_me_only(client, pat, sam):
    client.force_login(pat)
    response = client.get("/my/data/download/")
    assert response["Content-Type"].startswith("application/json")
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["profile"]["email"] == "pat@example.org" and "sam@" not in response.content.decode()
    assert AuditEntry.objects.filter(action="downloaded_own", actor=pat).exists()


def test_leaving_needs_the_box_ticked_and_my_password(client, pat):
    from tests.accounts.factories import PASSWORD

    client.force_login(pat)
    response = client.post("/my/data/leave/", {"password": "wrong"})
    page = response.content.decode()
    assert "Tick the box to confirm" in page and "That is not your password." in page
    assert not User.objects.get(pk=pat.pk).erased_at
    response = client.post("/my/data/leave/", {"understood": "on", "password": PASSWORD})
    assert response.status_code == 302
    assert User.objects.get(pk=pat.pk).erased_at
    assert client.get("/my/").status_code == 302  # logged out


def test_the_consent_history_is_mine(client, pat, sam):
    consent.give_consent(pat, ConsentPurpose.TAKING_PART)
    consent.give_consent(sam, ConsentPurpose.CONTACT_ABOUT_VOLUNTEERING)
    client.force_login(pat)
    history = client.get("/my/data/").content.decode().split("History of what you agreed")[-1]
    assert "Holding my details and health information" in history
    assert "Being contacted about volunteering" not in history


def test_an_erased_person_is_shown_one_way_everywhere(client, finished, cora, tara_profile):
    from accounts.services import my_data
    from courses.services import completion, scheduling

    run, place, _other = finished
    scheduling.assign_trainer(run, tara_profile, "lead")
    completion.close_run(run)  # Pat completed: still on the run's registers once erased
    pat = place.user
    my_data.erase(pat)
    shown = f"Former member #{pat.pk}"
    client.force_login(cora)
    pages = [f"/admin/course_runs/{run.pk}/schedule/", "/admin/attendance/"]
    for page in pages:
        html = client.get(page).content.decode()
        assert shown in html and "erased.invalid" not in html, page
    export = client.get(f"/admin/exports/attendance/?run={run.pk}&format=csv")
    content = b"".join(export.streaming_content).decode() if export.streaming else \
        export.content.decode()
    assert shown in content
    client.force_login(tara_profile.user)
    session = run.sessions.order_by("starts_at").first()
    assert shown in client.get(f"/trainer/sessions/{session.pk}/").content.decode()
