from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CodesignConfig(AppConfig):
    """Working parties, module reviews per revision, the co-design space and stories: above
    ``courses`` (it may import ``courses``; ``courses`` never imports it)."""

    name = "codesign"
    verbose_name = _("Co-design")

    def ready(self) -> None:
        from codesign.messages import register_messages
        from codesign.my_panels import register_my_panels
        from codesign.personal_data import register_codesign_data

        register_messages()
        register_my_panels()
        register_codesign_data()
