from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    """Equality monitoring (under its own consent), the postcode lookups, the funder report and
    the coordinator's home: above ``courses`` (it may import ``courses``; ``courses`` never
    imports it)."""

    name = "reports"
    verbose_name = _("Reports")

    def ready(self) -> None:
        from accounts.services.consent import on_withdrawal
        from courses.dashboard import register_panel, register_place_panel
        from courses.demo import register as register_demo
        from reports import demo, demo_quarter, panels, tasks  # noqa: F401
        from reports.admin.home import register_home_panels
        from reports.personal_data import register_reports_data
        from reports.services import equality

        register_reports_data()
        on_withdrawal(equality.PURPOSE, equality.erase_answers)  # however it is withdrawn
        register_panel("equality_questions", panels.on_my_page, panels.MY_PAGE_TEMPLATE)
        register_place_panel("equality_questions", panels.after_enrolling,
                             panels.MY_PLACE_TEMPLATE)
        register_demo("equality", demo.seed_equality)
        register_demo("last_quarter", demo_quarter.seed_last_quarter)
        register_home_panels()
