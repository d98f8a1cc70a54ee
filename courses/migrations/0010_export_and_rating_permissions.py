"""Coordinators export data and read module feedback; nobody but the participant reads ratings."""

from django.db import migrations

from accounts.migration_helpers import grant, revoke

PERMISSIONS = ["courses.export_data", "courses.view_outcomes", "courses.view_exportrecord",
               "courses.view_modulefeedback"]


def forwards(apps, schema_editor):
    grant(apps, "Coordinator", PERMISSIONS)


def backwards(apps, schema_editor):
    revoke(apps, "Coordinator", PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [("courses", "0009_ratings_feedback_exports")]

    operations = [migrations.RunPython(forwards, backwards)]
