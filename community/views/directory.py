"""The public signposting directory: search and filter (/support/), one entry
(/support/<id>/), and a one-page list of an area to print (/support/print/?area=<id>).
Anonymous visitors may be served these from the page cache; a change to an entry moves the
cache on (``config.page_cache``)."""

from django.core.paginator import Paginator
from django.db.models import prefetch_related_objects
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from community.forms import DirectorySearchForm, PrintListForm
from community.models import DirectoryEntry

PER_PAGE = 20


def directory(request: HttpRequest) -> HttpResponse:
    """Entries checked in the last year, by words (Wagtail's search), area and category."""
    form = DirectorySearchForm(request.GET or None)
    filters = form.filters()
    found = DirectoryEntry.objects.select_related("area").find(**filters)
    page = Paginator(found, PER_PAGE).get_page(request.GET.get("page"))
    entries = list(page.object_list)
    prefetch_related_objects(entries, "categories")
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "community/directory.html", {
        "form": form, "filters": filters, "page": page, "entries": entries,
        "query": query.urlencode()})


def entry(request: HttpRequest, pk: int) -> HttpResponse:
    """One entry; 404 for one hidden for being out of date, as for one that never was."""
    found = get_object_or_404(DirectoryEntry.objects.visible().for_listing(), pk=pk)
    return render(request, "community/entry.html", {"entry": found})


def print_list(request: HttpRequest) -> HttpResponse:
    """Every entry of an area (and category, if chosen) on one printable page, for people
    without the internet. Without an area, a form to choose one."""
    form = PrintListForm(request.GET or None)
    if not form.is_valid():
        return render(request, "community/print_choose.html", {"form": form},
                      status=400 if form.is_bound else 200)
    area, category = form.cleaned_data["area"], form.cleaned_data["category"]
    entries = DirectoryEntry.objects.visible().filter(area=area).for_listing()
    if category:
        entries = entries.in_category(category)
    return render(request, "community/print.html", {
        "area": area, "category_label": dict(form.fields["category"].choices).get(category, ""),
        "entries": entries.order_by("name", "pk"), "today": timezone.localdate()})
