"""The directory's export through the one export path (``courses.export_kinds``): entries
per area and category and how many are out of date, with the same filters as its report
(*Reports → Signposting directory*). Registered from ``CommunityConfig.ready``."""

from collections.abc import Iterator

import django_filters
from django.db.models import Count, Q, QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from community.models import Category, DirectoryEntry, EntryCategory
from community.models.directory import due_a_check_on_or_before, hidden_on_or_before
from community.resources import DirectoryReportResource
from courses.export_kinds import ExportKind
from courses.models import Area
from courses.permissions import EXPORT_PERMISSION


class DirectoryFilterSet(WagtailFilterSet):
    area = django_filters.ModelChoiceFilter(field_name="area", label=_("Area"),
                                            queryset=Area.objects.all())
    category = django_filters.ChoiceFilter(field_name="categories__category",
                                           label=_("Category"), choices=Category.choices)

    class Meta:
        model = DirectoryEntry
        fields = ["area", "category"]


def _counts(prefix: str) -> dict:
    """Entries, and of them those due a check (not yet hidden) and those hidden, counted in
    the database; ``prefix`` is the path from the rows counted to the entry."""
    due_by, hidden_by = due_a_check_on_or_before(), hidden_on_or_before()
    checked = f"{prefix}checked_on"
    return {"entries": Count("pk"),
            "due": Count("pk", filter=Q(**{f"{checked}__lte": due_by,
                                          f"{checked}__gt": hidden_by})),
            "hidden": Count("pk", filter=Q(**{f"{checked}__lte": hidden_by}))}


def directory_rows(entries: QuerySet) -> Iterator[dict]:
    """Per area (by name): a row for all its entries, then a row per category, in the
    categories' order. Two queries, however many entries."""
    chosen = entries.values("pk")
    areas = (DirectoryEntry.objects.filter(pk__in=chosen).values("area__name")
             .annotate(**_counts("")).order_by("area__name"))
    by_category: dict[str, list[dict]] = {}
    for row in (EntryCategory.objects.filter(entry__in=chosen)
                .values("entry__area__name", "category").annotate(**_counts("entry__"))
                .order_by()):
        by_category.setdefault(row["entry__area__name"], []).append(row)
    order = {value: number for number, value in enumerate(Category.values)}
    for area in areas:
        yield _row(area["area__name"], "", area)
        for row in sorted(by_category.get(area["area__name"], []),
                          key=lambda row: order.get(row["category"], len(order))):
            yield _row(area["area__name"], row["category"], row)


def _row(area: str, category: str, counts: dict) -> dict:
    return {"area": area, "category": category, "entries": counts["entries"],
            "up_to_date": counts["entries"] - counts["due"] - counts["hidden"],
            "due": counts["due"], "hidden": counts["hidden"]}


DIRECTORY = ExportKind("directory", _("Signposting directory"), DirectoryReportResource,
                       DirectoryFilterSet, DirectoryEntry.objects.all, directory_rows,
                       permission=EXPORT_PERMISSION)
