"""From participant to volunteer to peer trainer."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts import roles
from accounts.models import ConsentPurpose
from accounts.services import my_data
from accounts.services.consent import give_consent, has_consent, withdraw_consent
from courses.models import EnrolmentStatus
from courses.services import enrolment as enrolment_service
from courses.services import scheduling
from tests.courses.factories import CourseRunFactory, TrainerProfileFactory
from trainers.models import StageChange, TrainerProfile, TrainerStage
from trainers.services.progression import express_interest, move_to_stage

pytestmark = pytest.mark.django_db


def test_offering_to_help_makes_a_first_stage_profile_once(pat):
    profile = express_interest(pat, note="I could make the tea and tell my story.")
    again = express_interest(pat, note="")
    assert again.pk == profile.pk
    assert profile.stage == TrainerStage.INTERESTED
    assert StageChange.objects.filter(trainer=profile).count() == 1
    assert has_consent(pat, ConsentPurpose.CONTACT_ABOUT_VOLUNTEERING)
    assert "tell my story" in TrainerProfile.objects.get().interest_note


def test_moving_through_stages_keeps_dated_history_and_gives_the_trainer_role(pat, cora):
    profile = express_interest(pat)
    move_to_stage(profile, TrainerStage.SHADOWING, by=cora)
    move_to_stage(profile, TrainerStage.SHADOWING, by=cora)  # no second row
    move_to_stage(profile, TrainerStage.ON_BREAK, by=cora, note="Back in spring")
    history = list(StageChange.objects.filter(trainer=profile).values_list("stage", flat=True))
    assert history == ["interested", "shadowing", "on_break"]
    assert roles.has_role(pat, roles.PEER_TRAINER)


def test_my_page_asks_only_people_who_completed_a_course(client, course, pat):
    run = CourseRunFactory(course=course, sessions=1)
    enrolment = enrolment_service.enrol(run, pat)
    client.force_login(pat)
    assert "Interested in volunteering" not in client.get("/my/").content.decode()
    type(enrolment).objects.filter(pk=enrolment.pk).update(status=EnrolmentStatus.COMPLETED)
    assert "Interested in volunteering" in client.get("/my/").content.decode()


def test_offering_from_my_page_needs_agreement_to_be_contacted(client, course, pat):
    run = CourseRunFactory(course=course, sessions=1)
    enrolment = enrolment_service.enrol(run, pat)
    type(enrolment).objects.filter(pk=enrolment.pk).update(status=EnrolmentStatus.COMPLETED)
    client.force_login(pat)
    response = client.post("/my/volunteer/", {"note": "Happy to help"}, follow=True)
    assert "We need your agreement" in response.content.decode()
    assert not TrainerProfile.objects.exists()
    response = client.post("/my/volunteer/", {"note": "Happy to help", "contact_ok": "on",
                                               "roles_wanted": ["peer_trainer"]}, follow=True)
    assert "A coordinator will be in touch" in response.content.decode()
    assert TrainerProfile.objects.get(user=pat).stage == TrainerStage.INTERESTED


def test_a_coordinator_moves_a_volunteer_on_in_the_admin(client, cora, pat, home):
    profile = express_interest(pat)
    client.force_login(cora)
    response = client.post(f"/admin/trainerprofile/edit/{profile.pk}/", {
        "user": pat.pk, "kind": "peer", "stage": "shadowing", "bio": "", "areas": [],
        "lived_experience_statement": "", "languages": "English",
        "accreditations-TOTAL_FORMS": "0", "accreditations-INITIAL_FORMS": "0",
        "accreditations-MIN_NUM_FORMS": "0", "accreditations-MAX_NUM_FORMS": "1000",
    })
    assert response.status_code == 302, response.content.decode()[:3000]
    profile.refresh_from_db()
    assert profile.stage == TrainerStage.SHADOWING and profile.languages == "English"
    assert StageChange.objects.filter(trainer=profile, changed_by=cora,
                                      stage="shadowing").exists()


def test_a_trainer_is_active_after_delivering_within_a_year(course):
    recent = TrainerProfileFactory()
    lapsed = TrainerProfileFactory()
    for trainer, weeks_ago in ((recent, 10), (lapsed, 70)):
        run = CourseRunFactory(course=course, sessions=1, status="draft",
                               sessions__first_session_at=timezone.now()
                               - timedelta(weeks=weeks_ago))
        scheduling.assign_trainer(run, trainer, "shadow")
        run.facilitations.update(role="lead")
    assert list(TrainerProfile.objects.active()) == [recent]


def test_the_public_page_exists_only_while_the_trainer_consents(client, run, tara_profile):
    tara_profile.lived_experience_statement = "I have lived with MS for twenty years."
    tara_profile.save()
    scheduling.assign_trainer(run, tara_profile, "lead")
    url = f"/trainers/{tara_profile.pk}/"
    assert client.get(url).status_code == 404
    assert f'href="{url}"' not in client.get(f"/runs/{run.pk}/").content.decode()
    give_consent(tara_profile.user, ConsentPurpose.PUBLIC_TRAINER_PROFILE)
    page = client.get(url).content.decode()
    assert "lived with MS for twenty years" in page
    assert f'href="{url}"' in client.get(f"/runs/{run.pk}/").content.decode()
    withdraw_consent(tara_profile.user, ConsentPurpose.PUBLIC_TRAINER_PROFILE)
    assert client.get(url).status_code == 404


def test_someone_without_a_profile_has_no_public_page(client, pat):
    assert client.get(f"/trainers/{pat.pk}/").status_code == 404
    assert client.get("/trainers/not-a-number/").status_code == 404


def test_a_trainer_s_own_words_show_in_gaelic_when_written_and_go_with_their_data(
        client, tara_profile):
    tara_profile.bio, tara_profile.bio_gd = "I lead in Inverness.", "Bidh mi a’ stiùireadh."
    tara_profile.lived_experience_statement = "I have lived with MS for twenty years."
    tara_profile.save()
    give_consent(tara_profile.user, ConsentPurpose.PUBLIC_TRAINER_PROFILE)
    url = f"/trainers/{tara_profile.pk}/"
    gaelic = client.get(f"/gd{url}").content.decode()
    assert "<p>Bidh mi a’ stiùireadh.</p>" in gaelic  # Gaelic, unmarked
    assert '<p lang="en">I have lived with MS for twenty years.</p>' in gaelic  # none: English
    assert "Bidh mi a’ stiùireadh." not in client.get(url).content.decode()
    assert my_data.export_data(tara_profile.user)["trainer_profile"]["about_me_in_gaelic"] == (
        "Bidh mi a’ stiùireadh.")
    my_data.erase(tara_profile.user)
    tara_profile.refresh_from_db()
    assert tara_profile.bio_gd == "" and tara_profile.lived_experience_statement_gd == ""
