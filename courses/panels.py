"""Admin panels that show, next to the content, what participants said about it."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class ModuleFeedbackPanel(Panel):
    """The latest comments participants left on this module, without their names."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/admin/module_feedback_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            module = self.instance
            context["feedback"] = (module.feedback.select_related("session__run__venue")[:50]
                                   if module.pk else [])
            context["empty"] = _("No comments yet.")
            return context
