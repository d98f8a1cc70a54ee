"""The columns of each export, declared once (django-import-export resources)."""

from django.utils.translation import gettext_lazy as _
from import_export import fields, resources, widgets


class CellWidget(widgets.Widget):
    """Hand the value to the writer as it is: the writer decides how each type is written
    (numbers stay numbers, dates in ISO format and local time, formula-like text made safe)."""

    def render(self, value, obj=None, **kwargs):
        return value


def column(attribute: str, heading) -> fields.Field:
    return fields.Field(attribute=attribute, column_name=heading, widget=CellWidget())


class OutcomesResource(resources.Resource):
    """Outcome figures per group, as ``services.outcomes.present`` shapes them."""

    group = column("group", _("Group"))
    enrolled = column("enrolled", _("Had a place"))
    attended = column("attended", _("Came at least once"))
    completed = column("completed", _("Completed"))
    rated_before = column("rated_before", _("Rated confidence before"))
    rated_both = column("rated_both", _("Rated before and at the end"))
    mean_before = column("mean_before", _("Mean score before (0–10)"))
    mean_end = column("mean_end", _("Mean score at the end (0–10)"))
    mean_change = column("mean_change", _("Mean change"))
    share_improved = column("share_improved", _("Share whose confidence rose (%)"))

    class Meta:
        fields = ("group", "enrolled", "attended", "completed", "rated_before", "rated_both",
                  "mean_before", "mean_end", "mean_change", "share_improved")
        export_order = fields


class CPDLogResource(resources.Resource):
    """A CPD log, one row per entry, as a revalidation portfolio asks for it."""

    completed_on = column("completed_on", _("Date"))
    title = column("title", _("Learning"))
    method = column("method_label", _("How"))
    provider = column("provider", _("Provider"))
    hours = column("hours", _("Hours"))
    participatory = column("participatory_label", _("Participatory"))
    learned = column("learned", _("What I learned"))
    practice = column("practice", _("How I will use it in practice"))
    certificate = column("certificate_code", _("Certificate code"))

    class Meta:
        fields = ("completed_on", "title", "method", "provider", "hours", "participatory",
                  "learned", "practice", "certificate")
        export_order = fields
