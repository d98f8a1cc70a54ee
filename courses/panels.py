"""Admin panels of the course pages: what participants said about a module, next to it, and
the co-design credits with the modules each person worked on."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from cms.panels import CheckedChildFormSet, CheckedInlinePanel


class CreditFormSet(CheckedChildFormSet):
    """Each credit offers the modules of its own course, and no other page."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "modules" in form.fields:
            modules = self.model._meta.get_field("modules").related_model.objects
            page = self.instance
            form.fields["modules"].queryset = (
                modules.child_of(page).order_by("path") if page is not None and page.pk
                else modules.none())


class CreditsInlinePanel(CheckedInlinePanel):
    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["formset"] = CreditFormSet
        return options


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
