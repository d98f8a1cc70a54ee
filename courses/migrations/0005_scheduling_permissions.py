"""Coordinators schedule runs in the Wagtail admin and manage who is on them."""

from django.db import migrations

from accounts.migration_helpers import grant, revoke

PERMISSIONS = [
    *[f"courses.{action}_{model}" for model in ("area", "venue", "courserun", "session")
      for action in ("add", "change", "view")],
    "courses.delete_session",
    "courses.view_enrolment",
    "courses.manage_enrolment",
    "courses.add_facilitation",
    "courses.delete_facilitation",
    "courses.view_facilitation",
    "courses.view_outboxmessage",
    "trainers.add_trainerprofile",
    "trainers.change_trainerprofile",
    "trainers.view_trainerprofile",
    "trainers.add_accreditation",
    "trainers.change_accreditation",
    "trainers.delete_accreditation",
    "trainers.view_accreditation",
]


def forwards(apps, schema_editor):
    grant(apps, "Coordinator", PERMISSIONS)


def backwards(apps, schema_editor):
    revoke(apps, "Coordinator", PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0004_scheduling_links"),
        ("trainers", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
