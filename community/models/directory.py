"""The signposting directory: local groups and services people can be pointed to, each kept
true by the networkers of its area, and the networkers with their areas."""

import re
from datetime import date

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from cms.bilingual import Localised
from courses.models import Area
from courses.models.fields import ChoiceListField
from courses.models.scheduling import RUN_LANGUAGES, AccessFeature

# An entry nobody has checked for this long is due a check (its area's networkers hear of
# it); for this long, it is hidden from the public until someone checks it again.
DUE_A_CHECK_AFTER = relativedelta(months=6)
HIDDEN_AFTER = relativedelta(months=12)
WORD = re.compile(r"\w+")
MOST_WORDS = 12  # of a search


class Category(models.TextChoices):
    """What an entry helps with. A fixed list, so the directory filters and the reports count
    the same way everywhere; an entry can have several."""

    PHYSICAL_ACTIVITY = "physical_activity", _("Physical activity")
    MENTAL_HEALTH = "mental_health", _("Mental health and wellbeing")
    MONEY_ADVICE = "money_advice", _("Money and benefits advice")
    CARERS = "carers", _("Support for carers")
    CONDITION_SPECIFIC = "condition_specific", _("Support with a particular condition")
    SOCIAL = "social", _("Social groups and company")
    FOOD = "food", _("Food and cooking")
    TRANSPORT = "transport", _("Getting about")
    LEARNING = "learning", _("Learning and volunteering")
    PRACTICAL = "practical", _("Practical help at home")


class Cost(models.TextChoices):
    FREE = "free", _("Free")
    LOW_COST = "low_cost", _("Low cost")
    PAID = "paid", _("Paid")


def due_a_check_on_or_before(today: date | None = None) -> date:
    """Entries last checked on or before this day are due a check."""
    return (today or timezone.localdate()) - DUE_A_CHECK_AFTER


def hidden_on_or_before(today: date | None = None) -> date:
    """Entries last checked on or before this day are hidden from the public."""
    return (today or timezone.localdate()) - HIDDEN_AFTER


class DirectoryEntryQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def visible(self, today: date | None = None):
        """What the public sees: entries checked in the last twelve months."""
        return self.filter(checked_on__gt=hidden_on_or_before(today))

    def due_a_check(self, today: date | None = None):
        """Entries nobody has checked for six months (hidden ones included)."""
        return self.filter(checked_on__lte=due_a_check_on_or_before(today))

    def hidden(self, today: date | None = None):
        return self.filter(checked_on__lte=hidden_on_or_before(today))

    def in_category(self, category: str):
        """Entries with ``category`` among theirs. A join the search backends can filter on
        (``categories`` is a ``RelatedFields`` of the index); one row per entry, as an entry
        holds each category once."""
        return self.filter(categories__category=category)

    def find(self, *, q: str = "", area: Area | None = None, category: str = "",
             today: date | None = None):
        """What the public directory shows for a search: visible entries in the area and the
        category, if given, matching every word of ``q`` (through the site's search backend:
        PostgreSQL's full-text search, or SQLite's), best matches first; by name without
        words. Only the words are searched for: quotes and other punctuation would be syntax
        to the backends."""
        entries = self.visible(today)
        if area is not None:
            entries = entries.filter(area=area)
        if category:
            entries = entries.in_category(category)
        words = " ".join(WORD.findall(q)[:MOST_WORDS])
        if words:
            return entries.order_by().search(words, operator="and")
        return entries.order_by("name", "pk")

    def for_listing(self):
        return self.select_related("area").prefetch_related("categories")


class DirectoryEntry(index.Indexed, models.Model):
    """A local group or service, in one area, with how to reach it and when it was last
    checked, and by whom."""

    name = models.CharField(_("name"), max_length=200)
    offers = models.TextField(_("what it offers"), max_length=2000)
    area = models.ForeignKey(Area, on_delete=models.PROTECT, related_name="directory_entries",
                             verbose_name=_("area"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    address = models.TextField(_("address"), max_length=500, blank=True)
    website = models.CharField(
        _("website"), max_length=500, blank=True,
        help_text=_("The full address, starting https:// or http://. Shown as a plain link."))
    opening_hours = models.TextField(_("opening hours"), max_length=500, blank=True)
    cost = models.CharField(_("cost"), max_length=10, choices=Cost.choices, default=Cost.FREE)
    cost_note = models.CharField(_("about the cost"), max_length=200, blank=True,
                                 help_text=_("For example: £2 a session, first one free."))
    access_features = ChoiceListField(_("access"), item_choices=AccessFeature.choices)
    languages = ChoiceListField(_("languages"), item_choices=RUN_LANGUAGES)
    other_languages = models.CharField(
        _("other languages"), max_length=200, blank=True,
        help_text=_("Any other languages spoken, for example Polish or Urdu."))
    # Optional Gaelic versions, shown on the Gaelic pages (cms.bilingual)
    name_gd = models.CharField(_("name in Gaelic"), max_length=200, blank=True)
    offers_gd = models.TextField(_("what it offers, in Gaelic"), max_length=2000, blank=True)
    opening_hours_gd = models.TextField(_("opening hours in Gaelic"), max_length=500,
                                        blank=True)
    cost_note_gd = models.CharField(_("about the cost, in Gaelic"), max_length=200, blank=True)
    checked_on = models.DateField(_("last checked on"))
    checked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, blank=True, related_name="+",
                                   verbose_name=_("last checked by"))
    created_at = models.DateTimeField(_("added at"), auto_now_add=True)
    changed_at = models.DateTimeField(_("changed at"), auto_now=True)

    local_name = Localised("name")
    local_offers = Localised("offers")
    local_opening_hours = Localised("opening_hours")
    local_cost_note = Localised("cost_note")

    objects = DirectoryEntryQuerySet.as_manager()

    search_fields = [
        index.SearchField("name", boost=3),
        index.SearchField("name_gd", boost=3),
        index.SearchField("offers"),
        index.SearchField("offers_gd"),
        index.AutocompleteField("name"),  # the admin's listing searches as people type
        index.AutocompleteField("name_gd"),
        index.FilterField("area"),
        index.FilterField("checked_on"),
        index.RelatedFields("categories", [index.FilterField("category")]),
    ]

    class Meta:
        verbose_name = _("directory entry")
        verbose_name_plural = _("directory entries")
        ordering = ["name", "pk"]
        indexes = [models.Index(fields=["area", "checked_on"], name="directory_area_checked"),
                   models.Index(fields=["checked_on"], name="directory_checked"),
                   # the directory's first page without words: twenty by name
                   models.Index(fields=["name", "id"], name="directory_by_name")]

    def __str__(self) -> str:
        return self.name

    def category_labels(self) -> list[str]:
        """Its categories in words, in the list's order (from prefetched rows)."""
        held = {row.category for row in self.categories.all()}
        return [str(label) for value, label in Category.choices if value in held]

    def access_labels(self) -> list[str]:
        return [str(AccessFeature(value).label) for value in self.access_features
                if value in AccessFeature.values]

    def language_labels(self) -> list[str]:
        labels = dict(RUN_LANGUAGES)
        shown = [str(labels[value]) for value in self.languages if value in labels]
        return shown + ([self.other_languages] if self.other_languages else [])

    @property
    def web_link(self) -> str:
        """The website, if it is a plain web address (the service lets no other kind in;
        this keeps a row written some other way from becoming a link that runs code)."""
        scheme = self.website.split(":", 1)[0].strip().lower()
        return self.website if scheme in ("http", "https") else ""

    def is_due_a_check(self, today: date | None = None) -> bool:
        return self.checked_on <= due_a_check_on_or_before(today)

    def is_hidden(self, today: date | None = None) -> bool:
        return self.checked_on <= hidden_on_or_before(today)


class EntryCategory(models.Model):
    """One of an entry's categories: rows rather than a JSON list, so that filtering and
    counting by category are plain joins on every database."""

    entry = models.ForeignKey(DirectoryEntry, on_delete=models.CASCADE,
                              related_name="categories", verbose_name=_("entry"))
    category = models.CharField(_("category"), max_length=30, choices=Category.choices)

    class Meta:
        verbose_name = _("entry category")
        verbose_name_plural = _("entry categories")
        constraints = [models.UniqueConstraint(fields=["entry", "category"],
                                               name="one_row_per_entry_category")]
        indexes = [models.Index(fields=["category", "entry"], name="entries_by_category")]

    def __str__(self) -> str:
        return self.get_category_display()


class NetworkerQuerySet(models.QuerySet):
    def keeping(self, area_id: int):
        """The networkers of an area, with their accounts."""
        return self.filter(areas=area_id, user__is_active=True).select_related("user")


class Networker(models.Model):
    """A volunteer or worker who keeps the directory of their areas true. Coordinators name
    them and their areas (``community.services.directory.appoint_networker``)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                related_name="networker", verbose_name=_("person"))
    areas = models.ManyToManyField(Area, related_name="networkers", verbose_name=_("areas"),
                                   help_text=_("The areas whose directory they keep."))
    since = models.DateField(_("networker since"), default=timezone.localdate)

    objects = NetworkerQuerySet.as_manager()

    class Meta:
        verbose_name = _("networker")
        verbose_name_plural = _("networkers")
        ordering = ["user__full_name", "pk"]

    def __str__(self) -> str:
        return str(self.user)
