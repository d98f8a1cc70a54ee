"""Confidence scales become translatable: every existing scale and statement is given a
translation key and the default language, then the fields are made required. A scale's name
is unique within a language (its Gaelic version may keep the English name until translated)."""

import uuid

import django.db.models.deletion
from django.db import migrations, models
from wagtail.models import (
    BootstrapLocaleField,
    BootstrapTranslatableModel,
    BootstrapTranslationKeyField,
)

MODELS = ["courses.ConfidenceScale", "courses.ConfidenceStatement"]


def required(field):
    return [
        migrations.AlterField(
            model_name=model.split(".")[1].lower(), name=field.name, field=field.clone())
        for model in MODELS
    ]


LOCALE = models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT,
                           related_name="+", to="wagtailcore.locale", verbose_name="locale")
LOCALE.name = "locale"
KEY = models.UUIDField(default=uuid.uuid4, editable=False)
KEY.name = "translation_key"


class Migration(migrations.Migration):

    dependencies = [
        ("courses", "0016_venues_and_areas_in_gaelic"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [
        *[BootstrapLocaleField(model) for model in MODELS],
        *[BootstrapTranslationKeyField(model) for model in MODELS],
        *[BootstrapTranslatableModel(model) for model in MODELS],
        *required(LOCALE),
        *required(KEY),
        migrations.AlterField(
            model_name="confidencescale", name="name",
            field=models.CharField(max_length=120, verbose_name="name"),
        ),
        migrations.AlterUniqueTogether(
            name="confidencescale", unique_together={("translation_key", "locale")}),
        migrations.AlterUniqueTogether(
            name="confidencestatement", unique_together={("translation_key", "locale")}),
        migrations.AddConstraint(
            model_name="confidencescale",
            constraint=models.UniqueConstraint(fields=("name", "locale"),
                                               name="one_scale_name_a_language"),
        ),
    ]
