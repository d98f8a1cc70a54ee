from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CodesignConfig(AppConfig):
    """Working parties, module reviews per revision, the co-design space and stories: above
    ``courses`` (it may import ``courses``; ``courses`` never imports it)."""

    name = "codesign"
    verbose_name = _("Co-design")

    def ready(self) -> None:
        from codesign import dashboard
        from codesign.personal_data import register_codesign_data
        from courses import dashboard as my_page

        register_codesign_data()
        my_page.register_panel("codesign", dashboard.my_panel, dashboard.TEMPLATE)
