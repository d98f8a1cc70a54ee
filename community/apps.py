from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    """Peer support groups, the signposting directory and networkers' areas: above
    ``courses`` (it may import ``courses``; ``courses`` never imports it)."""

    name = "community"
    verbose_name = _("Community")

    def ready(self) -> None:
        from community import demo, emails, export_kinds, panels, tasks  # noqa: F401
        from community.group_setup import register_groups
        from community.personal_data import register_community_data
        from community.services.directory import CHECK_DUE
        from courses.dashboard import register_final_module_panel, register_panel
        from courses.demo import register as register_demo
        from courses.export_kinds import register_kind
        from courses.services.emails import register_builder

        register_community_data()
        register_builder(CHECK_DUE, emails.directory_check_due)
        register_kind(export_kinds.DIRECTORY)
        register_panel("support_near_you", panels.on_my_page, panels.TEMPLATE)
        register_final_module_panel("support_near_you", panels.after_course, panels.TEMPLATE)
        register_demo("directory", demo.seed_directory, notes=demo.NOTES)
        register_groups()
