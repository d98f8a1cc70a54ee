"""Admin panels that answer a tampered or cut-short form with a message, never a 500.

Page choosers: Wagtail's chooser widget looks up whatever id a form sent when it shows the form
again, and an id that is not a number raises ValueError. Ours treats it as nothing chosen, and
the form's own validation says so. Every page chooser of ours uses it: the panels below, and
any ForeignKey to a page (registered in ``CmsConfig.ready``).

Inline panels:

modelcluster's formset reads each existing row's id straight from the POST data: a request
without it, or with an id that is not a number, raises KeyError or ValidationError, a 500.
Django's own model formsets treat such a row as a new one, which then has to validate like
any other. And a form claiming a thousand rows is refused with a message instead of being
built row by row. Every InlinePanel of ours (pages, settings, snippets, trainer profiles) uses
this.
"""

from django.core.exceptions import ValidationError
from django.forms.formsets import BaseFormSet
from modelcluster.forms import BaseChildFormSet
from wagtail.admin.panels import InlinePanel, PageChooserPanel
from wagtail.admin.widgets import AdminPageChooser


class CheckedPageChooser(AdminPageChooser):
    def get_instance(self, value):
        try:
            return super().get_instance(value)
        except (ValueError, TypeError, OverflowError, ValidationError):
            return None


class CheckedPageChooserPanel(PageChooserPanel):
    def get_form_options(self):
        options = super().get_form_options()
        options.setdefault("widgets", {})[self.field_name] = CheckedPageChooser(
            target_models=self.page_type, can_choose_root=self.can_choose_root)
        return options


# More rows than any of our lists has (credits, statements, accreditations, menu items).
MOST_ROWS = 100


class CheckedChildFormSet(BaseChildFormSet):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.absolute_max = min(self.absolute_max, MOST_ROWS)
        self.max_num = min(self.max_num, MOST_ROWS)  # so the refusal names the real limit

    def _construct_form(self, i, **kwargs):
        if self.is_bound and i < self.initial_form_count() and not self._readable_id(i):
            return BaseFormSet._construct_form(self, i, instance=self.model(), **kwargs)
        return super()._construct_form(i, **kwargs)

    def _readable_id(self, i: int) -> bool:
        field = self.model._meta.pk
        raw = self.data.get(f"{self.add_prefix(i)}-{field.name}")
        if raw is None:
            return False
        try:
            raw == "" or self._get_to_python(field)(raw)
        except ValidationError:
            return False
        return True


class CheckedInlinePanel(InlinePanel):
    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["formset"] = CheckedChildFormSet
        return options
