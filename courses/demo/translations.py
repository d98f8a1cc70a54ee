"""The demo's course content in Gàidhlig, put in the way a translator would: through
wagtail-localize, segment by segment, so the admin's translation editor shows each one done and
a coordinator can change any of them there (or export them as a PO file).

The Gaelic is ours, written for the demo and awaiting review by a native speaker; a segment
with no Gaelic below stays in English and is shown marked as such.
"""

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from cms.translation import AWAITING_REVIEW, synchronise_language_trees
from courses.demo.gaelic import GAELIC
from courses.models import ConfidenceScale


def seed_translations() -> None:
    """The Gaelic tree (aliases of every page), then the demo pages and scale in Gaelic."""
    synchronise_language_trees()
    gaelic = Locale.objects.get(language_code="gd")
    english = Locale.objects.get(language_code="en")
    for page in Page.objects.filter(locale=english, depth__gt=1).order_by("path").specific():
        translate(page, gaelic)
    for scale in ConfidenceScale.objects.filter(locale=english):
        translate(scale, gaelic)


def translate(instance, locale: Locale, words: dict[str, str] = GAELIC) -> None:
    """``instance`` in ``locale``, each segment that ``words`` has a translation for
    translated, unless it has been translated already (by an earlier run, or by someone in
    the admin)."""
    done = instance.get_translation_or_none(locale)
    if done is not None and not getattr(done, "alias_of_id", None):
        return
    source, _made = TranslationSource.get_or_create_from_instance(instance)
    Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        translated = words.get(segment.string.data)
        if translated:
            StringTranslation.objects.get_or_create(
                translation_of=segment.string, locale=locale, context_id=segment.context_id,
                defaults={"data": translated, "translation_type": "manual",
                          "tool_name": AWAITING_REVIEW},
            )
    is_page = isinstance(instance, Page)
    translated, _made = source.create_or_update_translation(locale, publish=not is_page,
                                                            fallback=True)
    if is_page:  # published now, not when the demo's transaction commits
        with transaction.atomic():
            translated.get_latest_revision().publish()
