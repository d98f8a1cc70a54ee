from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    """Equality monitoring (under its own consent), the postcode lookups, the funder report and
    the coordinator's home: above ``courses`` (it may import ``courses``; ``courses`` never
    imports it)."""

    name = "reports"
    verbose_name = _("Reports")

    def ready(self) -> None:
        from reports.admin.home import register_home_panels

        register_home_panels()
