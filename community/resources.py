"""The columns of the directory's export, declared once (django-import-export)."""

from django.utils.translation import gettext_lazy as _

from community.models import Category
from courses.resources import ExportResource, column


class DirectoryReportResource(ExportResource):
    """Entries per area and category, and how many are out of date: one row per area for all
    its entries, then one per category (an entry counts under each of its categories)."""

    area = column("area", _("Area"))
    category = column("category", _("Category"))
    entries = column("entries", _("Entries"))
    up_to_date = column("up_to_date", _("Checked in the last six months"))
    due = column("due", _("Due a check (six to twelve months)"))
    hidden = column("hidden", _("Hidden (not checked for a year)"))

    class Meta:
        fields = ("area", "category", "entries", "up_to_date", "due", "hidden")
        export_order = fields

    def dehydrate_category(self, row):
        return self.label(Category, row["category"]) if row["category"] else str(
            _("All categories"))
