"""The forms a writer fills in: sharing a story, approving its wording (with how they are
named and where it may be used) and asking for changes."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from accounts.forms import OnceOnlyFormMixin
from cms.translation import originals
from codesign.models import StoryNaming, StoryUse
from codesign.models.stories import (
    ALT_MAX_LENGTH,
    NOTE_MAX_LENGTH,
    TEXT_MAX_LENGTH,
    TITLE_MAX_LENGTH,
)
from codesign.services.stories import Wording
from codesign.services.story_photos import PhotoError, prepare_photo
from courses.models import CoursePage


def _courses():
    return originals(CoursePage.objects.live().public()).order_by("title")


class StoryForm(OnceOnlyFormMixin, forms.Form):
    title = forms.CharField(
        label=_("A title for your story"), max_length=TITLE_MAX_LENGTH,
        help_text=_("A few words, such as “The week I stopped pushing through”."),
        error_messages={"required": _("Give your story a title.")})
    text = forms.CharField(
        label=_("Your story"), max_length=TEXT_MAX_LENGTH, widget=forms.Textarea(attrs={
            "rows": 12}),
        help_text=_("In your own words: what happened, and what difference it made. Up to "
                    "5,000 characters. Leave out anything that names other people."),
        error_messages={"required": _("Write your story."),
                        "max_length": _("Your story can be up to 5,000 characters long.")})
    language = forms.ChoiceField(
        label=_("Which language is it in?"), choices=settings.LANGUAGES,
        widget=forms.RadioSelect, error_messages={"required": _("Choose a language.")})
    course = forms.ModelChoiceField(
        label=_("Is it about a course? (optional)"), queryset=CoursePage.objects.none(),
        required=False, empty_label=_("No, or I would rather not say"),
        help_text=_("Once you agree, your story can appear on that course's page too."))
    photo = forms.FileField(
        label=_("A photo (optional)"), required=False,
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        help_text=_("A JPEG, PNG or WebP photo up to 5 MB. Only with the agreement of anyone "
                    "in it. We remove location details from it."))
    photo_alt = forms.CharField(
        label=_("What does the photo show?"), max_length=ALT_MAX_LENGTH, required=False,
        help_text=_("A sentence for people who cannot see it, such as “My dog Bran on the "
                    "beach at Nairn”."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = _courses()
        self.fields["language"].initial = get_language() or settings.LANGUAGE_CODE

    def clean_photo(self):
        upload = self.cleaned_data.get("photo")
        if not upload:
            return None
        try:
            return prepare_photo(upload)
        except PhotoError as error:
            raise forms.ValidationError(error.message, code=error.code) from None

    def clean(self):
        data = super().clean()
        if data.get("photo") and not data.get("photo_alt", "").strip():
            self.add_error("photo_alt", _("Say what the photo shows, for people who cannot "
                                          "see it."))
        return data

    def wording(self) -> Wording:
        data = self.cleaned_data
        return Wording(title=data["title"], text=data["text"], language=data["language"],
                       photo_alt=data["photo_alt"], course=data["course"])


class ApprovalForm(forms.Form):
    """The writer's yes to the wording above it: how they are named and where it may go."""

    wording = forms.CharField(widget=forms.HiddenInput, max_length=64)
    naming = forms.ChoiceField(
        label=_("How should we name you?"), choices=StoryNaming.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how we should name you.")})
    uses = forms.MultipleChoiceField(
        label=_("Where may we use your story?"), choices=StoryUse.choices, required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick each one you agree to. You can change your mind at any time on "
                    "this page: the website stops showing it straight away."))
    agree = forms.BooleanField(
        label=_("I have read my story as it is above, and it can be used in these words."),
        error_messages={"required": _("Tick to say you have read it and agree to these "
                                      "words.")})


class ChangesForm(forms.Form):
    note = forms.CharField(
        label=_("What would you like changed?"), max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Say what you would like changed.")})
