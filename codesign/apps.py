from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CodesignConfig(AppConfig):
    """Working parties, module reviews per revision, the co-design space and stories: above
    ``courses`` (it may import ``courses``; ``courses`` never imports it)."""

    name = "codesign"
    verbose_name = _("Co-design")

    def ready(self) -> None:
        from codesign import dashboard, demo
        from codesign.messages import register_messages
        from codesign.my_panels import changes_panel, module_changes
        from codesign.personal_data import register_codesign_data
        from codesign.stories_setup import connect_stories
        from courses import dashboard as my_page
        from courses import demo as demo_parts
        from courses import extensions

        register_codesign_data()
        register_messages()
        # /my/ panels are built from the request (courses.dashboard)
        my_page.register_panel("codesign", lambda request: dashboard.my_panel(request.user),
                               dashboard.TEMPLATE)
        my_page.register_panel("you_said_we_did", lambda request: changes_panel(request.user),
                               "codesign/my_changes_panel.html")
        demo_parts.register("codesign", demo.seed_codesign, notes=demo.NOTES)
        connect_stories()
        extensions.add_page_part(extensions.MODULE_PAGE, "you_said_we_did",
                                 template="codesign/module_changes.html", context=module_changes)
