"""The equality questions as a person answers them at /my/equality/."""

from django import forms
from django.utils.translation import gettext_lazy as _

from reports.models import (
    AgeBand,
    ConditionGroup,
    EqualityAnswers,
    EthnicGroup,
    GenderIdentity,
    Sex,
    UnpaidCarer,
    YesNo,
)
from reports.services.equality import EqualityDetails
from reports.services.lookups import LONGEST_POSTCODE_TYPED


def _question(label, choices, help_text="") -> forms.ChoiceField:
    """Radios, one of them "Prefer not to say"; none chosen leaves the question unanswered."""
    return forms.ChoiceField(label=label, choices=choices.choices, required=False,
                             widget=forms.RadioSelect, help_text=help_text)


class EqualityForm(forms.Form):
    age_band = _question(_("How old are you?"), AgeBand)
    sex = _question(_("What is your sex?"), Sex)
    gender_identity = _question(
        _("Do you consider yourself to be trans, or to have a trans history?"), GenderIdentity,
        _("Trans is a term for people whose gender is not the same as the sex they were "
          "registered at birth."))
    ethnic_group = _question(_("What is your ethnic group?"), EthnicGroup)
    disability = _question(
        _("Do you have a physical or mental health condition or illness that has lasted, or "
          "is expected to last, 12 months or more?"), YesNo)
    conditions = forms.MultipleChoiceField(
        label=_("If you answered yes: what kind of condition is it?"), required=False,
        choices=ConditionGroup.choices, widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick all that apply."))
    unpaid_carer = _question(
        _("Do you look after, or give help or support to, someone because of a long-term "
          "condition, illness, disability or old age, without being paid for it?"),
        UnpaidCarer)
    postcode = forms.CharField(
        label=_("Your home postcode"), required=False,
        max_length=LONGEST_POSTCODE_TYPED,
        error_messages={"max_length": _("Enter a UK postcode, such as IV3 5NE, or leave the "
                                        "box empty.")},
        widget=forms.TextInput(attrs={"autocomplete": "postal-code",
                                      "spellcheck": "false"}))
    postcode_prefer_not = forms.BooleanField(label=_("Prefer not to say"), required=False)
    consent = forms.BooleanField(
        label=_("I agree that you may keep my answers and use them, without my name, to count "
                "who the courses reach."),
        help_text=_("You can change your answers or delete them at any time on this page."),
        error_messages={"required": _("Tick the box to agree that we may keep your answers, "
                                      "or leave this page: answering is never required.")})

    QUESTIONS = ("age_band", "sex", "gender_identity", "ethnic_group", "disability",
                 "unpaid_carer")

    def __init__(self, *args, answers: EqualityAnswers | None = None, consented: bool = False,
                 **kwargs):
        self.area_known = bool(answers and not answers.postcode and (
            answers.simd_quintile or answers.urban_rural))
        if answers is not None:
            kwargs.setdefault("initial", self._initial(answers, consented))
        super().__init__(*args, **kwargs)

    def _initial(self, answers: EqualityAnswers, consented: bool) -> dict:
        return {**{question: getattr(answers, question) for question in self.QUESTIONS},
                "conditions": [row.group for row in answers.conditions.all()],
                "postcode": answers.postcode,
                "postcode_prefer_not": answers.postcode_prefer_not, "consent": consented}

    def details(self) -> EqualityDetails:
        """The answers for the service. An empty postcode box leaves an area already worked
        out as it is: we no longer hold the postcode, so cannot show it to be cleared."""
        data = self.cleaned_data
        postcode = data["postcode"].strip()
        return EqualityDetails(
            **{question: data[question] for question in self.QUESTIONS},
            conditions=tuple(data["conditions"]),
            postcode=postcode or (None if self.area_known else ""),
            postcode_prefer_not=data["postcode_prefer_not"])
