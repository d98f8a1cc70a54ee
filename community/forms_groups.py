"""The forms of the peer support groups' pages."""

from django import forms
from django.utils.translation import gettext_lazy as _

from community.services.group_membership import MOST_VISITORS

ONLINE = "online"


class GroupFilterForm(forms.Form):
    area = forms.ChoiceField(label=_("Where"), required=False)

    def __init__(self, *args, areas=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].choices = [
            ("", _("Anywhere")), *[(area.slug, area.local_name) for area in areas],
            (ONLINE, _("Online"))]


class AttendanceForm(forms.Form):
    """Who came to a meeting: the members by name, everyone else as a number."""

    present = forms.MultipleChoiceField(
        label=_("Members who came"), required=False, widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Tick only people listed here.")})
    visitors = forms.IntegerField(
        label=_("How many others came?"), min_value=0, max_value=MOST_VISITORS,
        help_text=_("People who came without joining the group, or who came with someone: "
                    "count them, no names needed."),
        error_messages={"required": _("Give the number of others who came (0 if nobody)."),
                        "invalid": _("Give the number of others as a whole number, such as 3."),
                        "min_value": _("The number of others cannot be below 0."),
                        "max_value": _("Give a number of others up to %(limit_value)s.")},
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}))

    def __init__(self, *args, members=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["present"].choices = [(str(membership.pk), membership.person.full_name
                                           or _("A former member"))
                                          for membership in members]

    def present_ids(self) -> list[int]:
        return [int(pk) for pk in self.cleaned_data["present"]]
