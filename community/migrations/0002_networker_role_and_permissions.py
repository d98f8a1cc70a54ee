"""The Community networker role, and what coordinators need to keep the directory and its
networkers in the admin (every change still goes through community.services.directory).
Networkers need no admin permission: they keep their areas' entries from /community/networker/."""

from django.db import migrations

from accounts.migration_helpers import grant, revoke

NETWORKER = "Community networker"
COORDINATOR = [
    "community.view_directoryentry", "community.add_directoryentry",
    "community.change_directoryentry", "community.delete_directoryentry",
    "community.view_networker", "community.add_networker", "community.change_networker",
    "community.delete_networker",
]


def forwards(apps, schema_editor):
    apps.get_model("auth", "Group").objects.get_or_create(name=NETWORKER)
    grant(apps, "Coordinator", COORDINATOR)


def backwards(apps, schema_editor):
    # The group itself stays: deleting it here would have Django collect its relations across
    # apps whose historical models differ (and someone may still hold the role).
    revoke(apps, "Coordinator", COORDINATOR)


class Migration(migrations.Migration):
    dependencies = [("community", "0001_directory"), ("accounts", "0012_consent_purposes_together")]

    operations = [migrations.RunPython(forwards, backwards)]
