import copy
from datetime import timedelta
from decimal import Decimal

from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from phonenumber_field.formfields import PhoneNumberField

from accounts.forms import OnceOnlyFormMixin
from accounts.services.profile import ContactError, read_phone
from cms.translation import originals
from courses.models.action_plans import PlanOutcome
from courses.models.attendance import AttendanceStatus
from courses.models.concern import ConcernKind
from courses.models.cpd import CPDEntry, ReflectionKind, StaffProfile
from courses.models.debrief import TimeKept
from courses.models.demand import TimeOfDay
from courses.models.follow_up import FollowUpOutcome
from courses.models.observation import FidelityRating
from courses.models.pages import CoursePage, Delivery
from courses.models.scheduling import RUN_LANGUAGES, AccessFeature, Area, CourseRun
from courses.services import reflections
from courses.services.volunteering import PEER_TRAINER
from trainers.models import ExpenseKind, HoursEntry, Volunteer, VolunteeringRole
from trainers.models.volunteers import MOST_PER_CLAIM, ROLE_DESCRIPTIONS

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


class DemandForm(OnceOnlyFormMixin, forms.Form):
    """ "Tell me when there's a course near me": where, in what language, when, whether online
    would do and what they need; and, from someone not logged in, who they are and how to
    reach them."""

    area = forms.ModelChoiceField(
        label=_("Where would you like to go to the course?"), queryset=Area.objects.all(),
        empty_label=_("Choose an area"), to_field_name="slug",
        error_messages={"required": _("Choose the area you would like the course in."),
                        "invalid_choice": _("Choose one of the areas listed.")})
    online_ok = forms.BooleanField(label=_("A course online would suit me too"),
                                   required=False)
    language = forms.ChoiceField(
        label=_("Which language would you like the course in?"), choices=RUN_LANGUAGES,
        widget=forms.RadioSelect, error_messages={"required": _("Choose a language.")})
    times = forms.ChoiceField(
        label=_("When in the day suits you?"), choices=TimeOfDay.choices,
        initial=TimeOfDay.EITHER, widget=forms.RadioSelect,
        help_text=_("Evening means sessions starting at 5 pm or later."),
        error_messages={"required": _("Choose daytime, evening or either.")})
    access_needs = forms.MultipleChoiceField(
        label=_("I need"), required=False, choices=AccessFeature.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("We will only tell you about courses that offer all of these."))
    full_name = forms.CharField(
        label=_("Your name"), max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Enter your name.")})
    phone = forms.CharField(
        label=_("Your phone number"), required=False, max_length=40,
        help_text=_("A mobile gets a text message; we call a landline."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}))
    email = forms.EmailField(
        label=_("Your e-mail address"), required=False,
        help_text=_("If you would rather have an e-mail. Give at least one of the two."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"invalid": _("Enter an e-mail address like name@example.org.")})
    consent = forms.BooleanField(
        label=_("You may keep these details and contact me when this course has dates that "
                "suit me."),
        help_text=_("For a year at most. You can stop it at any time."),
        error_messages={"required": _("We need your agreement to contact you about this "
                                      "course.")})

    VISITOR_ONLY = ("full_name", "phone", "email")

    def __init__(self, *args, visitor: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.visitor = visitor
        if not visitor:
            for name in self.VISITOR_ONLY:
                del self.fields[name]

    def clean_phone(self) -> str:
        try:
            return read_phone(self.cleaned_data.get("phone", ""))
        except ContactError as error:
            raise forms.ValidationError(error.message, code=error.code) from error

    def clean(self):
        data = super().clean()
        if self.visitor and not (data.get("phone") or data.get("email")) and not (
                self.has_error("phone") or self.has_error("email")):
            self.add_error("phone", _("Give a phone number or an e-mail address, so that we "
                                      "can tell you."))
        return data

    def wish(self) -> dict:
        """What the service needs to know about the course they want."""
        data = self.cleaned_data
        return {name: data[name] for name in ("area", "language", "times", "online_ok",
                                              "access_needs")}


class MarkAttendanceForm(forms.Form):
    enrolment = forms.IntegerField(min_value=1)
    status = forms.ChoiceField(choices=AttendanceStatus.choices)


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


class CarriedAnswer(forms.CharField):
    """An answer to a prompt the chosen template does not ask, kept in a hidden field so that
    switching to another template and back loses nothing. It is never saved."""

    widget = forms.HiddenInput

    def __init__(self):
        super().__init__(required=False)

    def clean(self, value):
        return ""


class ReflectionFields(forms.Form):
    """A reflective account: the choice of template (``template``) and a box for each prompt
    of the chosen one, ``shape`` (a ``reflections.ReflectionTemplate``). ``complete``: every
    prompt must be answered. ``carried``: the data of a form sent to switch template, whose
    answers (and other fields) become this form's starting values."""

    def __init__(self, *args, shape: reflections.ReflectionTemplate, complete: bool = True,
                 carried=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.shape, self.complete = shape, complete
        self.fields["template"] = forms.ChoiceField(
            label=_("Reflection template"), choices=ReflectionKind.choices,
            widget=forms.RadioSelect, initial=shape.key, required=False,
            help_text=_("Choose the one your regulator asks for, or the general one, then "
                        "press “Use this template” to see its questions."),
            error_messages={"invalid_choice": _("Choose one of the templates listed.")})
        for prompt in shape.prompts:
            self.fields[prompt.key] = _answer_field(prompt, required=complete)
        for key in reflections.ALL_KEYS:
            self.fields.setdefault(key, CarriedAnswer())
        if carried is not None:
            self.initial.update({name: field.widget.value_from_datadict(
                carried, {}, self.add_prefix(name)) for name, field in self.fields.items()})
            self.initial["template"] = shape.key

    def clean_template(self) -> str:
        return self.cleaned_data["template"] or self.shape.key  # none sent: the one shown

    def prompt_fields(self) -> list[forms.BoundField]:
        return [self[key] for key in self.shape.keys]

    def answers(self) -> dict[str, str]:
        return {key: self.cleaned_data[key] for key in self.shape.keys}


def _answer_field(prompt: reflections.Prompt, *, required: bool) -> forms.CharField:
    return forms.CharField(
        label=prompt.label, help_text=prompt.help, required=required,
        max_length=reflections.MAX_ANSWER, widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": prompt.missing, "max_length": _(
            "Keep each answer under %(limit_value)d characters (this one has %(show_value)d).")})


class ReflectionForm(ReflectionFields):
    """The reflective account that completes a self-paced CPD module."""


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


HOURS_RANGE = _("Enter between 0.25 and 100 hours.")


class CPDEntryForm(ReflectionFields, OnceOnlyFormMixin, forms.ModelForm):
    """Learning done elsewhere, added by the person themselves: what it was, and a reflection
    they may leave empty."""

    class Meta:
        model = CPDEntry
        fields = ["title", "provider", "completed_on", "hours", "participatory"]
        widgets = {"completed_on": DateInput()}
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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, complete=False, **kwargs)

    def fact_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self._meta.fields]

    def facts(self) -> dict:
        return {name: self.cleaned_data[name] for name in self._meta.fields}

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


class CPDReflectionEditForm(ReflectionFields):
    """The reflection on an entry the system recorded (a module or a group course)."""

    def fact_fields(self) -> list[forms.BoundField]:
        return []

    def facts(self) -> dict:
        return {}


class ReferralForm(forms.Form):
    """A referral, as a professional or link worker fills it in. Only the shape of each answer
    is checked here; the rules (someone to answer, a way to reach the person, a phone number
    we can read) are the service's, whose errors the view puts on these fields."""

    referrer_name = forms.CharField(
        label=_("Your name"), max_length=200,
        error_messages={"required": _("Enter your name."),
                        "max_length": _("Your name can be at most 200 characters.")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}))
    referrer_role = forms.CharField(
        label=_("Your role and organisation"), max_length=200,
        help_text=_("For example: link worker, Highland Third Sector Interface; or practice "
                    "nurse, Riverside Medical Practice."),
        error_messages={"required": _("Enter your role and organisation."),
                        "max_length": _("Your role and organisation can be at most 200 "
                                        "characters.")},
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}))
    referrer_email = forms.EmailField(
        label=_("Your e-mail address"), required=False, max_length=254,
        error_messages={"invalid": _("Enter an e-mail address like name@example.org.")},
        widget=forms.EmailInput(attrs={"autocomplete": "work email"}))
    referrer_phone = forms.CharField(
        label=_("Your phone number"), required=False, max_length=40,
        help_text=_("Give your e-mail address, your phone number or both."),
        error_messages={"max_length": _("That is too long for a phone number.")},
        widget=forms.TextInput(attrs={"autocomplete": "work tel", "inputmode": "tel"}))
    full_name = forms.CharField(
        label=_("Their full name"), max_length=200,
        error_messages={"required": _("Enter the name of the person you are referring."),
                        "max_length": _("Their name can be at most 200 characters.")})
    phone = forms.CharField(
        label=_("Their phone number"), required=False, max_length=40,
        help_text=_("For example 01463 123456 or 07911 123456."),
        error_messages={"max_length": _("That is too long for a phone number.")},
        widget=forms.TextInput(attrs={"inputmode": "tel"}))
    email = forms.EmailField(
        label=_("Their e-mail address (if they have one)"), required=False, max_length=254,
        error_messages={"invalid": _("Enter an e-mail address like name@example.org.")})
    postal_address = forms.CharField(
        label=_("Their postal address"), required=False, max_length=500,
        help_text=_("As it goes on an envelope, the postcode last."),
        error_messages={"max_length": _("The address can be at most 500 characters.")},
        widget=forms.Textarea(attrs={"rows": 4}))
    language = forms.ChoiceField(
        label=_("Which language would they like us to use?"), choices=settings.LANGUAGES,
        initial=settings.LANGUAGE_CODE, widget=forms.RadioSelect)
    course = forms.ModelChoiceField(
        label=_("Which course are they interested in? (optional)"), required=False,
        queryset=CoursePage.objects.none(), empty_label=_("Not sure yet"),
        error_messages={"invalid_choice": _("Choose a course from the list.")})
    note = forms.CharField(
        label=_("Anything that would help us (optional)"), required=False, max_length=2000,
        help_text=_("For example the best time to call, or whether they would like to bring "
                    "someone. We do not need any clinical details: please leave them out."),
        error_messages={"max_length": _("The note can be at most 2000 characters.")},
        widget=forms.Textarea(attrs={"rows": 4}))
    person_agreed = forms.BooleanField(
        label=_("They have agreed to be referred, and to us keeping their details to contact "
                "them about our courses."),
        error_messages={"required": _("We can only take a referral the person has agreed "
                                      "to.")})
    consent_to_hear_back = forms.BooleanField(
        label=_("They have agreed that we may tell you whether they joined a course."),
        required=False,
        help_text=_("We will tell you only that, once, and nothing else about them."))

    FIELD_SETS = (
        (_("About you"), ("referrer_name", "referrer_role", "referrer_email",
                          "referrer_phone")),
        (_("The person you are referring"), ("full_name", "phone", "email", "postal_address",
                                             "language")),
        (_("What they are interested in"), ("course", "note")),
        (_("Their agreement"), ("person_agreed", "consent_to_hear_back")),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # The English pages of group courses (runs belong to those), by title.
        self.fields["course"].queryset = originals(
            CoursePage.objects.live().filter(delivery=Delivery.GROUP)).order_by("title")

    def field_sets(self) -> list[tuple[str, list]]:
        return [(legend, [self[name] for name in names]) for legend, names in self.FIELD_SETS]


class ObservationChecklistForm(forms.Form):
    """The observer's checklist: how each item went, with a note, and a coaching note. Items
    come from the observation's checklist, in their order and the observer's language."""

    coaching_note = forms.CharField(
        label=_("Coaching note for the trainer"), max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("A few friendly lines: what went well, and one thing to try next time. "
                    "The trainer reads this."))

    def __init__(self, *args, items, **kwargs):
        super().__init__(*args, **kwargs)
        self.items = list(items)
        coaching_note = self.fields.pop("coaching_note")
        for item in self.items:
            self.fields[f"item_{item.pk}"] = forms.ChoiceField(
                label=item.local_text, choices=FidelityRating.choices, widget=forms.RadioSelect,
                error_messages={"required": _("Say how this went.")})
            self.fields[f"note_{item.pk}"] = forms.CharField(
                label=_("What you saw (optional)"), required=False, max_length=1000,
                widget=forms.Textarea(attrs={"rows": 2}))
        self.fields["coaching_note"] = coaching_note

    def item_fields(self) -> list[tuple]:
        return [(self[f"item_{item.pk}"], self[f"note_{item.pk}"]) for item in self.items]

    def answers(self) -> dict[int, tuple[str, str]]:
        data = self.cleaned_data
        return {item.pk: (data[f"item_{item.pk}"], data[f"note_{item.pk}"])
                for item in self.items}


CONFIDENCE_CHOICES = [(str(n), str(n)) for n in range(11)]


class ActionPlanForm(forms.Form):
    """A participant's plan for the week: what, how much, when, how often, and how sure."""

    what = forms.CharField(
        label=_("What will you do?"), max_length=300,
        help_text=_("Something you want to do, in your own words: for example, walk to the "
                    "end of the road and back."),
        error_messages={"required": _("Say what you will do.")})
    how_much = forms.CharField(label=_("How much?"), max_length=200, required=False,
                               help_text=_("For example ten minutes, or two pages."))
    when = forms.CharField(label=_("When?"), max_length=200, required=False,
                           help_text=_("For example after lunch."))
    how_often = forms.CharField(label=_("How often?"), max_length=200, required=False,
                                help_text=_("For example three days this week."))
    confidence = forms.TypedChoiceField(
        label=_("How sure are you that you will do all of it, from 0 to 10?"),
        help_text=_("0 means not at all sure and 10 means completely sure. If it is below 7, "
                    "think about making your plan a little smaller."),
        choices=CONFIDENCE_CHOICES, coerce=int, widget=forms.RadioSelect,
        error_messages={"required": _("Choose how sure you are, from 0 to 10.")})
    shared_with_trainers = forms.BooleanField(
        label=_("Share this plan with my trainers"), required=False,
        help_text=_("Then they can see it, and ask how it went. Without this, only you can."))

    PLAN_FIELDS = ("what", "how_much", "when", "how_often", "confidence",
                   "shared_with_trainers")

    def plan(self) -> dict:
        """The plan as ``action_plans.PlanDetails`` takes it."""
        return {name: self.cleaned_data[name] for name in self.PLAN_FIELDS}


class PlanReviewForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("How did it go?"), choices=PlanOutcome.choices, widget=forms.RadioSelect,
        error_messages={"required": _("Choose how it went.")})
    note = forms.CharField(
        label=_("Anything you want to remember about it? (optional)"), required=False,
        max_length=1000, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What helped, what got in the way, what you would change next time."))


class StaffActionPlanForm(ActionPlanForm):
    """A trainer types in someone's paper form: how their last plan went (when they shared
    it), their new plan (when they made one), and that they agreed."""

    def __init__(self, *args, reviewing: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("what", "confidence"):
            self.fields[name].required = False
        self.fields["confidence"].empty_value = None
        self.fields["what"].label = _("What will they do?")
        self.fields["what"].help_text = _("Leave it empty if they made no new plan.")
        self.fields["confidence"].label = _("How sure are they, from 0 to 10?")
        self.fields["shared_with_trainers"].label = _("They want to share it with their "
                                                      "trainers")
        review = {}
        if reviewing:
            review = {"outcome": forms.ChoiceField(
                label=_("How did their last plan go?"), required=False,
                choices=[*PlanOutcome.choices, ("", _("They did not say"))],
                widget=forms.RadioSelect),
                "note": copy.deepcopy(PlanReviewForm.base_fields["note"])}
        self.fields = {**review, **self.fields, "agreed": forms.BooleanField(
            label=_("They agreed to us entering their plan for them"), required=False)}

    def clean(self):
        data = super().clean()
        if data.get("what") and data.get("confidence") is None:
            self.add_error("confidence", _("Choose how sure they are, from 0 to 10."))
        return data

    def plan(self) -> dict | None:
        return super().plan() if self.cleaned_data.get("what") else None


# --- Volunteering ---------------------------------------------------------------------------


def _role_choice(role, description):
    return role.value, format_lazy("{role}: {description}", role=role.label,
                                   description=description)


class VolunteerForm(forms.Form):
    """The progression question: which of the ways to help appeal, in the person's words."""

    roles_wanted = forms.MultipleChoiceField(
        label=_("What might you like to do?"), required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=[_role_choice(role, ROLE_DESCRIPTIONS[role]) for role in VolunteeringRole]
        + [(PEER_TRAINER, format_lazy("{role}: {description}", role=_("Peer trainer"),
                                      description=_("Training to deliver courses like the "
                                                    "one you took.")))],
        help_text=_("Tick any that appeal; you can change your mind later."),
    )
    note = forms.CharField(
        label=_("Anything else you would like to tell us? (optional)"), required=False,
        max_length=2000, widget=forms.Textarea(attrs={"rows": 3}),
    )
    contact_ok = forms.BooleanField(
        label=_("You may contact me about volunteering and becoming a peer trainer."),
        error_messages={"required": _("We need your agreement to contact you about this.")},
    )


def _areas_of(volunteer: Volunteer | None) -> list[int]:
    return [area.pk for area in volunteer.areas.all()] if volunteer else []  # prefetched


def runs_to_log_against(volunteer: Volunteer | None = None):
    """The runs someone may have helped at lately: with a session in the last four months, in
    the volunteer's areas if they have any (anywhere for a coordinator choosing for anyone)."""
    since = timezone.now() - timedelta(days=120)
    runs = CourseRun.objects.filter(sessions__starts_at__gte=since,
                                    sessions__starts_at__lte=timezone.now())
    areas = _areas_of(volunteer)
    if areas:
        runs = runs.filter(venue__area__in=areas)
    return runs.distinct().select_related("course", "venue").order_by("course__title")


def groups_to_log_against(volunteer: Volunteer | None = None):
    """The peer support groups still meeting, in the volunteer's areas or online if they have
    areas (every one for a coordinator choosing for anyone). The groups belong to
    ``community``, above this app: the queryset comes from the entry's own field, which also
    keeps out groups that have closed."""
    field = HoursEntry._meta.get_field("group")
    groups = field.related_model.objects.complex_filter(field.get_limit_choices_to())
    areas = _areas_of(volunteer)
    if areas:
        groups = groups.filter(Q(area__in=areas) | Q(is_online=True))
    return groups.order_by("name")


def offer_occasions(form: forms.BaseForm, volunteer: Volunteer | None = None) -> None:
    """Fill the choices of the course run or peer support group some hours or a claim were
    for."""
    form.fields["run"].queryset = runs_to_log_against(volunteer)
    form.fields["group"].queryset = groups_to_log_against(volunteer)


class HoursForm(OnceOnlyFormMixin, forms.Form):
    prefix = "hours"  # two forms on one page: their fields' ids must differ
    on = forms.DateField(label=_("Date"), widget=DateInput())
    hours = forms.DecimalField(label=_("Hours"), min_value=Decimal("0.25"), max_value=24,
                               decimal_places=2, help_text=_("For example 2.5 for two and a "
                                                             "half hours."))
    role = forms.ChoiceField(label=_("As"), required=False,
                             choices=[("", _("(not one of my roles)"))])
    run = forms.ModelChoiceField(label=_("At a course (optional)"), required=False,
                         queryset=CourseRun.objects.none(),
                         empty_label=_("Not at a course"))
    group = forms.ModelChoiceField(label=_("At a peer support group (optional)"),
                                   required=False, queryset=None,
                                   empty_label=_("Not at a group"))
    place = forms.CharField(label=_("Or where (optional)"), required=False, max_length=200)
    note = forms.CharField(label=_("What you did (optional)"), required=False, max_length=300)

    def __init__(self, *args, volunteer: Volunteer, **kwargs):
        super().__init__(*args, **kwargs)
        roles = [(r.role, r.get_role_display()) for r in volunteer.roles.all()]
        self.fields["role"].choices = roles + self.fields["role"].choices
        offer_occasions(self, volunteer)


class ExpenseForm(OnceOnlyFormMixin, forms.Form):
    prefix = "expense"
    spent_on = forms.DateField(label=_("Date you spent it"), widget=DateInput())
    amount = forms.DecimalField(label=_("Amount in pounds"), min_value=Decimal("0.01"),
                                max_value=MOST_PER_CLAIM, decimal_places=2,
                                help_text=_("For example 12.40"))
    kind = forms.ChoiceField(label=_("What kind of expense"), choices=ExpenseKind.choices,
                             widget=forms.RadioSelect)
    description = forms.CharField(label=_("What it was for"), max_length=300,
                                  help_text=_("For example: bus fare to the Inverness "
                                              "session and back."))
    run = forms.ModelChoiceField(label=_("For a course (optional)"), required=False,
                         queryset=CourseRun.objects.none(), empty_label=_("Not for a course"))
    group = forms.ModelChoiceField(label=_("For a peer support group (optional)"),
                                   required=False, queryset=None,
                                   empty_label=_("Not for a group"))

    def __init__(self, *args, volunteer: Volunteer, **kwargs):
        super().__init__(*args, **kwargs)
        offer_occasions(self, volunteer)


class NoteForm(forms.Form):
    """A notes box on a self-paced module (empty removes the note)."""

    text = forms.CharField(label=_("Your notes"), required=False, max_length=5000,
                           widget=forms.Textarea(attrs={"rows": 5}),
                           error_messages={"max_length": _("Notes can be up to 5,000 "
                                                           "characters long.")})


class VisitTimeForm(forms.Form):
    """What a module's page reports: which visit, and its active seconds so far."""

    key = forms.UUIDField()
    seconds = forms.IntegerField(min_value=0, max_value=24 * 60 * 60)


class KnowledgeCheckForm(forms.Form):
    """One radio group per question of a knowledge check (``courses.services.learning``); the
    service marks the answers and refuses any that is not a question's own."""

    def __init__(self, *args, check, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = check.questions
        for number, question in enumerate(check.questions, start=1):
            self.fields[f"q-{question.id}"] = forms.ChoiceField(
                label=f"{number}. {question.text}", widget=forms.RadioSelect,
                choices=[(option.id, option.text) for option in question.options],
                error_messages={
                    "required": _("Choose an answer to question %(number)d.")
                    % {"number": number},
                    "invalid_choice": _("That answer is not one of the choices."),
                })

    def answers(self) -> dict[str, str]:
        return {name.removeprefix("q-"): value for name, value in self.cleaned_data.items()}
