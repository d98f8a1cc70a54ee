"""Coordinators see referrals and move them on (nobody else does)."""

from django.db import migrations

from accounts.migration_helpers import grant, revoke

PERMISSIONS = ["courses.manage_referral", "courses.view_referral"]


def forwards(apps, schema_editor):
    grant(apps, "Coordinator", PERMISSIONS)


def backwards(apps, schema_editor):
    revoke(apps, "Coordinator", PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [("courses", "0024_referrals_and_their_status_history")]

    operations = [migrations.RunPython(forwards, backwards)]
