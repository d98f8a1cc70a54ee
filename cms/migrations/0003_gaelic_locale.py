"""The Gaelic locale, kept in step with the English page tree by wagtail-localize; and
coordinators may translate pages and snippets.

The aliases themselves are made after ``migrate`` (``cms.apps``): making pages needs the page
models as they are now, which a migration must not use."""

from django.db import migrations

from accounts.migration_helpers import grant, revoke

TRANSLATING = ["wagtail_localize.submit_translation"]


def add_gaelic(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    english, _made = Locale.objects.get_or_create(language_code="en")
    gaelic, _made = Locale.objects.get_or_create(language_code="gd")
    LocaleSynchronization.objects.get_or_create(locale=gaelic, defaults={"sync_from": english})
    grant(apps, "Coordinator", TRANSLATING)


def undo(apps, schema_editor):
    revoke(apps, "Coordinator", TRANSLATING)


class Migration(migrations.Migration):

    dependencies = [
        ("cms", "0002_pages_in_both_languages"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailcore", "0094_alter_page_locale"),
        ("accounts", "0002_roles"),
    ]

    operations = [migrations.RunPython(add_gaelic, undo)]
