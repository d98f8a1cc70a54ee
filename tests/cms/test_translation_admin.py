"""A coordinator (not a superuser) translates pages and scales in the admin, segment by segment
or through a PO file, and sees what is translated, partly translated and awaiting review."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation

from cms.translation import synchronise_language_trees
from courses.demo.translations import translate
from courses.models import CoursePage
from tests.courses.factories import ConfidenceScaleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def gaelic(db) -> Locale:
    return Locale.objects.get(language_code="gd")


@pytest.fixture
def as_cora(client, cora):
    assert not cora.is_superuser
    client.force_login(cora)
    return client


def test_she_can_start_a_translation_of_a_page(as_cora, home, course, gaelic):
    synchronise_language_trees()
    response = as_cora.get(reverse("wagtail_localize:submit_page_translation", args=[course.pk]))
    assert response.status_code == 200
    response = as_cora.post(
        reverse("wagtail_localize:submit_page_translation", args=[course.pk]),
        {"locales": [gaelic.pk]})
    assert response.status_code == 302
    gaelic_course = CoursePage.objects.get(translation_key=course.translation_key, locale=gaelic)
    assert gaelic_course.alias_of_id is None  # no longer an alias: a translation in progress
    assert as_cora.get(reverse("wagtailadmin_pages:edit", args=[gaelic_course.pk])
                       ).status_code == 200  # wagtail-localize's segment editor


def test_she_can_download_and_upload_a_po_file(as_cora, home, course, gaelic):
    synchronise_language_trees()
    translate(course, gaelic, {})
    translation = Translation.objects.get(source__object_id=course.translation_key)
    po = polib.pofile(as_cora.get(reverse("wagtail_localize:download_pofile",
                                          args=[translation.pk])).content.decode())
    title = next(entry for entry in po if entry.msgid == "Living Well")
    title.msgstr = "Beò gu Math"
    response = as_cora.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
                            {"file": _upload(str(po))})
    assert response.status_code == 302
    assert StringTranslation.objects.get(locale=gaelic, data="Beò gu Math")


def test_the_report_shows_how_far_each_page_and_scale_is_in_gaelic(
        as_cora, home, catalogue, course, module, gaelic):
    synchronise_language_trees()
    translate(course, gaelic, {"Living Well": "Beò gu Math"})  # the summary still English
    scale = ConfidenceScaleFactory(statements=["One", "Two"])
    html = as_cora.get("/admin/gaelic-versions/").content.decode()
    assert "Partly: 1 part still in English" in html
    assert "Not translated: translate it" in html  # the module, and the scale
    assert reverse("wagtail_localize:submit_snippet_translation",
                   args=["courses", "confidencescale", scale.pk]) in html
    assert "buttons, labels and messages in Gaelic" in html


def _upload(text: str) -> SimpleUploadedFile:
    return SimpleUploadedFile("course.po", text.encode(), content_type="text/x-gettext")
