"""Coordinators see every follow-up and give them to volunteers. Concerns are for the people in
a group of their own, "Safeguarding leads", which coordinators do not hold unless an
administrator adds them: seeing what a trainer wrote about someone's safety is a role, not a
side effect of scheduling courses."""

from django.db import migrations

from accounts.migration_helpers import grant, revoke

COORDINATOR = ["courses.view_followup", "courses.change_followup"]
SAFEGUARDING = "Safeguarding leads"
SAFEGUARDING_PERMISSIONS = ["wagtailadmin.access_admin", "courses.view_concern",
                            "courses.change_concern"]


def forwards(apps, schema_editor):
    grant(apps, "Coordinator", COORDINATOR)
    grant(apps, SAFEGUARDING, SAFEGUARDING_PERMISSIONS)


def backwards(apps, schema_editor):
    revoke(apps, "Coordinator", COORDINATOR)
    apps.get_model("auth", "Group").objects.filter(name=SAFEGUARDING).delete()


class Migration(migrations.Migration):
    dependencies = [("courses", "0030_follow_ups_debriefs_and_concerns")]

    operations = [migrations.RunPython(forwards, backwards)]
