"""Forms for the Co-design screens of the Wagtail admin. They only parse and offer sensible
choices; the views hand what they read to ``codesign.services``."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from accounts.models import User
from cms.translation import originals
from codesign.models import Action, Meeting, ModuleReview, WorkingParty, WorkingPartyMember
from codesign.services.working_parties import Naming
from courses.admin.forms import LOCAL_DATETIME
from courses.models import CoursePage, ModulePage

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _party_from(form) -> int | None:
    """The party a form is about: its instance's, else the one chosen or passed in the
    address (``?party=``), if it reads as an id."""
    if form.instance.party_id:
        return form.instance.party_id
    value = form.data.get("party") or form.initial.get("party")
    return int(value) if str(value or "").isdigit() and len(str(value)) < 18 else None


class WorkingPartyForm(WagtailAdminModelForm):
    class Meta:
        model = WorkingParty
        fields = ["name", "area", "courses", "about"]
        widgets = {"courses": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["courses"].queryset = originals(CoursePage.objects.all()).order_by("path")


class MemberForm(WagtailAdminModelForm):
    class Meta:
        model = WorkingPartyMember
        fields = ["party", "person", "name", "role", "joined_on", "left_on", "named_consent_on",
                  "named_consent_reference", "named_consent_withdrawn_on"]
        widgets = {"joined_on": DATE, "left_on": DATE, "named_consent_on": DATE,
                   "named_consent_withdrawn_on": DATE}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = User.objects.filter(
            is_active=True, erased_at__isnull=True).order_by("full_name")
        if self.instance.pk:  # a place stays with its party and person
            for name in ("party", "person", "joined_on"):
                self.fields[name].disabled = True
        else:
            del self.fields["left_on"]

    @property
    def naming(self) -> Naming:
        data = self.cleaned_data
        return Naming(data.get("named_consent_on"), data.get("named_consent_reference", ""),
                      data.get("named_consent_withdrawn_on"))


class MembersField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, member):
        return f"{member.shown_name} ({member.party})"


class MeetingForm(WagtailAdminModelForm):
    attended = MembersField(label=_("Who came"), required=False,
                            queryset=WorkingPartyMember.objects.none(),
                            widget=forms.CheckboxSelectMultiple,
                            help_text=_("Leave empty for a meeting still to come."))

    class Meta:
        model = Meeting
        fields = ["party", "starts_at", "place", "online", "notes"]
        widgets = {"starts_at": LOCAL_DATETIME}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        members = WorkingPartyMember.objects.filter(erased_at__isnull=True).listed()
        if party := _party_from(self):
            members = members.filter(party_id=party)
        self.fields["attended"].queryset = members.order_by("party__name", "pk")
        if self.instance.pk:
            self.fields["party"].disabled = True
            self.initial["attended"] = list(self.instance.attendance.values_list(
                "member_id", flat=True))


class MemberField(forms.ModelChoiceField):
    def label_from_instance(self, member):
        return f"{member.shown_name} ({member.party})"


class ActionForm(WagtailAdminModelForm):
    owner = MemberField(label=_("Who does it"), queryset=WorkingPartyMember.objects.none())
    done = forms.BooleanField(label=_("Done"), required=False)

    class Meta:
        model = Action
        fields = ["party", "text", "owner", "due_on", "meeting"]
        widgets = {"due_on": DATE}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        members = WorkingPartyMember.objects.current().listed()
        meetings = Meeting.objects.select_related("party")
        if party := _party_from(self):
            members, meetings = members.filter(party_id=party), meetings.filter(party_id=party)
        if self.instance.pk:
            self.fields["party"].disabled = True
            members = members | WorkingPartyMember.objects.filter(pk=self.instance.owner_id)
            self.initial["done"] = self.instance.is_done
        else:
            del self.fields["done"]
        self.fields["owner"].queryset = members.order_by("party__name", "pk")
        self.fields["meeting"].queryset = meetings


class ModuleField(forms.ModelChoiceField):
    """English modules, named with their course (one query for the courses)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._courses = None

    def label_from_instance(self, module):
        if self._courses is None:
            self._courses = dict(originals(CoursePage.objects.all()).values_list("path",
                                                                                 "title"))
        return f"{self._courses.get(module.path[:-ModulePage.steplen], '')}: {module.title}"


class ReviewForm(WagtailAdminModelForm):
    module = ModuleField(label=_("Module"), queryset=originals(ModulePage.objects.all())
                         .order_by("path"),
                         help_text=_("Its latest saved version is put up for review."))

    class Meta:
        model = ModuleReview
        fields = ["module", "party"]

    def validate_unique(self):
        """An open review of the module by the party is closed by a newer one: the service
        decides (``reviews.open_review``)."""
