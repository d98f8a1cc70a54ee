"""Who may open what: every URL pattern of ours and every admin export, for seven people, against
DESIGN.md §6 — anonymous → log in; the wrong role → 403; someone else's object → 404. A new URL
pattern without a row here fails the test."""

from datetime import timedelta

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from courses.export_kinds import KINDS
from courses.models import Certificate, Facilitation, FacilitationRole, KnowledgeCheckAttempt
from courses.services import action_plans, completion, enrolment, exports, imports
from courses.services.attendance import record_attendance
from courses.services.referrals import PersonReferred, Referrer, refer
from tests.accounts.factories import UserFactory
from tests.courses.factories import CourseRunFactory, TrainerProfileFactory

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "participant", "other_participant", "trainer", "other_trainer",
         "health_staff", "coordinator")
LOGIN = "login"  # a redirect to the login page

# Patterns that are not pages of ours: wagtail's page serving, the language switch (a POST
# that redirects back), allauth's own views and the admin's generic viewsets, which the admin
# rows below cover through the listings coordinators use.
NOT_OURS = ("wagtail_serve", "set_language", "account_", "socialaccount_", "wagtailadmin_",
            "wagtaildocs_", "wagtailimages_", "wagtailsnippets_", "wagtailusers_",
            "wagtail_", "admin:", "wagtailsearch", "wagtailredirects", "wagtailsettings",
            "wagtailforms", "wagtailcore", "wagtailembeds", "wagtailpages", "wagtailtasks",
            "wagtailworkflow", "wagtaillocales", "wagtailsites", "wagtailsearchpromotions")


def _all(expected) -> dict:
    return dict.fromkeys(ROLES, expected)


def public() -> dict:
    return _all(200)


def signed_in(status=200) -> dict:
    return {**_all(status), "anonymous": LOGIN}


def owner_only(owner="participant") -> dict:
    return {**_all(404), "anonymous": LOGIN, owner: 200}


def trainers(**overrides) -> dict:
    return {**_all(403), "anonymous": LOGIN, "trainer": 200, "other_trainer": 200,
            "coordinator": 200, **overrides}


def session_of_trainer() -> dict:
    return trainers(other_trainer=404)


def coordinators(**overrides) -> dict:
    return {**_all(403), "anonymous": LOGIN, "coordinator": 200, **overrides}


def working_party_members(**overrides) -> dict:
    """Pat is the only one of the seven in a working party; nobody else gets in."""
    return {**_all(403), "anonymous": LOGIN, "participant": 200, **overrides}


@pytest.fixture
def world(course, module, pat, sam, tara, hana, cora, settings):
    """A run Pat completed and Tara led, a run under way, Hana's CPD log, Cora's exports and
    imports, and a second trainer (Uma) on neither run."""
    from accounts import roles
    from accounts.models import ConsentPurpose
    from accounts.services.consent import give_consent
    from codesign.models import ModuleChange
    from courses.models import Concern, CPDEntry, FollowUp, OutboxMessage, StaffProfile
    from courses.services.demand import record_demand
    from tests.courses.factories import ConfidenceScaleFactory

    settings.EXPORT_INLINE_ROWS = 0  # every admin export goes through the background path
    course.confidence_scale = ConfidenceScaleFactory()
    course.save()
    uma = UserFactory(email="uma@example.org", full_name="Uma Other", roles=[roles.PEER_TRAINER])
    lead = TrainerProfileFactory(user=tara)
    TrainerProfileFactory(user=uma)
    give_consent(tara, ConsentPurpose.PUBLIC_TRAINER_PROFILE)
    tara_profile = lead
    done = CourseRunFactory(course=course, sessions=6, sessions__first_session_at=(
        timezone.now() - timedelta(weeks=7)))
    Facilitation.objects.create(run=done, trainer=lead, role=FacilitationRole.LEAD)
    place = enrolment.enrol(done, pat, by_coordinator=True)
    for session in done.sessions.all():
        record_attendance(session, place, "present", by=tara, method="trainer")
    completion.close_run(done)
    certificate = Certificate.objects.get(enrolment=place)
    now = CourseRunFactory(course=course, sessions=2, sessions__first_session_at=(
        timezone.now() + timedelta(minutes=10)))
    Facilitation.objects.create(run=now, trainer=lead, role=FacilitationRole.LEAD)
    current = enrolment.enrol(now, pat, by_coordinator=True)
    StaffProfile.objects.create(user=hana, profession="Nurse")
    entry = CPDEntry.objects.create(user=hana, title="Reading", method="other",
                                    completed_on=timezone.localdate(), hours=1)
    record = exports.record_export(cora, exports.build_export("attendance", {}), "csv",
                                   status="queued", total=1)
    exports.write_export_file(record.pk)
    batch, _preview = imports.upload("register", done, b"Enrolment number,Status\n"
                                     + f"{place.pk},present\n".encode(), "r.csv", by=cora)
    session = now.sessions.order_by("starts_at").first()
    demand = record_demand(pat, course, area=done.venue.area, language="en", times="either",
                           online_ok=False, access_needs=[], consented=True)
    observation = _observed(done, lead, course, cora)
    fifth = done.sessions.order_by("starts_at")[4]
    plan = action_plans.make_plan(place, fifth, action_plans.PlanDetails(
        what="Walk", confidence=8), now=fifth.starts_at)  # reviewable: session 6 has come
    task = FollowUp.objects.create(enrolment=current, session=session, last_missed=session,
                                   last_missed_at=session.starts_at)
    concern = Concern.objects.create(enrolment=current, session=session, kind="wellbeing",
                                     details="A worry.", raised_by=tara)
    call = OutboxMessage.objects.create(key="matrix:call", kind="run_changed", recipient=pat,
                                        channel="phone", context={"enrolment": current.pk})
    referral = refer(Referrer(name="Lena Link", role="Link worker", email="lena@example.net"),
                     PersonReferred(full_name="Pat", email=pat.email), person_agreed=True)
    story, to_approve, withdrawn = _stories(pat, cora, course)
    volunteer, hours, claim = _volunteering(pat, done)
    directory_entry, networker = _directory(done.venue.area, cora)
    change = ModuleChange.objects.create(module=module, made_in=timezone.localdate(),
                                         you_said="Too fast.", we_did="Slower.")
    group, group_meeting = _groups(pat, tara, uma)
    attempt = KnowledgeCheckAttempt.objects.create(user=pat, module=module, questions=1,
                                                   correct=1, pass_mark=80, passed=True)
    return {"attempt": attempt,**_working_party(course, module, pat, cora),
            "volunteer": volunteer, "hours": hours, "claim": claim, "change": change,
            "story": story, "story_to_approve": to_approve, "story_withdrawn": withdrawn,
            "directory_entry": directory_entry, "networker": networker,
            "group": group, "group_meeting": group_meeting,
            "run": now, "done": done, "place": current, "certificate": certificate, "call": call,
            "referral": referral, "session": session, "plan": plan, "entry": entry,
            "record": record, "batch": batch,
            "module": module, "course": course, "trainer_profile": tara_profile,
            "uma": uma, "pat": pat, "demand": demand, "observation": observation,
            "task": task, "concern": concern, "checked_module": _checked_module(course)}


def _checked_module(course):
    """A self-paced course beside ``course`` with a module that has a knowledge check."""
    from tests.courses.factories import (
        CoursePageFactory,
        ModulePageFactory,
        knowledge_check_body,
    )

    self_paced = CoursePageFactory(parent=course.get_parent(), title="Talking it through",
                                   slug="talking", delivery="self_paced",
                                   session_count=None, completion_min_sessions=None)
    return ModulePageFactory(parent=self_paced, title="Open questions",
                             body=knowledge_check_body())


def _working_party(course, module, pat, cora) -> dict:
    """Pat, with lived experience, in the working party that looks after the course, with a
    meeting, an action and the module's latest version up for review."""
    from codesign.services import reviews
    from codesign.services import working_parties as service
    from tests.courses.factories import AreaFactory

    party = service.save_party(None, name="Highland working party", area=AreaFactory(),
                               courses=[course])
    member = service.add_member(party, role="lived_experience", person=pat)
    meeting = service.record_meeting(party, service.MeetingDetails(
        timezone.now() + timedelta(days=3), place="Library"))
    action = service.add_action(party, text="Read the module", owner=member, meeting=meeting)
    module.save_revision(user=cora)
    return {"party": party, "member": member, "meeting": meeting, "action": action,
            "review": reviews.open_review(module, party, by=cora)}


def _stories(pat, cora, course):
    """Pat's story on the website (with a photo), one waiting for Pat to approve, and a
    withdrawn consent to use a third in funder reports, for coordinators to take out."""
    from codesign.models import StoryConsent, StoryUse
    from codesign.services.stories import withdraw_use
    from tests.codesign.story_factories import published, shared, worded

    story = published(pat, cora, course=course, with_photo=True)
    to_approve = worded(shared(pat), cora)
    third = published(pat, cora, uses=[StoryUse.FUNDER_REPORTS])
    withdraw_use(third, StoryUse.FUNDER_REPORTS, by=pat)
    return story, to_approve, StoryConsent.objects.to_remove_elsewhere().get()


def _observed(run, trainer, course, cora):
    """Tara's first run, observed by Olwen, a lead trainer who is none of the seven people."""
    from accounts import roles
    from courses.models import Observation
    from courses.services import observation as observation_service
    from tests.courses.factories import AccreditationFactory, FidelityChecklistFactory

    olwen = TrainerProfileFactory(stage="lead", user=UserFactory(
        email="olwen@example.org", full_name="Olwen Observer", roles=[roles.PEER_TRAINER]))
    AccreditationFactory(trainer=olwen, course=course)
    checklist = FidelityChecklistFactory()
    observation = Observation.objects.create(trainer=trainer, run=run)
    session = run.sessions.order_by("starts_at")[1]
    observation_service.assign_observer(observation, observer=olwen, session=session,
                                        checklist=checklist, by=cora)
    observation_service.record_observation(
        observation, by=olwen.user, coaching_note="Well paced.",
        answers={item.pk: ("met", "") for item in checklist.items.all()})
    return observation


def _volunteering(pat, run):
    """Pat volunteered too (she has stopped, so the follow-up pages stay closed to her): an
    hour given at the run she finished, and a claim waiting."""
    from decimal import Decimal

    from courses.services import volunteering

    volunteer = volunteering.add_volunteer(pat, status="active",
                                           started_on=timezone.localdate() - timedelta(days=60),
                                           roles_held=["greeter"])
    day = timezone.localdate()
    hours = volunteering.log_hours(volunteer, by=pat, on=day, hours=Decimal(1), run=run)
    claim = volunteering.claim_expense(volunteer, by=pat, spent_on=day, amount=Decimal("3"),
                                       kind="travel", description="Bus")
    volunteering.update_volunteer(volunteer, status="stopped", started_on=volunteer.started_on,
                                  roles_held=["greeter"])
    return volunteer, hours, claim


def _directory(area, cora):
    """An entry in the directory of the run's area, and Nell, its networker (none of the
    seven people: tests/community/ checks what networkers may open)."""
    from community.services import directory
    from tests.community.factories import DirectoryEntryFactory

    nell = UserFactory(email="nell@example.org", full_name="Nell Networker")
    return (DirectoryEntryFactory(area=area),
            directory.appoint_networker(nell, areas=[area], by=cora))


def _groups(pat, tara, uma):
    """A weekly group Tara organises, two weeks old, with Pat a member; Uma organises another.
    Returns the group and its first meeting (held)."""
    from community.services import group_membership, groups
    from tests.community.factories import SupportGroupFactory

    then = timezone.now() - timedelta(days=14)
    group = groups.save_group(SupportGroupFactory(weekday=then.weekday(),
                                                  starts_on=then.date() - timedelta(days=7)),
                              organisers=[tara], now=then - timedelta(hours=1))
    group_membership.join(group, pat)
    groups.save_group(SupportGroupFactory(), organisers=[uma])
    return group, group.meetings.held().order_by("starts_at").first()


def _w(key, attr="pk"):
    return lambda world: getattr(world[key], attr)


# name → (method, path built from the world, expected status per role)
MATRIX = {
    "health": ("get", lambda w: "/health/", public()),
    "accounts:privacy": ("get", lambda w: "/privacy/", public()),
    # the link itself is the key: a wrong one opens nothing, for anybody
    "accounts:set_up_login": ("get", lambda w: "/accounts/set-up/1/not-a-key/", _all(404)),
    "accounts:my_data": ("get", lambda w: "/my/data/", signed_in()),
    "accounts:my_consents": ("post", lambda w: "/my/data/consents/", signed_in(302)),
    "accounts:my_data_download": ("get", lambda w: "/my/data/download/", signed_in()),
    "accounts:leave": ("get", lambda w: "/my/data/leave/", signed_in()),
    "courses:run": ("get", lambda w: f"/runs/{w['run'].pk}/", public()),
    "courses:enrol": ("post", lambda w: f"/runs/{w['run'].pk}/enrol/", signed_in(302)),
    "courses:withdraw": ("get", lambda w: f"/runs/{w['run'].pk}/withdraw/", owner_only()),
    "courses:accept": ("post", lambda w: f"/runs/{w['run'].pk}/accept/",
                       {**owner_only(), "participant": 302}),
    "courses:run_calendar": ("get", lambda w: f"/runs/{w['run'].pk}/calendar.ics", public()),
    "courses:demand": ("get", lambda w: f"/demand/{w['course'].pk}/", public()),
    "courses:my": ("get", lambda w: "/my/", signed_in()),
    "courses:withdraw_demand": ("post", lambda w: f"/my/demand/{w['demand'].pk}/withdraw/",
                                {**owner_only(), "participant": 302}),
    "courses:new_calendar_feed": ("post", lambda w: "/my/calendar/", signed_in(302)),
    "courses:calendar_feed": ("get", lambda w: f"/my/calendar/{w['feed'].token}.ics", public()),
    # An empty offer is refused with the form again (and nobody is signed up by it).
    "courses:volunteer": ("post", lambda w: "/my/volunteer/", signed_in(400)),
    "courses:volunteering": ("get", lambda w: "/my/volunteering/", signed_in()),
    "courses:log_hours": ("post", lambda w: "/my/volunteering/hours/",
                          {**owner_only(), "participant": 400}),
    "courses:remove_hours": ("post", lambda w: f"/my/volunteering/hours/{w['hours'].pk}/remove/",
                             {**owner_only(), "participant": 302}),
    "courses:claim_expense": ("post", lambda w: "/my/volunteering/expenses/",
                              {**owner_only(), "participant": 400}),
    "courses:withdraw_claim": ("post", lambda w: f"/my/volunteering/expenses/{w['claim'].pk}/"
                               "withdraw/", {**owner_only(), "participant": 302}),
    "courses:cpd": ("get", lambda w: "/my/cpd/", {**signed_in(302), "health_staff": 200}),
    "courses:cpd_profile": ("get", lambda w: "/my/cpd/profile/", signed_in()),
    "courses:cpd_add": ("get", lambda w: "/my/cpd/add/", {**signed_in(302),
                                                          "health_staff": 200}),
    "courses:cpd_edit": ("get", lambda w: f"/my/cpd/{w['entry'].pk}/edit/",
                         {**signed_in(302), "health_staff": 200}),
    "courses:cpd_delete": ("get", lambda w: f"/my/cpd/{w['entry'].pk}/delete/",
                           {**signed_in(302), "health_staff": 200}),
    "courses:cpd_export_csv": ("get", lambda w: "/my/cpd/export.csv",
                               {**signed_in(302), "health_staff": 200}),
    "courses:cpd_export_pdf": ("get", lambda w: "/my/cpd/export.pdf",
                               {**signed_in(302), "health_staff": 200}),
    # Self-paced learning, tried on a group course's module: refused, back to the module
    "courses:module_done": ("post", lambda w: f"/my/learning/modules/{w['module'].pk}/done/",
                            signed_in(302)),
    "courses:learning_note": ("post", lambda w: f"/my/learning/modules/{w['module'].pk}/notes/"
                              "8c2f0e0a-2b5f-4b7e-9c1d-3f1e2d4c5b6a/", signed_in(302)),
    "courses:learning_check": ("get", lambda w: f"/my/learning/modules/{w['module'].pk}/check/",
                               signed_in(404)),
    # Time reports always answer "no content": they never stand in anyone's way
    "courses:learning_time": ("post", lambda w: f"/my/learning/modules/{w['module'].pk}/time/",
                              signed_in(204)),
    "courses:learning_attempt": ("get", lambda w: f"/my/learning/attempts/{w['attempt'].pk}/",
                                 owner_only()),
    "courses:learning_start": ("post", lambda w: f"/my/learning/courses/{w['course'].pk}/start/",
                               signed_in(404)),
    "courses:learning_rate": ("get", lambda w: f"/my/learning/courses/{w['course'].pk}/rate/"
                              "before/", signed_in(404)),
    "courses:learning_finish": ("get", lambda w: f"/my/learning/courses/{w['course'].pk}/"
                                "finish/", signed_in(404)),
    # A group course has nothing to finish page by page: 404 once past the staff check.
    "courses:cpd_finish": ("get", lambda w: f"/my/cpd/courses/{w['course'].pk}/finish/",
                           {**signed_in(302), "health_staff": 404}),
    # The session has not started, so its rating is not open: the owner is sent back to /my/.
    "courses:rate_session": ("get", lambda w: f"/my/ratings/{w['place'].pk}/session/"
                             f"{w['session'].pk}/", {**owner_only(), "participant": 302}),
    "courses:rate": ("get", lambda w: f"/my/ratings/{w['place'].pk}/before/", owner_only()),
    # The session starts in ten minutes: today, so a plan can be made for it.
    "courses:make_plan": ("get", lambda w: f"/my/plans/{w['place'].pk}/session/"
                          f"{w['session'].pk}/", owner_only()),
    "courses:review_plan": ("get", lambda w: f"/my/plans/{w['plan'].pk}/review/",
                            owner_only()),
    "courses:trainer": ("get", lambda w: "/trainer/", trainers()),
    "courses:trainer_session": ("get", lambda w: f"/trainer/sessions/{w['session'].pk}/",
                                session_of_trainer()),
    "courses:trainer_mark": ("post", lambda w: f"/trainer/sessions/{w['session'].pk}/mark/",
                             {**session_of_trainer(), "trainer": 302, "coordinator": 302}),
    "courses:trainer_enter_rating": ("get", lambda w: f"/trainer/sessions/{w['session'].pk}/"
                                     f"ratings/{w['place'].pk}/", session_of_trainer()),
    "courses:trainer_enter_plan": ("get", lambda w: f"/trainer/sessions/{w['session'].pk}/"
                                   f"plans/{w['place'].pk}/", session_of_trainer()),
    "courses:trainer_register": ("get", lambda w: f"/trainer/sessions/{w['session'].pk}/"
                                 "register/", session_of_trainer()),
    "courses:trainer_qr": ("get", lambda w: f"/trainer/sessions/{w['session'].pk}/"
                           "checkin-qr.svg", session_of_trainer()),
    # The trainer observed reads it (and coordinators); another trainer never finds it.
    "courses:trainer_observation": ("get", lambda w: f"/trainer/observations/"
                                    f"{w['observation'].pk}/", session_of_trainer()),
    # Only the observer (Olwen, none of these people) fills in the checklist.
    "courses:trainer_observation_checklist": (
        "get", lambda w: f"/trainer/observations/{w['observation'].pk}/checklist/",
        trainers(trainer=404, other_trainer=404, coordinator=404)),
    # An empty debrief is refused (400) once past the checks; shadows would get 403.
    "courses:trainer_debrief": ("post", lambda w: f"/trainer/sessions/{w['session'].pk}/"
                                "debrief/", {**session_of_trainer(), "trainer": 400,
                                             "coordinator": 400}),
    "courses:trainer_concern": ("get", lambda w: f"/trainer/sessions/{w['session'].pk}/"
                                f"concerns/{w['place'].pk}/", session_of_trainer()),
    "courses:follow_ups": ("get", lambda w: "/trainer/follow-ups/", trainers()),
    "courses:follow_up": ("get", lambda w: f"/trainer/follow-ups/{w['task'].pk}/",
                          session_of_trainer()),
    "courses:checkin": ("get", lambda w: f"/checkin/{w['session'].checkin_token}/",
                        signed_in()),
    "courses:refer": ("get", lambda w: "/refer/", public()),
    "courses:referral_thanks": ("get", lambda w: "/refer/thanks/", public()),
    "courses:verify_form": ("get", lambda w: "/certificates/verify/", public()),
    "courses:verify": ("get", lambda w: f"/certificates/verify/{w['certificate'].code}/",
                       public()),
    "courses:certificate": ("get", lambda w: f"/certificates/{w['certificate'].code}/",
                            owner_only()),
    "courses:certificate_pdf": ("get", lambda w: f"/certificates/{w['certificate'].code}/"
                                "download/", owner_only()),
    "trainers:profile": ("get", lambda w: f"/trainers/{w['trainer_profile'].pk}/", public()),
    # The co-design space: members of a working party only (Pat); anyone else is in none.
    "codesign:index": ("get", lambda w: "/codesign/", working_party_members()),
    "codesign:party": ("get", lambda w: f"/codesign/parties/{w['party'].pk}/",
                       working_party_members()),
    "codesign:review": ("get", lambda w: f"/codesign/reviews/{w['review'].pk}/",
                        working_party_members()),
    # An empty comment, and a sign-off without its box ticked, are refused once past the checks.
    "codesign:comment": ("post", lambda w: f"/codesign/reviews/{w['review'].pk}/comment/",
                         working_party_members(participant=400)),
    "codesign:sign_off": ("post", lambda w: f"/codesign/reviews/{w['review'].pk}/sign-off/",
                          working_party_members(participant=400)),
    "codesign:party_feedback": ("get", lambda w: f"/codesign/parties/{w['party'].pk}/feedback/",
                                working_party_members()),
    # Nothing was said about the module, so there is nothing of theirs to mark: 404 for all.
    "codesign:mark_discussed": ("post", lambda w: f"/codesign/parties/{w['party'].pk}/feedback/"
                                "discussed/", working_party_members(participant=404)),
    "codesign:action_done": ("post", lambda w: f"/codesign/actions/{w['action'].pk}/done/",
                             working_party_members(participant=302)),
    # Stories: anyone logged in shares one; only its writer reads it before it is public
    "codesign:my_stories": ("get", lambda w: "/my/stories/", signed_in()),
    "codesign:new_story": ("get", lambda w: "/my/stories/new/", signed_in()),
    "codesign:my_story": ("get", lambda w: f"/my/stories/{w['story_to_approve'].pk}/",
                          owner_only()),
    # An empty note is refused (400) once past the checks.
    "codesign:story_changes": ("post", lambda w: f"/my/stories/{w['story_to_approve'].pk}/"
                               "changes/", {**owner_only(), "participant": 400}),
    "codesign:withdraw_story_use": ("post", lambda w: f"/my/stories/{w['story'].pk}/"
                                    "withdraw/training/", {**owner_only(), "participant": 302}),
    "codesign:remove_story": ("get", lambda w: f"/my/stories/{w['story'].pk}/remove/",
                              owner_only()),
    "codesign:stories": ("get", lambda w: "/stories/", public()),
    "codesign:story": ("get", lambda w: f"/stories/{w['story'].pk}/", public()),
    "codesign:story_photo": ("get", lambda w: f"/stories/{w['story'].pk}/photo/", public()),
    "community:directory": ("get", lambda w: "/support/", public()),
    "community:entry": ("get", lambda w: f"/support/{w['directory_entry'].pk}/", public()),
    "community:print": ("get", lambda w: f"/support/print/?area={w['done'].venue.area_id}",
                        public()),
    # Networkers' pages: coordinators keep every area; networkers are tried in tests/community.
    "community:networker": ("get", lambda w: "/community/networker/", coordinators()),
    "community:add_entry": ("get", lambda w: "/community/networker/entries/add/",
                            coordinators()),
    "community:edit_entry": ("get", lambda w: f"/community/networker/entries/"
                             f"{w['directory_entry'].pk}/edit/", coordinators()),
    "community:mark_checked": ("post", lambda w: f"/community/networker/entries/"
                               f"{w['directory_entry'].pk}/checked/",
                               coordinators(coordinator=302)),
    "community:remove_entry": ("get", lambda w: f"/community/networker/entries/"
                               f"{w['directory_entry'].pk}/remove/", coordinators()),
    # Peer support groups: public pages without names; the organisers' pages are the group's
    # organisers' (Tara) and coordinators': 403 for anyone organising nothing, 404 for Uma,
    # who organises another group.
    # The equality questions: each person's own answers, whoever they are.
    "reports:equality": ("get", lambda w: "/my/equality/", signed_in()),
    "reports:delete_equality": ("get", lambda w: "/my/equality/delete/", signed_in()),
    "community:groups": ("get", lambda w: "/groups/", public()),
    "community:group": ("get", lambda w: f"/groups/{w['group'].pk}/", public()),
    "community:group_calendar": ("get", lambda w: f"/groups/{w['group'].pk}/calendar.ics",
                                 public()),
    "community:join_group": ("post", lambda w: f"/groups/{w['group'].pk}/join/",
                             signed_in(302)),
    # Pat is a member, and Tara as its organiser; nobody else is in the group.
    "community:leave_group": ("get", lambda w: f"/groups/{w['group'].pk}/leave/",
                              {**owner_only(), "trainer": 200}),
    "community:organise": ("get", lambda w: f"/groups/{w['group'].pk}/organise/",
                           trainers(other_trainer=404)),
    "community:meeting_attendance": ("get", lambda w: f"/groups/{w['group'].pk}/meetings/"
                                     f"{w['group_meeting'].pk}/attendance/",
                                     trainers(other_trainer=404)),
    # --- our admin screens (the Wagtail admin itself answers 403 to people without a role)
    "courses_outcomes": ("get", lambda w: "/admin/outcomes/", coordinators()),
    "courses_knowledge_checks": ("get", lambda w: "/admin/knowledge-checks/", coordinators()),
    "courses_knowledge_check": ("get", lambda w: "/admin/knowledge-checks/"
                                f"{w['checked_module'].pk}/", coordinators()),
    "courses_trainer_delivery": ("get", lambda w: "/admin/trainer-delivery/", coordinators()),
    "courses_gaelic_versions": ("get", lambda w: "/admin/gaelic-versions/", coordinators()),
    "courses_fidelity": ("get", lambda w: "/admin/fidelity/", coordinators()),
    "courses_fidelity_observation": ("get", lambda w: f"/admin/fidelity/{w['observation'].pk}/",
                                     coordinators()),
    "courses_expiring_accreditations": ("get", lambda w: "/admin/accreditations-ending/",
                                        coordinators()),
    "courses_my_exports": ("get", lambda w: "/admin/exports/", coordinators()),
    "courses_demand": ("get", lambda w: "/admin/demand/", coordinators()),
    "community_directory_report": ("get", lambda w: "/admin/directory-report/",
                                   coordinators()),
    # Postcode lookups: coordinators only; nobody's equality answers have an admin screen.
    "reports_postcode_lookups": ("get", lambda w: "/admin/postcode-lookups/", coordinators()),
    # The funder report: figures for groups only, for coordinators.
    "reports_funder_report": ("get", lambda w: "/admin/funder-report/", coordinators()),
    "courses_export_record": ("get", lambda w: f"/admin/exports/{w['record'].pk}/",
                              coordinators()),
    "courses_export_status": ("get", lambda w: f"/admin/exports/{w['record'].pk}/status/",
                              coordinators()),
    "courses_export_download": ("get", lambda w: f"/admin/exports/{w['record'].pk}/download/",
                                coordinators()),
    "courses_import_upload": ("get", lambda w: f"/admin/course_runs/{w['done'].pk}/import/"
                              "register/", coordinators()),
    "courses_import": ("get", lambda w: f"/admin/imports/{w['batch'].pk}/", coordinators()),
    "courses_import_confirm": ("post", lambda w: f"/admin/imports/{w['batch'].pk}/confirm/",
                               coordinators(coordinator=302)),
    "courses_import_discard": ("post", lambda w: f"/admin/imports/{w['batch'].pk}/discard/",
                               coordinators(coordinator=302)),
    "courses_calls_and_letters": ("get", lambda w: "/admin/calls-and-letters/",
                                  coordinators()),
    "courses_mark_called": ("post", lambda w: f"/admin/calls-and-letters/{w['call'].pk}/called/",
                            coordinators(coordinator=302)),
    "courses_print_letters": ("post", lambda w: "/admin/calls-and-letters/print/",
                              coordinators(coordinator=302)),
    "courses_send_login_setup": ("post", lambda w: f"/admin/people/{w['pat'].pk}/login-setup/",
                                 coordinators(coordinator=302)),
    # Referrals: coordinators only; Pat, the person referred, sees nothing of them either.
    "courses_referrals": ("get", lambda w: "/admin/referrals/", coordinators()),
    "courses_referral": ("get", lambda w: f"/admin/referrals/{w['referral'].pk}/",
                         coordinators()),
    "courses_move_referral": ("post", lambda w: f"/admin/referrals/{w['referral'].pk}/move/",
                              coordinators(coordinator=302)),
    "courses_enrol_referred": ("post", lambda w: f"/admin/referrals/{w['referral'].pk}/"
                               "enrol/", coordinators(coordinator=302)),
    "codesign_feedback_release": ("get", lambda w: "/admin/codesign/feedback-to-release/",
                                  coordinators()),
    "courses_follow_ups": ("get", lambda w: "/admin/follow-ups/", coordinators()),
    "courses_follow_up": ("get", lambda w: f"/admin/follow-ups/{w['task'].pk}/",
                          coordinators()),
    # Concerns are for the safeguarding leads only: a coordinator without the permission is
    # refused too (tests/courses/test_concern_pages.py opens them as a lead).
    "courses_concerns": ("get", lambda w: "/admin/concerns/", coordinators(coordinator=403)),
    "courses_concern": ("get", lambda w: f"/admin/concerns/{w['concern'].pk}/",
                        coordinators(coordinator=403)),
    "codesign_review": ("get", lambda w: f"/admin/codesign/reviews/{w['review'].pk}/",
                        coordinators()),
    "codesign_close_review": ("post", lambda w: f"/admin/codesign/reviews/{w['review'].pk}/"
                              "close/", coordinators(coordinator=302)),
    # Nobody has signed the version off: refused, with a message, back to the review's page.
    "codesign_publish_review": ("post", lambda w: f"/admin/codesign/reviews/{w['review'].pk}/"
                                "publish/", coordinators(coordinator=302)),
    "codesign_sign_off_report": ("get", lambda w: "/admin/codesign/sign-off/", coordinators()),
    "accounts_people": ("get", lambda w: "/admin/people/", coordinators()),
    "accounts_person": ("get", lambda w: f"/admin/people/{w['pat'].pk}/", coordinators()),
    "accounts_withdraw_consent": ("post", lambda w: f"/admin/people/{w['pat'].pk}/consents/"
                                  "taking_part/withdraw/", coordinators(coordinator=302)),
    "accounts_erase_person": ("get", lambda w: f"/admin/people/{w['pat'].pk}/erase/",
                              coordinators()),
    "codesign_stories_to_take_out": ("get", lambda w: "/admin/codesign/stories/to-take-out/",
                                     coordinators()),
    "codesign_story_taken_out": ("post", lambda w: "/admin/codesign/stories/to-take-out/"
                                 f"{w['story_withdrawn'].pk}/", coordinators(coordinator=302)),
    # Exports of querysets go to the background (EXPORT_INLINE_ROWS=0 here): a redirect to
    # their page; the register is built row by row and always streams.
    **{f"courses_export:{name}": ("get", lambda w, name=name: f"/admin/exports/{name}/"
                                  f"?run={w['done'].pk}&format=csv",
                                  coordinators(coordinator=200 if name == "register" else 302))
       for name in KINDS},
}


def _patterns(resolver=None, prefix="", namespace=""):
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
            yield from _patterns(pattern, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield namespace + pattern.name, prefix + str(pattern.pattern)


def _ours(name: str, route: str) -> bool:
    if name.startswith(NOT_OURS):
        return False
    if route.startswith("admin/"):
        return name.startswith(("courses_", "accounts_", "codesign_", "community_",
                                "reports_"))
    return True


def test_every_url_pattern_of_ours_has_a_row():
    missing = sorted({name for name, route in _patterns() if _ours(name, route)}
                     - set(MATRIX) - {"courses_export"})
    assert not missing, f"add these to the access matrix: {missing}"


def _status(client, method: str, path: str):
    response = getattr(client, method)(path)
    if response.status_code == 302 and "login" in response.url:
        return LOGIN
    return response.status_code


def _people(world, request) -> dict:
    fixture = request.getfixturevalue
    return {"anonymous": None, "participant": fixture("pat"), "other_participant":
            fixture("sam"), "trainer": fixture("tara"), "other_trainer": world["uma"],
            "health_staff": fixture("hana"), "coordinator": fixture("cora")}


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_who_may_open_what(name, world, client, request):
    from courses.models import CalendarFeed

    world["feed"] = CalendarFeed.objects.get_or_create(user=world["pat"])[0]
    method, path, expected = MATRIX[name]
    seen = {}
    for role, person in _people(world, request).items():
        client.logout()
        if person is not None:
            client.force_login(person)
        seen[role] = _status(client, method, path(world))
    assert seen == expected


# The admin's listings and pages from our viewsets: nobody without a staff role gets in, and a
# coordinator gets every listing (and no error anywhere).
OUR_VIEWSETS = ("course_runs", "session", "enrolment", "facilitation", "venue", "area",
                "outboxmessage", "certificates", "attendance", "cpdentry", "importbatch",
                "exportrecord", "auditentry", "trainerprofile", "volunteer", "hoursentry",
                "expenseclaim", "modulechange", "working_parties", "party_members",
                "party_meetings", "party_actions", "module_reviews", "directoryentry", "networker",
                "supportgroup", "groupmeeting")


def _viewset_pages():
    for name, route in _patterns():
        if route.startswith("admin/") and name.split(":")[0] in OUR_VIEWSETS:
            yield name


def _kwargs(name: str, world) -> dict:
    namespace = name.split(":")[0]
    objects = {"course_runs": world["done"], "session": world["session"],
               "venue": world["done"].venue, "area": world["done"].venue.area,
               "certificates": world["certificate"], "trainerprofile": world["trainer_profile"],
               "volunteer": world["volunteer"], "hoursentry": world["hours"],
               "expenseclaim": world["claim"], "modulechange": world["change"],
               "working_parties": world["party"], "party_members": world["member"],
               "party_meetings": world["meeting"], "party_actions": world["action"],
               "directoryentry": world["directory_entry"], "networker": world["networker"],
               "supportgroup": world["group"]}
    pattern = next(p for n, p in _patterns() if n == name)
    kwargs = {}
    if "<int:pk>" in pattern:
        kwargs["pk"] = objects[namespace].pk
    if "<int:facilitation>" in pattern:
        kwargs["facilitation"] = world["done"].facilitations.first().pk
    if "<int:enrolment>" in pattern:
        kwargs["enrolment"] = world["done"].enrolments.first().pk
    if "<int:observation>" in pattern:
        kwargs["observation"] = world["observation"].pk
    return kwargs


@pytest.mark.parametrize("name", sorted(set(_viewset_pages())))
def test_admin_pages_of_our_viewsets(name, world, client, request):
    from django.urls import reverse

    path = reverse(name, kwargs=_kwargs(name, world))
    people = _people(world, request)
    client.logout()
    assert _status(client, "get", path) == LOGIN
    for role in ("participant", "other_participant", "trainer", "other_trainer",
                 "health_staff"):
        client.force_login(people[role])
        assert _status(client, "get", path) == 403, role
    for role in ("coordinator", "superuser"):
        client.force_login(people[role] if role in people else UserFactory(
            email="root@example.org", is_staff=True, is_superuser=True))
        status = _status(client, "get", path)
        assert status == 200 if name.endswith(":index") else status < 500, (role, status)


@pytest.mark.parametrize("name", sorted(name for name, row in MATRIX.items() if row[0] == "get"))
def test_pages_for_someone_logged_in_are_never_stored(name, world, client, request):
    """Anything shown to a logged-in person may hold their data: private, no-store."""
    from courses.models import CalendarFeed

    world["feed"] = CalendarFeed.objects.get_or_create(user=world["pat"])[0]
    _method, path, expected = MATRIX[name]
    for role, person in _people(world, request).items():
        if person is None or expected[role] != 200:
            continue
        client.force_login(person)
        cache_control = client.get(path(world)).get("Cache-Control", "")
        assert "private" in cache_control and "no-store" in cache_control, (role, cache_control)


def test_the_personal_calendar_feed_is_never_stored(world, client):
    from courses.models import CalendarFeed

    feed = CalendarFeed.objects.get_or_create(user=world["pat"])[0]
    response = client.get(f"/my/calendar/{feed.token}.ics")
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
