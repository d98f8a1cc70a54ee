from decimal import Decimal

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from phonenumber_field.formfields import PhoneNumberField

from accounts.forms import OnceOnlyFormMixin
from courses.models.attendance import AttendanceStatus
from courses.models.concern import ConcernKind
from courses.models.cpd import CPDEntry, StaffProfile
from courses.models.debrief import TimeKept
from courses.models.follow_up import FollowUpOutcome
from courses.models.scheduling import RUN_LANGUAGES, AccessFeature

ONLINE = "online"


class EnrolForm(forms.Form):
    """What we ask when someone takes a place: their access needs, and who may see them."""

    access_needs = forms.CharField(
        label=_("Is there anything that would help you take part?"), required=False,
        max_length=2000, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example step-free access, a hearing loop, large-print handouts or "
                    "bringing someone with you. Leave it empty if there is nothing."),
    )
    share_access_needs = forms.BooleanField(
        label=_("I agree that the trainers on my course may see what I have written here."),
        required=False,
        help_text=_("Without this, only you and our coordinators can see it."),
    )
    follow_up_ok = forms.BooleanField(
        label=_("If I miss a session, someone from the course may get in touch to see how I "
                "am."), required=False,
        help_text=_("A friendly call or message from a trainer or a volunteer, the way you "
                    "prefer to be contacted. It is never a telling-off. You can change your "
                    "mind at any time under “My data”."),
    )
    companion_name = forms.CharField(
        label=_("Is someone coming with you? Their full name"), required=False, max_length=200,
        help_text=_("A carer, or the person you care for. Leave it empty if you are coming on "
                    "your own."))
    companion_phone = PhoneNumberField(
        label=_("Their phone number"), required=False, region="GB",
        error_messages={"invalid": _("This does not look like a phone number. Check the "
                                     "digits, and start an international number with +.")},
        help_text=_("So we can tell them if anything changes. Without it, we use yours."))
    companion_agreed = forms.BooleanField(
        label=_("They agreed that I may give you their name and phone number."), required=False)

    def __init__(self, *args, companions_take_places: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["companion_name"].help_text = " ".join([
            str(self.fields["companion_name"].help_text),
            str(_("On this course they take part too, so the two of you need two places.")
                if companions_take_places else
                _("They come to support you and do not need a place of their own."))])

    def clean(self):
        data = super().clean()
        if data.get("companion_name") and not data.get("companion_agreed"):
            self.add_error("companion_agreed", _(
                "Please check they agree first: we only keep someone's details with their "
                "agreement."))
        if data.get("companion_phone") and not data.get("companion_name"):
            self.add_error("companion_name", _("Give the name of the person coming with you."))
        return data


class WithdrawForm(forms.Form):
    """Leaving a run as one of a pair: does the person who came with them stay?"""

    companion = forms.ChoiceField(widget=forms.RadioSelect, choices=[
        ("stays", _("Yes, they still want to come")),
        ("leaves", _("No, they are leaving too"))])

    def __init__(self, *args, companion_name: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["companion"].label = _("Will %(person)s still come?") % {
            "person": companion_name}

    @property
    def companion_stays(self) -> bool:
        return self.cleaned_data["companion"] == "stays"


class FollowUpOutcomeForm(forms.Form):
    """What happened when someone got in touch after a missed session."""

    outcome = forms.ChoiceField(label=_("What happened?"), widget=forms.RadioSelect,
                                choices=FollowUpOutcome.choices,
                                error_messages={"required": _("Choose what happened.")})
    note = forms.CharField(
        label=_("Anything the trainers should know? (optional)"), required=False,
        max_length=2000, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Keep it short and kind: the person can ask to see it."))

    def __init__(self, *args, companion_name: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        if companion_name:  # they are on the run as a pair: leaving asks about the other
            self.fields["companion"] = forms.ChoiceField(
                label=_("If they are leaving: will %(person)s still come?") % {
                    "person": companion_name},
                required=False, widget=forms.RadioSelect,
                choices=[("stays", _("Yes, they still want to come")),
                         ("leaves", _("No, they are leaving too"))])

    def clean(self):
        data = super().clean()
        leaving = data.get("outcome") == FollowUpOutcome.WITHDRAWN
        if leaving and "companion" in self.fields and not data.get("companion"):
            self.add_error("companion", _("Say whether the person they come with stays."))
        return data

    @property
    def companion_stays(self) -> bool | None:
        answer = self.cleaned_data.get("companion")
        return {"stays": True, "leaves": False}.get(answer)


class DebriefForm(forms.Form):
    """The lead trainer's few lines after a session, for the people who look after the
    module."""

    how_it_went = forms.CharField(
        label=_("How did the session go?"), max_length=3000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Say in a few words how the session went.")},
        help_text=_("About the session, not about anyone in it: please name nobody. Names of "
                    "people on the run are taken out before it is kept."))
    what_to_change = forms.CharField(
        label=_("What would you change next time? (optional)"), required=False,
        max_length=3000, widget=forms.Textarea(attrs={"rows": 3}))
    time_kept = forms.ChoiceField(label=_("Did the session keep to time?"),
                                  widget=forms.RadioSelect, choices=TimeKept.choices,
                                  error_messages={"required": _("Say whether it kept to time.")})


class ConcernForm(OnceOnlyFormMixin, forms.Form):
    kind = forms.ChoiceField(label=_("What kind of concern is it?"), widget=forms.RadioSelect,
                             choices=ConcernKind.choices,
                             error_messages={"required": _("Choose the kind of concern.")})
    details = forms.CharField(
        label=_("What did you notice?"), max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": _("Say what you noticed.")},
        help_text=_("What you saw or heard, in their words where you can, and when. Only the "
                    "people who look after safeguarding will read it. If someone is in danger "
                    "now, call 999 first."))


class RunFilterForm(forms.Form):
    """Narrow a course's upcoming runs to an area (or online), a language and what they
    offer for access."""

    area = forms.ChoiceField(label=_("Where"), required=False)
    language = forms.ChoiceField(
        label=_("Language"), required=False,
        choices=[("", _("Any language")), *RUN_LANGUAGES],
    )
    needs = forms.MultipleChoiceField(
        label=_("I need"), required=False, choices=AccessFeature.choices,
        widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, areas=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].choices = [
            ("", _("Anywhere")), *[(area.slug, area.local_name) for area in areas],
            (ONLINE, _("Online")),
        ]


class MarkAttendanceForm(forms.Form):
    enrolment = forms.IntegerField(min_value=1)
    status = forms.ChoiceField(choices=AttendanceStatus.choices)


class VolunteerForm(forms.Form):
    note = forms.CharField(
        label=_("What would you like to do? (optional)"), required=False, max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example helping at sessions, sharing your story, or training to "
                    "deliver courses."),
    )
    contact_ok = forms.BooleanField(
        label=_("You may contact me about volunteering and becoming a peer trainer."),
        error_messages={"required": _("We need your agreement to contact you about this.")},
    )


SKIP = ""


class RatingForm(forms.Form):
    """One question per statement: a 0–10 choice, or skip it. ``statements`` pairs each
    statement with the words to ask it in."""

    def __init__(self, *args, statements=(), with_feedback=False, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(str(n), str(n)) for n in range(11)] + [(SKIP, _("Skip this one"))]
        for statement, words in statements:
            self.fields[f"statement_{statement.pk}"] = forms.ChoiceField(
                label=words, choices=choices, required=False,
                widget=forms.RadioSelect,
            )
        if with_feedback:
            self.fields["comment"] = forms.CharField(
                label=_("Anything to tell the people who wrote this session? (optional)"),
                help_text=_("What helped, what did not, what you would change. The course team "
                            "sees this without your name."),
                required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 3}),
            )

    def answers(self) -> dict[int, int | None]:
        """The answers by statement id: a number from 0 to 10, or None when skipped."""
        return {
            int(name.removeprefix("statement_")): None if value == SKIP else int(value)
            for name, value in self.cleaned_data.items() if name.startswith("statement_")
        }

    def statement_fields(self):
        return [self[name] for name in self.fields if name.startswith("statement_")]


class StaffRatingForm(RatingForm):
    """A trainer or coordinator types in someone's answers from a paper form or a call: which
    moment they are for, and that the person agreed."""

    def __init__(self, *args, moments: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields = {
            "moment": forms.ChoiceField(label=_("Which rating these answers are"),
                                        choices=moments),
            **self.fields,
            "agreed": forms.BooleanField(
                label=_("They agreed to us entering their answers for them"), required=False),
        }


class StaffProfileForm(forms.ModelForm):
    class Meta:
        model = StaffProfile
        fields = ["profession", "registration_body", "registration_number"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["profession"].required = True
        self.fields["profession"].error_messages["required"] = _(
            "Enter your profession, for example community nurse.")


class ReflectionForm(forms.Form):
    """The short reflective account that completes a self-paced CPD module."""

    learned = forms.CharField(
        label=_("What did you learn?"), max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("A few sentences in your own words: what was new, or what you now see "
                    "differently."),
        error_messages={"required": _("Write a few words about what you learned.")},
    )
    practice = forms.CharField(
        label=_("How will you use it in your practice?"), max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("One or two things you will do differently with the people you support."),
        error_messages={"required": _("Write a few words about how you will use it.")},
    )


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


HOURS_RANGE = _("Enter between 0.25 and 100 hours.")


class CPDEntryForm(OnceOnlyFormMixin, forms.ModelForm):
    """Learning done elsewhere, added by the person themselves."""

    class Meta:
        model = CPDEntry
        fields = ["title", "provider", "completed_on", "hours", "participatory", "learned",
                  "practice"]
        widgets = {"completed_on": DateInput(),
                   "learned": forms.Textarea(attrs={"rows": 4}),
                   "practice": forms.Textarea(attrs={"rows": 4})}
        labels = {"title": _("What was the learning?"),
                  "completed_on": _("Date you finished it")}
        help_texts = {"title": _("For example a study day, a conference or a journal article."),
                      "hours": _("In hours, for example 1.5 for an hour and a half."),
                      "provider": _("Who ran it, if anyone.")}
        error_messages = {
            "title": {"required": _("Say what the learning was.")},
            "completed_on": {"required": _("Enter the date you finished it."),
                             "invalid": _("Enter a real date, for example 25/11/2026.")},
            "hours": {"required": _("Enter how many hours it took."),
                      "invalid": _("Enter the hours as a number, for example 1.5."),
                      "max_digits": HOURS_RANGE, "max_whole_digits": HOURS_RANGE,
                      "max_decimal_places": _("Use at most two decimal places, for example "
                                              "1.25.")},
        }

    def clean_completed_on(self):
        day = self.cleaned_data["completed_on"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future."))
        return day

    def clean_hours(self):
        hours = self.cleaned_data["hours"]
        if not Decimal("0.25") <= hours <= Decimal("100"):
            raise forms.ValidationError(HOURS_RANGE)
        return hours


class CPDReflectionEditForm(forms.ModelForm):
    """The reflection on an entry the system recorded (a module or a group course)."""

    class Meta:
        model = CPDEntry
        fields = ["learned", "practice"]
        widgets = {"learned": forms.Textarea(attrs={"rows": 5}),
                   "practice": forms.Textarea(attrs={"rows": 5})}
