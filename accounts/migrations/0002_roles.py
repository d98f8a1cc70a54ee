"""Create the four roles and give coordinators what they need in the Wagtail admin.

Coordinators edit every page and manage documents and images; they are not superusers.
"""

from django.db import migrations

from accounts.migration_helpers import ensure_permissions, grant

ROLES = ["Participant", "Peer trainer", "Health staff", "Coordinator"]
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
COLLECTION_PERMISSIONS = {
    "wagtaildocs": ["add_document", "change_document", "choose_document", "delete_document"],
    "wagtailimages": ["add_image", "change_image", "choose_image", "delete_image"],
}


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    for name in ROLES:
        Group.objects.get_or_create(name=name)
    grant(apps, "Coordinator", ["wagtailadmin.access_admin"])
    ensure_permissions(apps, {"wagtailcore", "wagtaildocs", "wagtailimages"})

    coordinator = Group.objects.get(name="Coordinator")
    root_page = Page.objects.filter(depth=1).first()
    if root_page is not None:
        for codename in PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=coordinator, page=root_page,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for app_label, codenames in COLLECTION_PERMISSIONS.items():
            for codename in codenames:
                GroupCollectionPermission.objects.get_or_create(
                    group=coordinator, collection=root_collection,
                    permission=Permission.objects.get(
                        content_type__app_label=app_label, codename=codename
                    ),
                )


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
