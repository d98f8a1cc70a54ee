"""Helpers for data migrations that grant roles their permissions.

Django creates permission rows after *all* migrations have run, so a data migration that grants
a permission for a model created in the same ``migrate`` call must create the rows first.
"""

from django.contrib.auth.management import create_permissions


def ensure_permissions(apps, app_labels: set[str]) -> None:
    for label in app_labels:
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def grant(apps, group_name: str, permissions: list[str]) -> None:
    """Give the group ``group_name`` each of ``permissions`` ("app_label.codename")."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ensure_permissions(apps, {perm.split(".")[0] for perm in permissions})
    group, _ = Group.objects.get_or_create(name=group_name)
    for perm in permissions:
        app_label, codename = perm.split(".")
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )


def revoke(apps, group_name: str, permissions: list[str]) -> None:
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name=group_name).first()
    if group is None:
        return
    for perm in permissions:
        app_label, codename = perm.split(".")
        group.permissions.remove(
            *group.permissions.filter(content_type__app_label=app_label, codename=codename)
        )
