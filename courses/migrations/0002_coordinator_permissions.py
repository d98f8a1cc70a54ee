"""Coordinators edit confidence scales and the site settings in the Wagtail admin."""

from django.db import migrations

from accounts.migration_helpers import grant, revoke

PERMISSIONS = [
    "courses.add_confidencescale",
    "courses.change_confidencescale",
    "courses.delete_confidencescale",
    "courses.view_confidencescale",
    "cms.change_sitesettings",
    "cms.view_sitesettings",
]


def forwards(apps, schema_editor):
    grant(apps, "Coordinator", PERMISSIONS)


def backwards(apps, schema_editor):
    revoke(apps, "Coordinator", PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("cms", "0001_initial"),
        ("accounts", "0002_roles"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
