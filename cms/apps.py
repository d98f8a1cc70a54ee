from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Site content")

    def ready(self) -> None:
        from django.db.models import ForeignKey
        from wagtail.admin.forms.models import register_form_field_override
        from wagtail.models import AbstractPage

        from cms.panels import CheckedPageChooser

        # Every ForeignKey to a page, in every admin form, gets the checked chooser.
        register_form_field_override(ForeignKey, to=AbstractPage, override=lambda db_field: {
            "widget": CheckedPageChooser(target_models=[db_field.remote_field.model])})
