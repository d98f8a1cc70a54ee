"""The co-design demo (added to ``seed_demo`` through ``courses.demo.register``): the Highland
working party looks after Living Well. Mòrag, who wrote its pacing module from her own
experience, signed off the version in use more than two years ago, so its review is overdue;
a new version, with a shorter boom-and-bust exercise, is up for review and waits for her
sign-off. The party has met once and meets again soon; three actions came out of the meeting.
Everything goes through the services; safe to run again."""

from datetime import date, datetime, time, timedelta

from django.utils import timezone
from wagtail.models import Revision

from accounts import roles
from accounts.models import ConsentPurpose, User
from accounts.services.consent import give_consent
from cms.translation import originals
from codesign.models import WorkingParty
from codesign.services import reviews
from codesign.services import working_parties as service
from codesign.services.working_parties import MeetingDetails, Naming
from courses.demo.people import demo_account
from courses.models import Area, CoursePage, ModulePage

MEMBER = ("codesign@example.org", "Mòrag Nic a' Phì")
NOTES = {MEMBER[0]: "a working-party member: a new version of the pacing module waits for "
                    "her sign-off at /codesign/"}
PARTY = "Highland working party"
# When Mòrag signed off the version in use: longer ago than the review period, so it is due.
SIGNED_DAYS_AGO = 2 * 365 + 40


def seed_codesign(people: dict[str, User]) -> None:
    living_well = originals(CoursePage.objects).filter(slug="living-well").first()
    if living_well is None or WorkingParty.objects.filter(name=PARTY).exists():
        return
    party = service.save_party(
        None, name=PARTY, area=Area.objects.get_or_create(slug="highland",
                                                          defaults={"name": "Highland"})[0],
        courses=[living_well], about="We look after Living Well: we read what participants "
        "say after each session and keep the modules true to people's experience.")
    members = _members(party, people)
    _meetings_and_actions(party, members, people["coordinator"])
    _pacing_reviews(living_well, party, members, people["coordinator"])


def _members(party: WorkingParty, people: dict[str, User]) -> dict:
    morag = demo_account(*MEMBER, roles.VOLUNTEER)
    give_consent(morag, ConsentPurpose.CO_DESIGN_CREDIT)
    joined = timezone.localdate() - timedelta(days=SIGNED_DAYS_AGO + 200)
    return {
        "morag": service.add_member(party, role="lived_experience", person=morag,
                                    joined_on=joined),
        "alasdair": service.add_member(
            party, role="professional", name="Dr Alasdair Grannd", joined_on=joined,
            naming=Naming(given_on=joined, reference="CF-2026-012")),
        "raonaid": service.add_member(party, role="lived_experience", name="Raonaid Stiùbhart",
                                      joined_on=joined),
        "eilidh": service.add_member(party, role="facilitator", person=people["trainer"],
                                     joined_on=joined),
    }


def _meetings_and_actions(party: WorkingParty, members: dict, coordinator: User) -> None:
    today = timezone.localdate()
    held = service.record_meeting(party, MeetingDetails(
        _at(today - timedelta(days=21), time(14)), place="Inverness Community Hub, room 2",
        notes="Read what participants said about the pacing module this quarter: the "
              "boom-and-bust drawing feels rushed. Agreed to shorten it and leave more time "
              "to talk. Dr Grannd will check the advice on medication."),
        attended=[members["morag"], members["alasdair"], members["eilidh"]])
    service.record_meeting(party, MeetingDetails(
        _at(today + timedelta(days=12), time(18, 30)), online=True,
        place="Link sent by e-mail the day before"))
    service.add_action(party, text="Read the new version of the pacing module and sign it off",
                       owner=members["morag"], due_on=today + timedelta(days=5), meeting=held)
    service.add_action(party, text="Try the shorter boom-and-bust exercise with the Inverness "
                       "group", owner=members["eilidh"], due_on=today + timedelta(days=10),
                       meeting=held)
    checked = service.add_action(party, text="Check the advice on medication in the pacing "
                                 "module", owner=members["alasdair"], meeting=held)
    service.complete_action(checked, by=coordinator)  # Dr Grannd has no account


def _at(day: date, at: time) -> datetime:
    return timezone.make_aware(datetime.combine(day, at))


def _pacing_reviews(course: CoursePage, party: WorkingParty, members: dict,
                    coordinator: User) -> None:
    """The version in use, signed off long ago; and a new one, waiting for Mòrag."""
    pacing = ModulePage.objects.child_of(course).get(slug="pacing-energy-and-rest")
    long_ago = timezone.now() - timedelta(days=SIGNED_DAYS_AGO)
    in_use = pacing.save_revision(user=coordinator)
    Revision.objects.filter(pk=in_use.pk).update(created_at=long_ago - timedelta(days=7))
    in_use.refresh_from_db()
    in_use.publish(user=coordinator)
    earlier = reviews.open_review(pacing, party, by=coordinator, now=long_ago - timedelta(days=5))
    reviews.sign_off(earlier, members["morag"], now=long_ago)
    reviews.close_review(earlier, now=long_ago + timedelta(days=1))

    pacing = ModulePage.objects.get(pk=pacing.pk)
    pacing.summary = ("Understanding the boom-and-bust cycle and finding a steadier rhythm, "
                      "with more time to talk it through.")
    pacing.body = [_shorter(block) for block in pacing.body.raw_data]
    pacing.save_revision(user=coordinator)
    review = reviews.open_review(pacing, party, by=coordinator,
                                 now=timezone.now() - timedelta(days=3))
    reviews.add_comment(review, members["alasdair"], "The advice on medication reads well. "
                        "Shorter drawing, longer talk: I agree.")
    reviews.sign_off(review, members["alasdair"])


def _shorter(block: dict) -> dict:
    """The boom-and-bust drawing takes 20 minutes instead of 30; the planning 60, not 50."""
    value = block["value"]
    if block["type"] == "activity" and value["title"] in ("Boom and bust",
                                                           "Planning a steady week"):
        minutes = 20 if value["title"] == "Boom and bust" else 60
        block = {**block, "value": {**value, "minutes": minutes}}
    return block
