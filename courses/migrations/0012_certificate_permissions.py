"""Coordinators see every certificate and may revoke and reissue them. Staff CPD logs stay
with their owners."""

from django.db import migrations

from accounts.migration_helpers import grant, revoke

PERMISSIONS = ["courses.view_certificate", "courses.revoke_certificate"]


def forwards(apps, schema_editor):
    grant(apps, "Coordinator", PERMISSIONS)


def backwards(apps, schema_editor):
    revoke(apps, "Coordinator", PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [("courses", "0011_certificates_and_cpd")]

    operations = [migrations.RunPython(forwards, backwards)]
