"""Forms for the coordinators' scheduling screens in the Wagtail admin.

They only parse input; every change they lead to is made by a service in ``courses.services``.
"""

from django import forms
from django.db.models import BooleanField, ExpressionWrapper, Q
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from phonenumber_field.formfields import PhoneNumberField
from wagtail.admin.forms import WagtailAdminModelForm

from accounts.forms import OnceOnlyFormMixin
from accounts.models import ContactChannel, User
from accounts.services.profile import ContactError, check_contact_details
from cms.translation import originals
from courses.models import (
    Area,
    CoursePage,
    CourseRun,
    FacilitationRole,
    FidelityChecklist,
    ModulePage,
    Observation,
    ReferralStatus,
    Session,
)
from courses.services.errors import SchedulingError
from courses.services.observation import observable_sessions, possible_observers
from courses.services.scheduling import check_capacity
from trainers.models import TrainerProfile

LOCAL_DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class CourseRunForm(WagtailAdminModelForm):
    """Creating or editing a run. Capacity goes through ``set_capacity`` when the view saves."""

    class Meta:
        model = CourseRun
        fields = ["course", "venue", "language", "access_features", "capacity",
                  "enrolment_opens", "enrolment_closes", "notes"]
        widgets = {"enrolment_opens": LOCAL_DATETIME, "enrolment_closes": LOCAL_DATETIME}

    def clean_capacity(self):
        capacity = self.cleaned_data["capacity"]
        if self.instance.pk:
            try:
                check_capacity(self.instance, capacity)
            except SchedulingError as error:
                raise forms.ValidationError(error.message) from None
        return capacity


class SessionForm(WagtailAdminModelForm):
    reorder = forms.BooleanField(
        label=_("Change the order of sessions"), required=False,
        help_text=_("Tick this to move a session before or after another one of the run "
                    "(its module then comes in a different order)."))

    class Meta:
        model = Session
        fields = ["run", "module", "starts_at", "ends_at"]
        widgets = {"starts_at": LOCAL_DATETIME, "ends_at": LOCAL_DATETIME}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        modules = originals(ModulePage.objects.live()).order_by("path")
        if self.instance.pk:
            self.fields["run"].disabled = True  # a session stays on its run
            modules = modules.child_of(self.instance.run.course)
        else:
            del self.fields["reorder"]
        self.fields["module"].queryset = modules

    def clean(self):
        data = super().clean()
        starts_at, ends_at = data.get("starts_at"), data.get("ends_at")
        if starts_at and ends_at and ends_at <= starts_at:
            self.add_error("ends_at", _("A session must end after it starts."))
        return data


class WeeklySessionsForm(OnceOnlyFormMixin, forms.Form):
    first_starts_at = forms.DateTimeField(
        label=_("First session starts"), widget=LOCAL_DATETIME,
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )
    count = forms.IntegerField(label=_("Number of sessions"), min_value=1, max_value=30)
    minutes = forms.IntegerField(label=_("Length of each session in minutes"), min_value=15,
                                 max_value=600)
    every_days = forms.TypedChoiceField(
        label=_("How often"), coerce=int, initial=7,
        choices=[(7, _("Every week")), (14, _("Every two weeks"))],
    )


class CancelRunForm(OnceOnlyFormMixin, forms.Form):
    reason = forms.CharField(
        label=_("Why is it cancelled?"), widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000, help_text=_("This goes in the e-mail to everyone on the run."),
    )


class AssignTrainerForm(OnceOnlyFormMixin, forms.Form):
    trainer = forms.ModelChoiceField(
        label=_("Trainer"), queryset=TrainerProfile.objects.select_related("user"),
    )
    role = forms.ChoiceField(label=_("Role"), choices=FacilitationRole.choices)


class SessionChoiceField(forms.ModelChoiceField):
    def __init__(self, *args, numbers: dict[int, int], **kwargs):
        super().__init__(*args, **kwargs)
        self.numbers = numbers

    def label_from_instance(self, session):
        return _("Session %(number)d, %(date)s") % {
            "number": self.numbers[session.pk],
            "date": formats.date_format(timezone.localtime(session.starts_at), "D j M Y, H:i")}


class AssignObserverForm(OnceOnlyFormMixin, forms.Form):
    """Who observes a new trainer, in which of sessions 2–5, against which checklist."""

    observer = forms.ModelChoiceField(
        label=_("Observer"), queryset=TrainerProfile.objects.none(),
        help_text=_("Lead trainers accredited for this course."))
    checklist = forms.ModelChoiceField(label=_("Checklist"),
                                       queryset=FidelityChecklist.objects.all())

    def __init__(self, *args, observation: Observation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["observer"].queryset = possible_observers(observation)
        numbered = observable_sessions(observation)
        self.fields["session"] = SessionChoiceField(
            label=_("Session"), help_text=_("One of sessions 2 to 5."),
            queryset=Session.objects.filter(pk__in=[s.pk for _n, s in numbered]),
            numbers={session.pk: number for number, session in numbered})
        self.order_fields(["observer", "session", "checklist"])
        checklists = self.fields["checklist"].queryset
        if checklists.count() == 1:
            self.fields["checklist"].initial = checklists.get()


PHONE_ERRORS = {"invalid": _("This does not look like a phone number. Check the digits, and "
                             "start an international number with +.")}


class AddPersonForm(OnceOnlyFormMixin, forms.Form):
    """Add someone to a run, for example after a phone call, with the person who comes with
    them if there is one. People without an account get one, with the consent they gave on the
    phone recorded for them: they need no e-mail address, only some way for us to reach them."""

    email = forms.EmailField(label=_("Their e-mail address"), required=False)
    phone = PhoneNumberField(label=_("Their phone number"), required=False, region="GB",
                             help_text=_("For example 01463 123456 or 07911 123456."),
                             error_messages=PHONE_ERRORS)
    full_name = forms.CharField(label=_("Their full name"), max_length=200, required=False,
                                help_text=_("Only needed if they do not have an account yet."))
    postal_address = forms.CharField(
        label=_("Their postal address"), required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Only for someone new. As it goes on an envelope, the postcode last."))
    channels = forms.MultipleChoiceField(
        label=_("How they would like to hear from us"), required=False,
        choices=ContactChannel.choices, widget=forms.CheckboxSelectMultiple,
        help_text=_("Only for someone new. Leave empty to use whatever details you give."))
    companion_name = forms.CharField(
        label=_("Someone coming with them: full name"), max_length=200, required=False,
        help_text=_("A carer, or the person they care for. Whether a companion takes a place "
                    "depends on the course. Leave the companion's details empty if nobody "
                    "comes with them."))
    companion_email = forms.EmailField(label=_("The companion's e-mail address"), required=False)
    companion_phone = PhoneNumberField(
        label=_("The companion's phone number"), required=False, region="GB",
        error_messages=PHONE_ERRORS,
        help_text=_("Without an e-mail address or phone number of their own, we reach them "
                    "the way we reach the person they come with."))
    consent_given = forms.BooleanField(
        label=_("They (and their companion) have agreed to our privacy notice (we record this "
                "for them)"),
        required=False,
    )

    def clean(self):
        data = super().clean()
        email = (data.get("email") or "").lower()
        phone = data.get("phone") or ""
        data["user"] = _known_person(email, phone)
        if data["user"] is None and not self.errors:
            self._check_new_person(data, email, phone)
        data["companion"] = _known_person((data.get("companion_email") or "").lower(),
                                          data.get("companion_phone") or "")
        if data["companion"] is None and not self.errors:
            self._check_new_companion(data)
        return data

    def _check_new_person(self, data, email, phone) -> None:
        if not data.get("full_name"):
            self.add_error("full_name", _("There is no account with these details, so we "
                                          "need their name to make one."))
        self._check_consent(data)
        try:
            check_contact_details(email=email, phone=str(phone),
                                  postal_address=data.get("postal_address", ""),
                                  channels=data.get("channels") or [])
        except ContactError as error:
            self.add_error(None, error.message)

    def _check_new_companion(self, data) -> None:
        if data.get("companion_name"):
            self._check_consent(data)
        elif data.get("companion_email") or data.get("companion_phone"):
            self.add_error("companion_name", _("There is no account with the companion's "
                                               "details, so we need their name to make one."))

    def _check_consent(self, data) -> None:
        if not data.get("consent_given") and "consent_given" not in self.errors:
            self.add_error("consent_given", _("We can only make an account for someone "
                                              "who has agreed to the privacy notice."))


def _known_person(email: str, phone) -> User | None:
    if email:
        return User.objects.filter(email=email).first()
    return User.objects.filter(phone=phone).first() if phone else None


class OutcomeFilterForm(forms.Form):
    """Which figures to show: grouped by course, run or area, narrowed by the same."""

    group_by = forms.ChoiceField(label=_("Group by"), initial="course", required=False, choices=[
        ("course", _("Course")), ("run", _("Course run")), ("area", _("Area"))])
    course = forms.ModelChoiceField(label=_("Course"), required=False,
                                    queryset=originals(CoursePage.objects.live()).order_by("title"))
    # A number, not a list: a network runs thousands of runs over the years.
    run = forms.ModelChoiceField(
        label=_("Course run number"), required=False, queryset=CourseRun.objects.published(),
        widget=forms.NumberInput(attrs={"min": 1}),
        help_text=_("As shown on the run's schedule page, for example 42 for “(#42)”."),
        error_messages={"invalid_choice": _("There is no course run with that number.")})
    area = forms.ModelChoiceField(label=_("Area"), required=False, queryset=Area.objects.all())
    online = forms.BooleanField(label=_("Online runs only"), required=False)
    date_from = forms.DateField(label=_("Runs starting from"), required=False,
                                widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label=_("Runs starting up to"), required=False,
                              widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        data = super().clean()
        data["group_by"] = data.get("group_by") or "course"
        if data.get("date_from") and data.get("date_to") and data["date_to"] < data["date_from"]:
            self.add_error("date_to", _("This date is before the first one."))
        return data


class ReferralFilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=[("", _("Any status")), *ReferralStatus.choices])


class MoveReferralForm(forms.Form):
    """The button pressed names the status; the note says why (optional)."""

    status = forms.ChoiceField(choices=ReferralStatus.choices)
    note = forms.CharField(label=_("Note (optional)"), required=False, max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 2}),
                           help_text=_("For example when you called, or what they said."))


class EnrolReferredForm(forms.Form):
    """A run starting soon to put the person referred on: their course's runs first."""

    run = forms.ModelChoiceField(label=_("Run"), queryset=CourseRun.objects.none(),
                                 empty_label=_("Choose a run"))

    def __init__(self, *args, course=None, **kwargs):
        super().__init__(*args, **kwargs)
        theirs = ExpressionWrapper(Q(course=course), output_field=BooleanField())
        self.fields["run"].queryset = (
            CourseRun.objects.published().upcoming().select_related("course", "venue")
            .annotate(theirs=theirs).order_by("-theirs", "course__title", "pk"))


class FidelityFilterForm(forms.Form):
    """Which observations the fidelity report counts: one course's, one trainer's, or all."""

    course = forms.ModelChoiceField(label=_("Course"), required=False,
                                    queryset=originals(CoursePage.objects.live()).order_by("title"))
    trainer = forms.ModelChoiceField(
        label=_("Trainer observed"), required=False,
        queryset=TrainerProfile.objects.filter(observation__isnull=False).select_related("user"))
