"""Coordinators release feedback from small groups and write "you said, we did" entries."""

from django.db import migrations

from accounts.migration_helpers import grant, revoke

COORDINATOR = ["codesign.change_feedbackmark", "codesign.view_modulechange",
               "codesign.add_modulechange", "codesign.change_modulechange"]


def forwards(apps, schema_editor):
    grant(apps, "Coordinator", COORDINATOR)


def backwards(apps, schema_editor):
    revoke(apps, "Coordinator", COORDINATOR)


class Migration(migrations.Migration):
    dependencies = [("codesign", "0003_feedback_and_changes")]

    operations = [migrations.RunPython(forwards, backwards)]
