"""The network's first fidelity checklist (coordinators edit it as a snippet afterwards), and
the coordinators' rights to keep checklists, assign observers and read the fidelity report."""

from django.db import migrations

from accounts.migration_helpers import grant, revoke

CHECKLIST = "Peer-led session"
ITEMS = [
    "Kept to the session plan and its timings",
    "Showed the group how to make an action plan, step by step",
    "Made sure everyone who wanted to could have their say",
    "Stayed clear of medical advice and pointed people to their own health professional",
]
PERMISSIONS = [
    *[f"courses.{action}_fidelitychecklist" for action in ("add", "change", "delete", "view")],
    "courses.view_observation",
    "courses.change_observation",
]


def forwards(apps, schema_editor):
    FidelityChecklist = apps.get_model("courses", "FidelityChecklist")
    FidelityItem = apps.get_model("courses", "FidelityItem")
    checklist, created = FidelityChecklist.objects.get_or_create(name=CHECKLIST, defaults={
        "introduction": "Watch the whole session. For each item, say whether it was met, "
                        "partly met or not met, with a word on what you saw."})
    if created:
        for order, text in enumerate(ITEMS):
            FidelityItem.objects.create(checklist=checklist, text=text, sort_order=order)
    grant(apps, "Coordinator", PERMISSIONS)


def backwards(apps, schema_editor):
    revoke(apps, "Coordinator", PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [("courses", "0027_observation_and_fidelity_checklist")]

    operations = [migrations.RunPython(forwards, backwards)]
