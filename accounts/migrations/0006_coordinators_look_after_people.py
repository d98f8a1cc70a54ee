"""Coordinators record consent changes people tell them of, erase a person's data at their
request, and read the audit log."""

from django.db import migrations

from accounts.migration_helpers import grant, revoke

PERMISSIONS = ["accounts.erase_person", "accounts.record_consent", "accounts.view_auditentry"]


def forwards(apps, schema_editor):
    grant(apps, "Coordinator", PERMISSIONS)


def backwards(apps, schema_editor):
    revoke(apps, "Coordinator", PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0005_privacy_consent_erasure_audit")]

    operations = [migrations.RunPython(forwards, backwards)]
