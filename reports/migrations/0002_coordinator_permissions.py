"""What coordinators need for the reports app: the funder report and the postcode lookups.
Nobody gets to see or change anyone's equality answers in the admin: they leave the system
only in aggregate."""

from django.db import migrations

from accounts.migration_helpers import grant, revoke

COORDINATOR = ["reports.view_funder_report", "reports.upload_lookup",
               "reports.view_lookupupload"]


def forwards(apps, schema_editor):
    grant(apps, "Coordinator", COORDINATOR)


def backwards(apps, schema_editor):
    revoke(apps, "Coordinator", COORDINATOR)


class Migration(migrations.Migration):
    dependencies = [("reports", "0001_equality_and_lookups"),
                    ("accounts", "0013_equality_monitoring_purpose")]

    operations = [migrations.RunPython(forwards, backwards)]
