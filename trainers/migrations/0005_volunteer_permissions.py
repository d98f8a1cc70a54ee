"""Coordinators welcome volunteers, keep their roles, log hours for them and decide on their
expense claims. Nobody deletes a claim: it is refused instead, and the record stays."""

from django.db import migrations

from accounts.migration_helpers import grant, revoke

COORDINATOR = [
    "trainers.view_volunteer", "trainers.add_volunteer", "trainers.change_volunteer",
    "trainers.view_hoursentry", "trainers.add_hoursentry", "trainers.delete_hoursentry",
    "trainers.view_expenseclaim", "trainers.add_expenseclaim", "trainers.change_expenseclaim",
]


def forwards(apps, schema_editor):
    grant(apps, "Coordinator", COORDINATOR)


def backwards(apps, schema_editor):
    revoke(apps, "Coordinator", COORDINATOR)


class Migration(migrations.Migration):
    dependencies = [("trainers", "0004_volunteers")]

    operations = [migrations.RunPython(forwards, backwards)]
