"""The funder report's choices: a quarter, or dates of one's own, and optionally an area or a
course."""

from datetime import date, timedelta

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from cms.translation import originals
from courses.models import Area, CoursePage
from reports.services.funder_report import ReportFilters, last_full_quarter, quarter_of

QUARTERS_OFFERED = 8
LONGEST_RANGE_DAYS = 3 * 366


def recent_quarters(today: date | None = None) -> list[tuple[str, str]]:
    """The quarter under way, then the last full quarter and the seven before it."""
    first, _last = last_full_quarter(today)
    quarters = [quarter_of(today or timezone.localdate())]
    for _number in range(QUARTERS_OFFERED):
        quarters.append((first, quarter_of(first)[1]))
        first = quarter_of(first - timedelta(days=1))[0]
    return [(start.isoformat(), _("%(start)s to %(end)s") % {
        "start": formats.date_format(start, "F Y"), "end": formats.date_format(end, "F Y")})
        for start, end in quarters]


class FunderReportForm(forms.Form):
    quarter = forms.ChoiceField(label=_("Quarter"), required=False)
    date_from = forms.DateField(label=_("Or from"), required=False,
                                widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label=_("to"), required=False,
                              widget=forms.DateInput(attrs={"type": "date"}))
    area = forms.ModelChoiceField(label=_("Area"), required=False, queryset=Area.objects.all(),
                                  empty_label=_("All areas"))
    course = forms.ModelChoiceField(
        label=_("Course"), required=False, empty_label=_("All courses"),
        queryset=originals(CoursePage.objects.live()).order_by("title"))

    def __init__(self, data=None, **kwargs):
        if data is not None and data.get("date_from") and data.get("date_to"):
            data = data.copy()
            data["quarter"] = ""  # dates given win, and the list says so
        super().__init__(data, **kwargs)
        quarters = recent_quarters()
        self.fields["quarter"].choices = [*quarters, ("", _("The dates below"))]
        self.fields["quarter"].initial = quarters[1][0]  # the last full quarter
        self.fields["quarter"].help_text = _(
            "Places count when their run's first session falls within the dates.")

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if bool(start) != bool(end):
            self.add_error("date_to" if start else "date_from",
                           _("Give both dates, or neither to use the quarter."))
        elif start and end < start:
            self.add_error("date_to", _("This date is before the first one."))
        elif start and (end - start).days > LONGEST_RANGE_DAYS:
            self.add_error("date_to", _("Choose three years at most."))
        return data

    def report_filters(self) -> ReportFilters:
        """The filters asked for; call once the form is valid (or unbound: the last full
        quarter, everywhere)."""
        data = self.cleaned_data if self.is_bound else {}
        start, end = data.get("date_from"), data.get("date_to")
        if not start:
            chosen = data.get("quarter") or self.fields["quarter"].initial
            start, end = quarter_of(date.fromisoformat(chosen))
        return ReportFilters(start, end, area=data.get("area"), course=data.get("course"))
