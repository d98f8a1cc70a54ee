from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    """Peer support groups, the signposting directory and networkers' areas: above
    ``courses`` (it may import ``courses``; ``courses`` never imports it)."""

    name = "community"
    verbose_name = _("Community")

    def ready(self) -> None:
        from community import tasks  # noqa: F401  (registers the tasks)
        from community.group_setup import register_groups

        register_groups()
