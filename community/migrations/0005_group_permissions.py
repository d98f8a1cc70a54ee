"""Coordinators set up and change peer support groups (never delete them: they stop meeting)
and read the meetings held."""

from django.db import migrations

from accounts.migration_helpers import grant, revoke

COORDINATOR = ["community.view_supportgroup", "community.add_supportgroup",
               "community.change_supportgroup", "community.view_groupmeeting"]


def forwards(apps, schema_editor):
    grant(apps, "Coordinator", COORDINATOR)


def backwards(apps, schema_editor):
    revoke(apps, "Coordinator", COORDINATOR)


class Migration(migrations.Migration):
    dependencies = [("community", "0004_groups")]

    operations = [migrations.RunPython(forwards, backwards)]
