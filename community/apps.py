from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    """Peer support groups, the signposting directory and networkers' areas: above
    ``courses`` (it may import ``courses``; ``courses`` never imports it)."""

    name = "community"
    verbose_name = _("Community")
