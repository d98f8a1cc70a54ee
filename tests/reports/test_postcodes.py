"""From a postcode, the SIMD quintile and urban/rural class of the area, and then no postcode:
worked out at once when the lookups are loaded, kept waiting until they are, refused when it
is not a postcode or no loaded lookup knows it."""

import pytest

from reports.models import EqualityAnswers
from reports.services import equality
from reports.services.equality import EqualityDetails, EqualityError
from reports.services.lookups import PostcodeError, normalise_postcode
from reports.tasks import derive_pending_postcodes_task
from tests.reports.factories import answer, load, load_both, simd_csv, urban_rural_csv

pytestmark = pytest.mark.django_db
AREAS = {"IV3 5NE": (3, 2), "G42 7AA": (1, 1), "KW1 4YT": (2, 4)}


@pytest.mark.parametrize("typed, kept", [
    ("iv3 5ne", "IV3 5NE"), ("IV35NE", "IV3 5NE"), ("  iv3   5NE ", "IV3 5NE"),
    ("g42 7aa", "G42 7AA"), ("EH1 1YZ", "EH1 1YZ"), ("ab101xg", "AB10 1XG"),
    ("w1a 0ax", "W1A 0AX"), ("ec1a 1bb", "EC1A 1BB"), ("M1 1AE", "M1 1AE"),
])
def test_it_writes_a_postcode_one_way(typed, kept):
    assert normalise_postcode(typed) == kept


@pytest.mark.parametrize("typed", ["", "IV3", "not a postcode", "IV3 5N", "123 456",
                                   "IV3 5NEE", "IV3-5NE", "I\x00V3 5NE", "x" * 500])
def test_it_refuses_what_is_not_a_postcode(pat, typed):
    with pytest.raises(PostcodeError):
        normalise_postcode(typed)
    if typed:
        with pytest.raises(EqualityError) as refused:
            answer(pat, age_band="65_74", postcode=typed)
        assert (refused.value.code, refused.value.field) == ("bad_postcode", "postcode")
        assert "Enter a UK postcode" in refused.value.message
        assert not EqualityAnswers.objects.exists()


def test_with_the_lookups_loaded_it_keeps_the_area_and_never_the_postcode(pat):
    load_both(AREAS)
    saved = answer(pat, postcode="g427aa")
    saved.refresh_from_db()
    assert (saved.postcode, saved.simd_quintile, saved.urban_rural) == ("", 1, 1)


def test_without_a_lookup_it_keeps_the_postcode_waiting(pat):
    saved = answer(pat, postcode="iv3 5ne")
    saved.refresh_from_db()
    assert (saved.postcode, saved.simd_quintile, saved.urban_rural) == ("IV3 5NE", None, None)
    assert equality.waiting_for_a_lookup() == 1


def test_after_the_uploads_the_waiting_postcodes_are_worked_out_and_dropped(
        pat, sam, django_capture_on_commit_callbacks):
    answer(pat, postcode="IV3 5NE")
    answer(sam, postcode="KW1 4YT")
    with django_capture_on_commit_callbacks(execute=True):
        load("simd", simd_csv({"IV3 5NE": 3, "KW1 4YT": 2}))
    pats = EqualityAnswers.objects.get(user=pat)
    # the urban/rural lookup is still to come: the postcode waits for it
    assert (pats.postcode, pats.simd_quintile, pats.urban_rural) == ("IV3 5NE", 3, None)
    with django_capture_on_commit_callbacks(execute=True):
        load("urban_rural", urban_rural_csv({"IV3 5NE": 2, "KW1 4YT": 4}))
    found = {row.user_id: (row.postcode, row.simd_quintile, row.urban_rural)
             for row in EqualityAnswers.objects.all()}
    assert found == {pat.pk: ("", 3, 2), sam.pk: ("", 2, 4)}
    assert equality.waiting_for_a_lookup() == 0


def test_with_one_lookup_loaded_it_keeps_what_it_knows_and_the_postcode_for_the_other(pat):
    load("urban_rural", urban_rural_csv({"IV3 5NE": 2}))
    saved = answer(pat, postcode="IV3 5NE")
    assert (saved.postcode, saved.simd_quintile, saved.urban_rural) == ("IV3 5NE", None, 2)


def test_a_postcode_no_loaded_lookup_knows_is_refused_with_a_clear_message(pat):
    load_both(AREAS)
    with pytest.raises(EqualityError) as refused:
        answer(pat, age_band="65_74", postcode="EH1 1YZ")
    assert (refused.value.code, refused.value.field) == ("postcode_not_found", "postcode")
    assert "EH1 1YZ" in refused.value.message and "Scotland" in refused.value.message
    assert not EqualityAnswers.objects.exists()


def test_a_waiting_postcode_no_lookup_knows_is_dropped_once_both_are_loaded(pat):
    answer(pat, postcode="EH1 1YZ")
    load_both(AREAS)
    equality.derive_pending_postcodes()
    saved = EqualityAnswers.objects.get(user=pat)
    assert (saved.postcode, saved.simd_quintile, saved.urban_rural) == ("", None, None)


def test_an_empty_box_keeps_the_area_already_worked_out(pat):
    load_both(AREAS)
    answer(pat, postcode="G42 7AA")
    equality.save_answers(pat, EqualityDetails(age_band="65_74", postcode=None),
                          consented=True)
    saved = EqualityAnswers.objects.get(user=pat)
    assert (saved.age_band, saved.simd_quintile, saved.urban_rural) == ("65_74", 1, 1)


def test_prefer_not_to_say_removes_the_area(pat):
    load_both(AREAS)
    answer(pat, postcode="G42 7AA")
    equality.save_answers(pat, EqualityDetails(postcode=None, postcode_prefer_not=True),
                          consented=True)
    saved = EqualityAnswers.objects.get(user=pat)
    assert (saved.postcode, saved.simd_quintile, saved.urban_rural,
            saved.postcode_prefer_not) == ("", None, None, True)


def test_a_postcode_and_prefer_not_to_say_together_are_refused(pat):
    with pytest.raises(EqualityError) as refused:
        answer(pat, postcode="G42 7AA", postcode_prefer_not=True)
    assert (refused.value.code, refused.value.field) == ("postcode_and_prefer_not", "postcode")


def test_the_task_runs_twice_and_works_each_answer_out_once(pat, sam):
    answer(pat, postcode="IV3 5NE")
    answer(sam, postcode="G42 7AA")
    load_both(AREAS)  # its task after the commit is not run here
    assert derive_pending_postcodes_task.delay().get() == 2
    assert derive_pending_postcodes_task.delay().get() == 0
    assert set(EqualityAnswers.objects.values_list("postcode", "simd_quintile",
                                                   "urban_rural")) == {("", 3, 2), ("", 1, 1)}


def test_it_works_through_the_waiting_answers_in_batches(pat, sam, tara):
    for person in (pat, sam, tara):
        answer(person, postcode="IV3 5NE")
    load_both(AREAS)
    assert equality.derive_pending_postcodes(batch_size=2) == 3
    assert equality.waiting_for_a_lookup() == 0


def test_without_any_lookup_the_task_changes_nothing(pat):
    answer(pat, postcode="IV3 5NE")
    assert derive_pending_postcodes_task.delay().get() == 0
    assert EqualityAnswers.objects.get(user=pat).postcode == "IV3 5NE"
