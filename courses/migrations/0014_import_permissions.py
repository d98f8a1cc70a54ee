"""Coordinators may import typed-up registers and sign-up sheets, see past imports, and list
attendance and CPD entries (to export them)."""

from django.db import migrations

from accounts.migration_helpers import grant, revoke

PERMISSIONS = ["courses.import_data", "courses.view_importbatch", "courses.view_attendance",
               "courses.view_cpdentry"]


def forwards(apps, schema_editor):
    grant(apps, "Coordinator", PERMISSIONS)


def backwards(apps, schema_editor):
    revoke(apps, "Coordinator", PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [("courses", "0013_exports_in_the_background_and_imports")]

    operations = [migrations.RunPython(forwards, backwards)]
