"""Pages in both languages.

Course content is translated with wagtail-localize: each language has its own page tree, the
Gaelic one kept in step with the English (a page nobody has translated yet is an *alias* of the
English page, so ``/gd/…`` always has a page to show). A page knows which of its parts are still
the English text, so a template can mark them ``lang="en"``:

- an alias, or an English page shown at a Gaelic address, is English throughout;
- a translation lists in ``untranslated`` its fields and body blocks that are word for word the
  English it was translated from (wagtail-localize copies the English where a segment has no
  translation yet), worked out whenever the translation is saved.

Things that belong to a course rather than to one language of it (its runs, its co-designers'
credits) hang from the English page, and every translation shows the English page's.
"""

from dataclasses import dataclass

import polib
from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.http import Http404
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail_localize.fields import (
    SynchronizedField,
    TranslatableField,
    get_translatable_fields,
)
from wagtail_localize.models import (
    LocaleSynchronization,
    StringTranslation,
    TranslationSource,
)
from wagtail_localize.synctree import synchronize_tree

from cms.bilingual import InLanguage

ORIGINAL_LANGUAGE = settings.LANGUAGE_CODE
_LOCALE_CODES: dict[int, str] = {}


def locale_code(locale_id: int) -> str:
    """The language of a locale, without a query after the first (locales hardly ever change;
    an id not seen before reloads them)."""
    if locale_id not in _LOCALE_CODES:
        _LOCALE_CODES.clear()
        _LOCALE_CODES.update(Locale.objects.values_list("id", "language_code"))
    return _LOCALE_CODES.get(locale_id, ORIGINAL_LANGUAGE)


def is_original(page: Page) -> bool:
    """Whether ``page`` is in English, the language the others are translated from."""
    return locale_code(page.locale_id) == ORIGINAL_LANGUAGE


def originals(pages: models.QuerySet) -> models.QuerySet:
    """The English pages among ``pages`` (the ones runs, progress and credits point at)."""
    return pages.filter(locale__language_code=ORIGINAL_LANGUAGE)


class TranslatedPage(models.Model):
    """A page that may be a translation (see the module's docstring)."""

    untranslated = models.JSONField(default=list, blank=True, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "untranslated" in update_fields:
            self.untranslated = self.parts_still_in_english()
        return super().save(*args, **kwargs)

    @property
    def content_language(self) -> str:
        """The language the page's text is in (an alias shows the English page's text)."""
        return ORIGINAL_LANGUAGE if self.alias_of_id else locale_code(self.locale_id)

    @property
    def is_partly_translated(self) -> bool:
        return self.content_language != ORIGINAL_LANGUAGE and bool(self.untranslated)

    def part_language(self, part: str) -> str:
        """The language of one field or body block (by its id) of the page."""
        return ORIGINAL_LANGUAGE if part in self.untranslated else self.content_language

    def original(self) -> Page:
        """The English page this one translates (itself when it is English), the course that
        runs and credits belong to."""
        if locale_code(self.locale_id) == ORIGINAL_LANGUAGE:
            return self
        return type(self).objects.get(translation_key=self.translation_key,
                                      locale__language_code=ORIGINAL_LANGUAGE)

    def parts_still_in_english(self) -> list[str]:
        """Fields and body blocks whose text is word for word the English page's."""
        if self.alias_of_id or self.locale_id is None or self.pk is None:
            return []
        if locale_code(self.locale_id) == ORIGINAL_LANGUAGE:
            return []
        english = (type(self).objects.filter(translation_key=self.translation_key,
                                             locale__language_code=ORIGINAL_LANGUAGE).first())
        if english is None:
            return []
        # What the translators worked from: the English as it was when the translation was
        # last brought up to date, not the English page as it is now.
        source = TranslationSource.objects.get_for_instance_or_none(english)
        return same_text(source.as_instance() if source else english, self)


def same_text(english: Page, translation: Page) -> list[str]:
    """The translatable fields, and blocks of StreamFields, that ``translation`` has word for
    word as ``english`` has them."""
    same = []
    for field in get_translatable_fields(type(english)):
        if not isinstance(field, TranslatableField):
            continue
        model_field = field.get_field(type(english))
        if isinstance(model_field, StreamField):
            blocks = {block["id"]: block["value"]
                      for block in getattr(english, field.field_name).raw_data}
            same += [block["id"] for block in getattr(translation, field.field_name).raw_data
                     if block.get("id") and blocks.get(block["id"], None) == block["value"]]
        elif isinstance(model_field, models.Field) and not model_field.is_relation:
            text = getattr(english, field.field_name)
            if text and text == getattr(translation, field.field_name):
                same.append(field.field_name)
    return same


def sync_trees_unless_raw(sender, instance, raw: bool = False, **kwargs) -> None:
    """wagtail-localize's handler for a saved "synchronise from", skipped for fixtures."""
    if not raw:
        instance.sync_trees()


class FallsBackToEnglish:
    """Routing for a page in a Gaelic tree: a child that has no Gaelic page yet (not even an
    alias: say the trees have not been synchronised since it was made) is looked for under the
    English page instead, and shown in English, marked as such. A Gaelic address never gives a
    404 only because a translation is missing."""

    def route(self, request, path_components):
        try:
            return super().route(request, path_components)
        except Http404:
            if not path_components or locale_code(self.locale_id) == ORIGINAL_LANGUAGE:
                raise
            english = (Page.objects.filter(translation_key=self.translation_key,
                                           locale__language_code=ORIGINAL_LANGUAGE)
                       .specific().first())
            if english is None:
                raise
            return english.route(request, path_components)


def translation_fields(*text: str, kept: tuple[str, ...] = ()) -> list:
    """What wagtail-localize translates on a page: its title, search texts and ``text``; and
    what every translation keeps as the English page has it: the slug (so a page's Gaelic
    address is its English one under ``/gd/``) and ``kept``."""
    return ([TranslatableField(name) for name in ("title", "seo_title", "search_description",
                                                  *text)]
            + [SynchronizedField(name, overridable=False) for name in ("slug", *kept)])


def synchronise_language_trees(**kwargs) -> None:
    """Give every page that has no version yet in a language kept in step with another (the
    Gaelic tree with the English) an alias there. Safe to run again: it only adds what is
    missing. Runs after every ``migrate``, after the demo is loaded, and — through
    wagtail-localize's own hook — whenever an editor adds a page."""
    for sync in LocaleSynchronization.objects.select_related("locale", "sync_from"):
        synchronize_tree(sync.sync_from, sync.locale)


def titles_in(language: str, pages) -> None:
    """Look up, in one query, the titles of ``pages`` in ``language`` (their published
    translations'), for ``title_in`` to give without a query each."""
    pages = [page for page in pages if page is not None]
    found = dict(Page.objects.filter(
        translation_key__in={page.translation_key for page in pages},
        locale__language_code=language, alias_of__isnull=True, live=True,
    ).values_list("translation_key", "title")) if pages else {}
    for page in pages:
        page.__dict__.setdefault("_titles", {})[language] = found.get(page.translation_key)


def title_in(page: Page, language: str) -> InLanguage:
    """The title of ``page`` (in whichever language) as its translation into ``language`` has
    it, or the English title, marked English, where it has not been translated."""
    if locale_code(page.locale_id) == language and not page.alias_of_id:
        return InLanguage(page.title, language)
    if language not in page.__dict__.get("_titles", {}):
        titles_in(language, [page])
    translated = page._titles[language]
    if translated:
        return InLanguage(translated, language)
    if locale_code(page.locale_id) != ORIGINAL_LANGUAGE:
        page = Page.objects.get(translation_key=page.translation_key,
                                locale__language_code=ORIGINAL_LANGUAGE)
    return InLanguage(page.title, ORIGINAL_LANGUAGE)


# A machine's translation, or ours for the demo, waits for a native speaker: once someone
# changes a segment in the translation editor it is theirs (a "manual" one with no tool).
AWAITING_REVIEW = "awaiting review by a native Gaelic speaker"


@dataclass(frozen=True)
class PageTranslation:
    """How far an English page has been translated into a language."""

    english: Page
    translation: Page | None  # None, or an alias, until someone translates it
    still_in_english: int  # fields and blocks
    awaiting_review: int  # segments

    @property
    def state(self) -> str:
        if self.translation is None or self.translation.alias_of_id:
            return "not_translated"
        return "partly_translated" if self.still_in_english else "translated"


def page_translations(language: str) -> list[PageTranslation]:
    """Every English page (the site's root left out) and how far it is in ``language``."""
    english = list(originals(Page.objects.filter(depth__gt=1)).order_by("path"))
    translated = {page.translation_key: page for page in Page.objects.filter(
        locale__language_code=language, translation_key__in=[p.translation_key for p in english],
    ).specific()}
    waiting = awaiting_review(language)
    return [PageTranslation(
        page, translated.get(page.translation_key),
        len(getattr(translated.get(page.translation_key), "untranslated", ()) or ()),
        waiting.get(page.translation_key, 0),
    ) for page in english]


def awaiting_review(language: str) -> dict:
    """Segments translated into ``language`` by a machine or for the demo and not yet
    checked by a person, counted by the translation key of the page or snippet they are in."""
    return dict(
        StringTranslation.objects.filter(locale__language_code=language)
        .filter(Q(translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE)
                | Q(tool_name=AWAITING_REVIEW))
        .values("translation_of__segments__source__object_id")
        .annotate(count=Count("pk", distinct=True))
        .values_list("translation_of__segments__source__object_id", "count")
    )


def catalogue_review(language: str) -> dict:
    """The site's own words in ``language`` (our gettext catalogue): how many are translated,
    and how many of those still wait for a native speaker's review."""
    catalogue = polib.pofile(str(settings.LOCALE_PATHS[0] / language / "LC_MESSAGES" /
                                 "django.po"))
    translated = catalogue.translated_entries()
    return {"translated": len(translated),
            "awaiting_review": sum("awaiting review" in entry.tcomment.lower()
                                   for entry in translated)}
