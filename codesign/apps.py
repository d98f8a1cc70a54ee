from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CodesignConfig(AppConfig):
    """Working parties, module reviews per revision, the co-design space and stories: above
    ``courses`` (it may import ``courses``; ``courses`` never imports it)."""

    name = "codesign"
    verbose_name = _("Co-design")

    def ready(self) -> None:
        from codesign.stories_setup import connect_stories

        connect_stories()
