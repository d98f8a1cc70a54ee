"""Working parties: who belongs and may be named, their meetings and who came, and the actions
members agree, ticked off by their owner."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from accounts.models import ConsentPurpose
from accounts.services.consent import give_consent, withdraw_consent
from cms.translation import synchronise_language_trees
from codesign.models import WorkingPartyMember
from codesign.services import working_parties as service
from codesign.services.working_parties import MeetingDetails, Naming, WorkingPartyError
from courses.models import CoursePage
from tests.codesign.factories import MemberFactory, WorkingPartyFactory
from tests.courses.factories import AreaFactory

pytestmark = pytest.mark.django_db
TODAY = date.today


def _refused(code: str, call) -> None:
    with pytest.raises(WorkingPartyError) as refused:
        call()
    assert refused.value.code == code


def test_a_party_looks_after_english_courses_only(course, catalogue):
    area = AreaFactory(name="Glasgow")
    party = service.save_party(None, name=" Glasgow party ", area=area, courses=[course])
    assert (party.name, list(party.courses.all())) == ("Glasgow party", [course])
    _refused("no_course", lambda: service.save_party(party, name="P", area=area, courses=[]))
    synchronise_language_trees()  # every page has its Gaelic alias
    gaelic = CoursePage.objects.get(translation_key=course.translation_key,
                                    locale__language_code="gd")
    _refused("not_original", lambda: service.save_party(party, name="P", area=area,
                                                        courses=[gaelic]))


def test_a_person_is_a_current_member_once(party, pat):
    member = service.add_member(party, role="lived_experience", person=pat)
    assert member.is_current() and member.shown_name == "Pat Participant"
    _refused("already_member", lambda: service.add_member(party, role="carer", person=pat))
    service.remove_member(member, left_on=TODAY() + timedelta(days=30))  # leaving next month
    _refused("already_member", lambda: service.add_member(party, role="carer", person=pat))
    service.change_member(member, role="carer", left_on=TODAY())
    again = service.add_member(party, role="carer", person=pat)  # back after leaving
    assert list(WorkingPartyMember.objects.current().filter(person=pat)) == [again]


def test_someone_without_an_account_is_added_by_name_with_their_agreement_on_paper(party):
    _refused("no_one", lambda: service.add_member(party, role="carer", name="  "))
    member = service.add_member(party, role="carer", name="Ceit NicAoidh",
                                naming=Naming(given_on=TODAY(), reference="WP-7"))
    assert list(WorkingPartyMember.objects.named_publicly()) == [member]
    service.change_member(member, role="carer", name="Ceit NicAoidh",
                          naming=Naming(given_on=TODAY(), reference="WP-7",
                                        withdrawn_on=TODAY()))
    assert not WorkingPartyMember.objects.named_publicly().exists()


def test_someone_with_an_account_is_named_only_while_their_own_consent_stands(party, pat):
    _refused("naming_is_theirs", lambda: service.add_member(
        party, role="lived_experience", person=pat, naming=Naming(given_on=TODAY())))
    member = service.add_member(party, role="lived_experience", person=pat)
    assert not WorkingPartyMember.objects.named_publicly().exists()
    give_consent(pat, ConsentPurpose.CO_DESIGN_CREDIT)
    assert list(WorkingPartyMember.objects.named_publicly()) == [member]
    withdraw_consent(pat, ConsentPurpose.CO_DESIGN_CREDIT)
    assert not WorkingPartyMember.objects.named_publicly().exists()


def test_leaving_is_recorded_once_and_never_before_joining(party):
    member = MemberFactory(party=party, name="Iain", joined_on=TODAY())
    _refused("left_before_joining", lambda: service.remove_member(
        member, left_on=TODAY() - timedelta(days=1)))
    service.remove_member(member, left_on=TODAY())
    member.refresh_from_db()
    assert member.left_on == TODAY() and not member.is_current()
    _refused("already_left", lambda: service.remove_member(member))


def test_a_meeting_records_who_came_and_only_members_of_that_day(party):
    here = MemberFactory(party=party, name="Mòrag")
    later = MemberFactory(party=party, name="Newcomer", joined_on=TODAY())
    stranger = MemberFactory(party=WorkingPartyFactory(), name="Elsewhere")
    held = timezone.now() - timedelta(days=7)
    _refused("no_place", lambda: service.record_meeting(party, MeetingDetails(held)))
    for outsider in (later, stranger):
        _refused("not_a_member", lambda outsider=outsider: service.record_meeting(
            party, MeetingDetails(held, online=True), attended=[here, outsider]))
    meeting = service.record_meeting(party, MeetingDetails(held, place="Library"),
                                     attended=[here])
    assert list(meeting.attended.all()) == [here]
    service.change_meeting(meeting, MeetingDetails(timezone.now(), place="Library",
                                                   notes="Agreed the pacing changes."),
                           attended=[later])
    assert list(meeting.attended.all()) == [later]


def test_an_action_belongs_to_a_current_member_and_its_owner_ticks_it_off(
        party, pat_member, tara_member, pat, tara, cora):
    gone = MemberFactory(party=party, name="Gone", left_on=TODAY())
    _refused("owner_not_member", lambda: service.add_action(party, text="Call", owner=gone))
    _refused("no_text", lambda: service.add_action(party, text=" ", owner=pat_member))
    action = service.add_action(party, text="Read the new pacing module", owner=pat_member,
                                due_on=TODAY() + timedelta(days=14))
    _refused("not_yours", lambda: service.complete_action(action, by=tara))
    done = service.complete_action(action, by=pat)
    assert (done.is_done, done.done_by) == (True, pat)
    assert service.complete_action(action, by=pat).done_at == done.done_at  # once
    other = service.add_action(party, text="Book the room", owner=tara_member)
    assert service.complete_action(other, by=cora).done_by == cora  # a coordinator may


def test_an_action_can_be_changed_after_its_owner_left(party, pat_member, tara_member, cora):
    action = service.add_action(party, text="Draft the leaflet", owner=pat_member)
    service.remove_member(pat_member)
    changed = service.change_action(action, text="Draft the leaflet", owner=pat_member,
                                    due_on=None, meeting=None, done=True, by=cora)
    assert changed.is_done
    _refused("owner_not_member", lambda: service.change_action(
        action, text="x", owner=MemberFactory(party=party, name="Gone", left_on=TODAY()),
        due_on=None, meeting=None, done=True, by=cora))
    reopened = service.change_action(action, text="Draft it again", owner=tara_member,
                                     due_on=None, meeting=None, done=False, by=cora)
    assert (reopened.is_done, reopened.owner) == (False, tara_member)
