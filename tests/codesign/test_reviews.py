"""Module reviews tied to revisions: a version is put up, members comment and sign it off,
and only a sign-off by someone with lived experience of exactly the live version counts."""

from datetime import timedelta

import pytest
from django.utils import timezone

from codesign.models import ModuleReview, SignOff
from codesign.services import reviews
from codesign.services.reviews import ReviewError
from courses.models import ModulePage
from tests.codesign.factories import MemberFactory, WorkingPartyFactory
from tests.courses.factories import CoursePageFactory, ModulePageFactory

pytestmark = pytest.mark.django_db


def _review(pacing, party, cora) -> ModuleReview:
    return reviews.open_review(pacing, party, by=cora)


def _signed_on(module) -> object:
    module = ModulePage.objects.get(pk=module.pk)
    return reviews.live_versions_signed_on([module]).get(module.pk)


def test_it_puts_the_latest_saved_version_up_for_review(pacing, party, cora):
    review = _review(pacing, party, cora)
    assert review.revision_id == pacing.latest_revision_id
    assert review.revision_created_at == pacing.latest_revision.created_at
    assert (review.opened_by, review.is_open) == (cora, True)


def test_the_same_version_put_up_twice_is_one_review_and_a_newer_one_closes_it(
        pacing, party, cora):
    first = _review(pacing, party, cora)
    assert _review(pacing, party, cora) == first
    pacing.title = "Pacing, energy and rest"
    newer = pacing.save_revision(user=cora)
    second = _review(pacing, party, cora)
    first.refresh_from_db()
    assert second.revision == newer and not first.is_open
    assert ModuleReview.objects.open().get() == second


def test_it_refuses_a_party_that_does_not_look_after_the_course(pacing, cora, catalogue):
    elsewhere = WorkingPartyFactory(courses=[CoursePageFactory(parent=catalogue)])
    with pytest.raises(ReviewError) as refused:
        reviews.open_review(pacing, elsewhere, by=cora)
    assert refused.value.code == "not_their_course"


def test_it_refuses_a_module_never_saved_as_a_version(course, party, cora):
    unsaved = ModulePageFactory(parent=course, title="Sleep")
    with pytest.raises(ReviewError) as refused:
        reviews.open_review(unsaved, party, by=cora)
    assert refused.value.code == "no_revision"


def test_a_member_signs_off_the_version_once_however_often_they_press(
        pacing, party, cora, pat_member):
    review = _review(pacing, party, cora)
    first = reviews.sign_off(review, pat_member)
    assert reviews.sign_off(review, pat_member) == first
    assert SignOff.objects.get().role == "lived_experience"
    assert _signed_on(pacing) == timezone.localdate()


def test_editing_and_publishing_after_sign_off_leaves_the_new_live_version_unsigned(
        pacing, party, cora, pat_member):
    reviews.sign_off(_review(pacing, party, cora), pat_member)
    assert _signed_on(pacing) == timezone.localdate()
    pacing.summary = "Shorter boom-and-bust exercise."
    pacing.save_revision(user=cora).publish(user=cora)
    assert _signed_on(pacing) is None
    pacing.refresh_from_db()
    assert pacing.live_revision_id != SignOff.objects.get().review.revision_id


def test_a_saved_but_unpublished_edit_leaves_the_live_version_signed(
        pacing, party, cora, pat_member):
    reviews.sign_off(_review(pacing, party, cora), pat_member)
    pacing.summary = "A draft nobody has published."
    pacing.save_revision(user=cora)
    assert _signed_on(pacing) == timezone.localdate()


def test_a_version_rewritten_in_place_by_autosave_cannot_be_signed_and_stops_counting(
        module, party, cora, pat_member, tara_member):
    version = module.save_revision(user=cora)
    review = reviews.open_review(module, party, by=cora)
    reviews.sign_off(review, pat_member)
    version.publish(user=cora)
    assert _signed_on(module) == timezone.localdate()
    module.summary = "Changed while the members were reading."
    rewritten = module.save_revision(user=cora, overwrite_revision=version)
    assert rewritten.pk == version.pk  # the same revision id, other content
    with pytest.raises(ReviewError) as refused:
        reviews.sign_off(review, tara_member)
    assert refused.value.code == "version_changed"
    assert _signed_on(module) is None


def test_only_a_member_with_lived_experience_makes_the_version_signed(
        pacing, party, cora, tara_member):
    review = _review(pacing, party, cora)
    reviews.sign_off(review, tara_member)  # a professional
    assert _signed_on(pacing) is None
    carer = MemberFactory(party=party, name="Ceit (no account)", role="carer")
    reviews.sign_off(review, carer)
    assert _signed_on(pacing) == timezone.localdate()


def test_someone_who_left_or_belongs_elsewhere_can_neither_comment_nor_sign(
        pacing, party, cora, pat_member, sam):
    review = _review(pacing, party, cora)
    other = MemberFactory(party=WorkingPartyFactory(), person=sam)
    left = MemberFactory(party=party, name="Gone", left_on=timezone.localdate())
    for member in (other, left):
        with pytest.raises(ReviewError) as refused:
            reviews.sign_off(review, member)
        assert refused.value.code == "not_a_member"
        with pytest.raises(ReviewError):
            reviews.add_comment(review, member, "Looks fine.")
    assert not SignOff.objects.exists()


def test_comments_are_kept_and_a_closed_review_takes_no_more(pacing, party, cora, pat_member):
    review = _review(pacing, party, cora)
    comment = reviews.add_comment(review, pat_member, "  The boom-and-bust part felt rushed. ")
    assert comment.text == "The boom-and-bust part felt rushed."
    with pytest.raises(ReviewError) as refused:
        reviews.add_comment(review, pat_member, "   ")
    assert refused.value.code == "empty_comment"
    reviews.close_review(review)
    for attempt in (lambda: reviews.add_comment(review, pat_member, "More"),
                    lambda: reviews.sign_off(review, pat_member)):
        with pytest.raises(ReviewError) as refused:
            attempt()
        assert refused.value.code == "closed"


def test_the_reviewed_version_can_be_published_once_signed_off(module, party, cora,
                                                               pat_member):
    version = module.save_revision(user=cora)
    review = reviews.open_review(module, party, by=cora)
    with pytest.raises(ReviewError) as refused:
        reviews.publish_reviewed_version(review, by=cora)
    assert refused.value.code == "not_signed_off"
    reviews.sign_off(review, pat_member)
    reviews.publish_reviewed_version(review, by=cora)
    module.refresh_from_db()
    assert module.live_revision_id == version.pk  # that very revision, no new one
    assert _signed_on(module) == timezone.localdate()
    with pytest.raises(ReviewError) as refused:
        reviews.publish_reviewed_version(review, by=cora)
    assert refused.value.code == "already_live"


def test_publishing_the_reviewed_version_needs_the_right_to_publish(
        pacing, party, cora, pat_member, sam):
    review = _review(pacing, party, cora)
    reviews.sign_off(review, pat_member)
    with pytest.raises(ReviewError) as refused:
        reviews.publish_reviewed_version(review, by=sam)
    assert refused.value.code == "may_not_publish"


def test_the_report_lists_unsigned_live_versions_and_overdue_reviews(
        settings, course, pacing, party, cora, pat_member):
    settings.CODESIGN_REVIEW_EVERY_DAYS = 730
    unsigned = ModulePageFactory(parent=course, title="Sleep")
    unsigned.save_revision().publish()
    review = _review(pacing, party, cora)
    reviews.sign_off(review, pat_member, now=timezone.now() - timedelta(days=731))
    report = reviews.sign_off_report()
    assert [row.module.title for row in report.unsigned] == ["Sleep"]
    assert [row.module.title for row in report.overdue] == ["Pacing"]
    [overdue] = report.overdue
    assert overdue.due_on == timezone.localdate() - timedelta(days=1)
    assert overdue.course.title == "Living Well" and overdue.open_reviews == [review]
    settings.CODESIGN_REVIEW_EVERY_DAYS = 800
    assert reviews.sign_off_report().overdue == []


def test_the_report_takes_the_same_queries_however_many_modules(
        course, pacing, party, cora, pat_member, django_assert_max_num_queries):
    reviews.sign_off(_review(pacing, party, cora), pat_member)
    with django_assert_max_num_queries(4):
        reviews.sign_off_report()
    for number in range(5):
        ModulePageFactory(parent=course, title=f"Extra {number}").save_revision().publish()
    with django_assert_max_num_queries(4):
        assert len(reviews.sign_off_report().unsigned) == 5
