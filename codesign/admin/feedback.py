"""Coordinators' side of feedback reaching the co-designers: releasing words from small
groups after reading them, and writing and publishing "you said, we did" entries. Every
change calls ``codesign.services.feedback``."""

from django import forms
from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView, EditView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from codesign.models import ModuleChange
from codesign.services import feedback
from codesign.services.feedback import CodesignError, quarter_from
from courses.admin.base import CoordinatorMixin, NeverDeletedMixin, ServiceFormMixin
from courses.models import ModulePage

RELEASE = "codesign.change_feedbackmark"


class FeedbackReleaseView(CoordinatorMixin, WagtailAdminTemplateMixin, TemplateView):
    """Modules whose feedback this quarter came from fewer than five people: their words, to
    read and release one by one (or leave held back)."""

    permission_required = RELEASE
    template_name = "codesign/admin/feedback_release.html"
    page_title = gettext_lazy("Feedback to release")
    header_icon = "comment"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        quarter = quarter_from(self.request.GET.get("q"))
        modules = [(entry, feedback.held_back(entry.module, quarter))
                   for entry in feedback.waiting_for_release(quarter)]
        return super().get_context_data(quarter=quarter, modules=modules,
                                        min_group=feedback.MIN_GROUP, **kwargs)

    def post(self, request, *args, **kwargs):
        try:
            feedback.release(request.POST.get("target", ""),
                             _number(request.POST.get("pk")), by=request.user)
        except CodesignError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Released: the working party can read it now."))
        return HttpResponseRedirect(request.get_full_path())


def _number(value) -> int:
    return int(value) if str(value or "").isdigit() else 0


# --- "You said, we did" ----------------------------------------------------------------------


class ModuleChangeForm(WagtailAdminModelForm):
    linked = forms.MultipleChoiceField(
        label=gettext_lazy("The feedback it came from"), required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("What participants and trainers said about this module in the "
                               "last year, as the working party sees it. The people whose "
                               "words you tick are told when the entry is published."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A plain list of the English modules: the page chooser would offer every page.
        self.fields["module"].widget = forms.Select()
        self.fields["module"].queryset = ModulePage.objects.filter(
            locale__language_code="en").order_by("title")
        module = self.instance.module if self.instance.module_id else None
        said = feedback.recent_feedback(module) if module else []
        self.fields["linked"].choices = [
            (f"{item.mark_target}:{item.pk}", f"{item.when:%d/%m/%Y} – {item.text[:200]}")
            for item in said]
        self.fields["linked"].initial = [f"{item.mark_target}:{item.pk}" for item in said
                                         if item.change and item.change.pk == self.instance.pk]

    def linked_feedback(self) -> list[tuple[str, int]]:
        return [(value.split(":")[0], int(value.split(":")[1]))
                for value in self.cleaned_data.get("linked", [])]


class ChangeFormMixin(ServiceFormMixin):
    service_errors = (CodesignError,)

    def save_instance(self):
        change = self.form.save(commit=False)
        return feedback.save_change(change, by=self.request.user,
                                    linked=self.form.linked_feedback())


class ModuleChangeCreateView(ChangeFormMixin, CreateView):
    pass


class ModuleChangeEditView(ChangeFormMixin, EditView):
    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.object.published_at is None:
            buttons.append(Button(_("Publish"), url=reverse("modulechange:publish",
                                                            args=[self.object.pk]),
                                  icon_name="upload", priority=5))
        return buttons


class PublishChangeView(CoordinatorMixin, WagtailAdminTemplateMixin, TemplateView):
    """Asks first (publishing tells people), then publishes."""

    permission_required = "codesign.change_modulechange"
    template_name = "codesign/admin/publish_change.html"
    page_title = gettext_lazy("Publish a “you said, we did” entry")
    header_icon = "upload"

    def get_context_data(self, **kwargs):
        change = get_object_or_404(ModuleChange.objects.select_related("module"),
                                   pk=self.kwargs["pk"])
        told = feedback.people_to_tell(change).count()
        return super().get_context_data(change=change, told=told, **kwargs)

    def post(self, request, pk: int):
        change = get_object_or_404(ModuleChange.objects.select_related("module"), pk=pk)
        try:
            feedback.publish_change(change, by=request.user)
        except CodesignError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Published on the module's page. The people whose "
                                        "words led to it will be told."))
        return HttpResponseRedirect(reverse("modulechange:edit", args=[pk]))


class PublishedColumn(Column):
    def get_value(self, instance):
        if instance.published_at is None:
            return _("Not yet")
        return timezone.localtime(instance.published_at).strftime("%d/%m/%Y")


class ModuleChangeViewSet(NeverDeletedMixin, ModelViewSet):
    model = ModuleChange
    icon = "comment"
    menu_label = gettext_lazy("You said, we did")
    add_view_class = ModuleChangeCreateView
    edit_view_class = ModuleChangeEditView
    edit_handler = ObjectList([
        FieldPanel("module"),
        FieldPanel("made_in"),
        FieldRowPanel([FieldPanel("you_said"), FieldPanel("we_did")]),
        MultiFieldPanel([FieldPanel("you_said_gd"), FieldPanel("we_did_gd")],
                        heading=gettext_lazy("In Gaelic (optional)")),
        FieldPanel("linked"),
    ], base_form_class=ModuleChangeForm)
    list_display = ["module", "made_in", "we_did", PublishedColumn("published_at",
                                                                  label=gettext_lazy("Published"))]
    copy_view_enabled = False

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/publish/", PublishChangeView.as_view(), name="publish")]
