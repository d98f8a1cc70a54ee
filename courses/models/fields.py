"""Model fields of our own."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class ChoiceListField(models.JSONField):
    """Several of a fixed set of choices (``item_choices``), kept as a JSON list so that it
    works on every database, and edited as checkboxes."""

    def __init__(self, *args, item_choices=(), **kwargs):
        self.item_choices = list(item_choices)
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["item_choices"] = self.item_choices
        return name, path, args, kwargs

    def validate(self, value, model_instance) -> None:
        super().validate(value, model_instance)
        allowed = {key for key, _label in self.item_choices}
        for item in value if isinstance(value, list) else [value]:
            if item not in allowed:
                raise ValidationError(_("“%(value)s” is not one of the available choices."),
                                      code="invalid_choice", params={"value": item})

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.item_choices, required=not self.blank,
            widget=forms.CheckboxSelectMultiple, label=self.verbose_name,
            help_text=self.help_text)
