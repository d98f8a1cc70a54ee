"""Turning translation on converts the existing site: every page, revision, co-design credit,
run and confidence scale is still there afterwards, and the Gaelic tree is made beside it."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import LocaleSynchronization

from courses.models import CoDesignCredit, ConfidenceScale, ConfidenceStatement, CourseRun
from tests.courses.factories import ConfidenceScaleFactory

BEFORE = [("cms", "0001_initial"), ("courses", "0016_venues_and_areas_in_gaelic")]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_keeps_the_site_and_adds_a_gaelic_tree(home, course, module, run):
    course.confidence_scale = ConfidenceScaleFactory(statements=["One", "Two"])
    course.save_revision().publish()
    module.save_revision().publish()
    before = _site()
    # The site as it was before: one language, nothing in Gaelic.
    Page.objects.filter(locale__language_code="gd").delete()
    LocaleSynchronization.objects.all().delete()
    Locale.objects.filter(language_code="gd").delete()
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)

    call_command("migrate", verbosity=0)  # forwards, then the trees are synchronised

    assert _site() == before
    gaelic = Locale.objects.get(language_code="gd")
    english_pages = Page.objects.filter(depth__gt=1, locale__language_code="en")
    aliases = Page.objects.filter(locale=gaelic, alias_of__in=english_pages)
    assert aliases.count() == english_pages.count() == 4  # home, catalogue, course, module
    assert {scale.locale.language_code for scale in ConfidenceScale.objects.all()} == {"en"}
    assert ConfidenceStatement.objects.filter(translation_key__isnull=False).count() == 2


def _site() -> dict:
    """What must come through the migration unchanged."""
    return {
        "pages": sorted(Page.objects.filter(locale__language_code="en")
                        .values_list("pk", "path", "title", "live")),
        "revisions": Revision.objects.count(),
        "credits": sorted(CoDesignCredit.objects.filter(page__locale__language_code="en")
                          .values_list("pk", "page_id", "name")),
        "runs": sorted(CourseRun.objects.values_list("pk", "course_id", "capacity")),
        "statements": sorted(ConfidenceStatement.objects.values_list("pk", "scale_id", "text")),
    }
