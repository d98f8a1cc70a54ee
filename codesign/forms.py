"""Forms of the co-design space. They only parse input; ``codesign.services`` does the work."""

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.forms import OnceOnlyFormMixin
from codesign.services.reviews import COMMENT_MAX_LENGTH


class CommentForm(OnceOnlyFormMixin, forms.Form):
    text = forms.CharField(
        label=_("Your comment"), max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("The members of your working party and the coordinators read it."),
        error_messages={"required": _("Write your comment."),
                        "max_length": _("Keep a comment under %(limit_value)d characters.")})


class SignOffForm(forms.Form):
    agree = forms.BooleanField(
        label=_("I agree this module can be used"),
        help_text=_("You are signing off the version shown on this page, as it is now."),
        error_messages={"required": _("Tick the box to say you agree this version can be "
                                      "used.")})
