from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Site content")

    def ready(self) -> None:
        from django.db.models import ForeignKey
        from django.db.models.signals import post_migrate, post_save
        from wagtail.admin.forms.models import register_form_field_override
        from wagtail.models import AbstractPage
        from wagtail_localize.models import (
            LocaleSynchronization,
            sync_trees_on_locale_sync_save,
        )

        from cms.panels import CheckedPageChooser
        from cms.translation import (
            sync_trees_unless_raw,
            synchronise_language_trees,
        )

        post_migrate.connect(synchronise_language_trees, sender=self)
        # wagtail-localize syncs the trees whenever a locale's "synchronise from" is saved,
        # even when loading a fixture (raw), before the locales it names are there.
        post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
        post_save.connect(sync_trees_unless_raw, sender=LocaleSynchronization)

        # Every ForeignKey to a page, in every admin form, gets the checked chooser.
        register_form_field_override(ForeignKey, to=AbstractPage, override=lambda db_field: {
            "widget": CheckedPageChooser(target_models=[db_field.remote_field.model])})
