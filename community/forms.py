"""The directory's forms: searching and filtering it (GET), and an entry as a networker or a
coordinator writes it. Saving goes through ``community.services.directory``."""

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.forms import OnceOnlyFormMixin
from community.models import Category, DirectoryEntry
from courses.models import Area

# The fields an entry's form shows, in the order people fill them in.
ENTRY_FIELDS = [
    "name", "offers", "area", "phone", "email", "address", "website", "opening_hours",
    "cost", "cost_note", "access_features", "languages", "other_languages",
    "name_gd", "offers_gd", "opening_hours_gd", "cost_note_gd",
]
TEXTAREA = {"rows": 4}


class DirectorySearchForm(forms.Form):
    """What someone looks for: words, an area and a category, each optional."""

    q = forms.CharField(label=_("Search for"), required=False, max_length=200,
                        help_text=_("For example: walking, carers, benefits."))
    area = forms.ModelChoiceField(label=_("Area"), required=False,
                                  queryset=Area.objects.all(), empty_label=_("Anywhere"))
    category = forms.ChoiceField(label=_("Help with"), required=False,
                                 choices=[("", _("Anything"))] + Category.choices)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].label_from_instance = lambda area: area.local_name

    def filters(self) -> dict:
        """The valid filters given (the invalid ones are left out, and shown as errors)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {key: data[key] for key in ("q", "area", "category") if data.get(key)}


class PrintListForm(forms.Form):
    area = forms.ModelChoiceField(label=_("Area"), queryset=Area.objects.all(),
                                  empty_label=_("Choose an area"))
    category = forms.ChoiceField(label=_("Help with"), required=False,
                                 choices=[("", _("Anything"))] + Category.choices)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].label_from_instance = lambda area: area.local_name


class EntryForm(OnceOnlyFormMixin, forms.ModelForm):
    """An entry as a networker writes it on the public site, limited to their areas. It is
    never saved by ``save()``: the view hands ``details()`` to the service."""

    categories = forms.MultipleChoiceField(
        label=_("What it helps with"), choices=Category.choices,
        widget=forms.CheckboxSelectMultiple, help_text=_("Tick all that apply."),
        error_messages={"required": _("Choose at least one thing it helps with.")})
    checked_today = forms.BooleanField(
        label=_("I checked these details with the group or service today."), required=False)

    class Meta:
        model = DirectoryEntry
        fields = ENTRY_FIELDS
        widgets = {"offers": forms.Textarea(attrs=TEXTAREA),
                   "address": forms.Textarea(attrs=TEXTAREA),
                   "opening_hours": forms.Textarea(attrs=TEXTAREA),
                   "offers_gd": forms.Textarea(attrs=TEXTAREA),
                   "opening_hours_gd": forms.Textarea(attrs=TEXTAREA),
                   "cost": forms.RadioSelect, "phone": forms.TextInput(attrs={"type": "tel"}),
                   "website": forms.TextInput(attrs={"inputmode": "url"})}

    def __init__(self, *args, areas, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].queryset = areas
        self.fields["area"].label_from_instance = lambda area: area.local_name
        if self.instance.pk:
            self.fields["categories"].initial = [
                row.category for row in self.instance.categories.all()]
        else:
            del self.fields["checked_today"]  # adding an entry is checking it
        for name in ("name_gd", "offers_gd", "opening_hours_gd", "cost_note_gd"):
            self.fields[name].help_text = _("Optional. Shown on the Gaelic pages; the English "
                                            "is shown where this is empty.")
