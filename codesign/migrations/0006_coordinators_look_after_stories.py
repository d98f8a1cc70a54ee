"""Coordinators read the stories people share, edit their wording (which sends them back to the
writer to approve) and mark them taken out of reports after a withdrawal. They never add or
delete one: only its writer does."""

from django.db import migrations

from accounts.migration_helpers import grant, revoke

COORDINATOR = ["codesign.view_story", "codesign.change_story", "codesign.view_storyconsent"]


def forwards(apps, schema_editor):
    grant(apps, "Coordinator", COORDINATOR)


def backwards(apps, schema_editor):
    revoke(apps, "Coordinator", COORDINATOR)


class Migration(migrations.Migration):
    dependencies = [("codesign", "0005_stories"), ("accounts", "0012_consent_purposes_together")]

    operations = [migrations.RunPython(forwards, backwards)]
