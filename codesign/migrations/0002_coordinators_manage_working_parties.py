"""Coordinators (not superusers) manage working parties, their members, meetings and actions,
and put modules up for review, in the Wagtail admin."""

from django.db import migrations

from accounts.migration_helpers import grant, revoke

COORDINATOR = [f"codesign.{verb}_{model}"
               for model in ("workingparty", "workingpartymember", "meeting", "action",
                             "modulereview")
               for verb in ("add", "change", "view")]


def forwards(apps, schema_editor):
    grant(apps, "Coordinator", COORDINATOR)


def backwards(apps, schema_editor):
    revoke(apps, "Coordinator", COORDINATOR)


class Migration(migrations.Migration):
    dependencies = [
        ("codesign", "0001_working_parties_and_module_reviews"),
        ("accounts", "0012_consent_purposes_together"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
