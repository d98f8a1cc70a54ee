"""Stories in the back office: coordinators read what a writer sent and edit the wording (the
edit goes through ``stories.edit_story``, which sends it back to the writer to approve), and
see the stories to take out of funder reports and training materials after a withdrawal.
Coordinators never write, publish or delete a story: its writer does."""

from django import forms
from django.contrib import messages
from django.db.models import Exists, OuterRef
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList, Panel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
)
from wagtail.snippets.views.snippets import EditView, SnippetViewSet, SnippetViewSetGroup

from accounts.models import AuditAction
from accounts.services import audit
from cms.translation import originals
from codesign.models import Story, StoryConsent, StoryStatus, StoryUse
from codesign.services import stories
from courses.admin.base import CoordinatorMixin, NeverDeletedMixin, PermissionMenuItem
from courses.models import CoursePage
from courses.services.errors import DomainError

CHANGE = stories.CHANGE_STORY
MENU_HOOK = "register_stories_menu_item"  # the Stories menu's other items


class StoryForm(WagtailAdminModelForm):
    remove_photo = forms.BooleanField(
        label=gettext_lazy("Remove the photo"), required=False,
        help_text=gettext_lazy("For example if it shows someone who has not agreed to it."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = originals(CoursePage.objects.all()).order_by("title")
        self.fields["course"].widget = forms.Select(choices=self.fields["course"].choices)


class StoryInfoPanel(Panel):
    """What only the writer decides, beside the words: where the story stands, their own
    first words, what they asked to change, how they are named and what they agreed to."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "codesign/admin/story_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            story = self.instance
            context.update(story=story, on_website=story.is_on_website(),
                           consents=story.consents.order_by("given_at") if story.pk else [])
            return context


class StoryEditView(EditView):
    def get(self, request, *args, **kwargs):
        audit.record(request.user, AuditAction.VIEWED, self.object, subject=self.object.author)
        return super().get(request, *args, **kwargs)

    def save_instance(self):
        data = self.form.cleaned_data
        story = stories.edit_story(
            Story.objects.get(pk=self.object.pk),
            stories.Wording(title=data["title"], text=data["text"], language=data["language"],
                            photo_alt=data["photo_alt"], course=data["course"]),
            by=self.request.user, remove_photo=data["remove_photo"],
            note_to_writer=data["note_to_writer"])
        log(instance=story, action="wagtail.edit", user=self.request.user)
        return story

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except DomainError as error:
            form.add_error(None, error.message)
            self.produced_error_code, self.produced_error_message = error.code, error.message
            return self.form_invalid(form)

    def get_success_message(self):
        if self.object.status == StoryStatus.APPROVED:
            return _("Saved: the writer had already approved these words.")
        return _("Saved and sent to the writer to read and approve. It is not shown anywhere "
                 "until they do.")


class OnWebsiteColumn(Column):
    def get_value(self, instance):
        return _("Yes") if instance.on_website else _("No")


class NotRemovedMixin:
    def get_object_list(self):
        return super().get_object_list().exclude(status=StoryStatus.REMOVED)


class StoryChooseView(NotRemovedMixin, ChooseView):
    pass


class StoryChooseResultsView(NotRemovedMixin, ChooseResultsView):
    pass


class StoryChooserViewSet(SnippetChooserViewSet):
    """Editors choose a story to place on a page (one its writer removed is not offered);
    nobody writes one from the chooser."""

    choose_view_class = StoryChooseView
    choose_results_view_class = StoryChooseResultsView

    def get_urlpatterns(self):
        return [pattern for pattern in super().get_urlpatterns() if pattern.name != "create"]


class StoryViewSet(NeverDeletedMixin, SnippetViewSet):
    model = Story
    icon = "openquote"
    menu_label = gettext_lazy("Stories")
    edit_view_class = StoryEditView
    edit_template_name = "codesign/admin/story_edit.html"
    chooser_viewset_class = StoryChooserViewSet
    copy_view_enabled = False
    inspect_view_enabled = False
    list_display = [
        "title",
        Column("author", label=gettext_lazy("Writer")),
        Column("course", label=gettext_lazy("Course")),
        Column("status", label=gettext_lazy("Status"), accessor="get_status_display"),
        OnWebsiteColumn("on_website", label=gettext_lazy("On the website")),
        DateColumn("created_at", label=gettext_lazy("Shared")),
    ]
    list_filter = ["status", "language"]
    search_fields = ["title", "text"]
    edit_handler = ObjectList([
        StoryInfoPanel(heading=gettext_lazy("From the writer")),
        FieldPanel("title"),
        FieldPanel("text"),
        FieldPanel("language"),
        FieldPanel("course"),
        FieldPanel("photo_alt"),
        FieldPanel("remove_photo"),
        FieldPanel("note_to_writer"),
    ], base_form_class=StoryForm)

    def get_queryset(self, request):
        return Story.objects.exclude(status=StoryStatus.REMOVED).select_related(
            "author", "course").annotate(on_website=_on_website())

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(**{**kwargs, "add_url_name": None})

    def get_urlpatterns(self):
        """No add view: a story is only ever written by the person it belongs to."""
        return [pattern for pattern in super().get_urlpatterns() if pattern.name != "add"]


def _on_website() -> Exists:
    return Exists(Story.objects.on_website().filter(pk=OuterRef("pk")))


class StoriesGroup(SnippetViewSetGroup):
    menu_label = gettext_lazy("Stories")
    menu_icon = "openquote"
    menu_order = 221
    submenu_hook = MENU_HOOK
    items = (StoryViewSet,)


# --- Stories to take out of reports and training materials ----------------------------------


class StoriesToTakeOutView(CoordinatorMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = CHANGE
    template_name = "codesign/admin/stories_to_take_out.html"
    page_title = gettext_lazy("Stories to take out")
    header_icon = "openquote"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            consents=StoryConsent.objects.to_remove_elsewhere()[:200], uses=StoryUse,
            **kwargs)


class TakenOutView(CoordinatorMixin, View):
    permission_required = CHANGE
    http_method_names = ["post"]

    def post(self, request, pk: int):
        consent = get_object_or_404(StoryConsent.objects.to_remove_elsewhere(), pk=pk)
        stories.confirm_taken_out(consent, by=request.user)
        messages.success(request, _("Noted: “%(story)s” is taken out (%(use)s).") % {
            "story": consent.story, "use": consent.get_use_display()})
        return HttpResponseRedirect(reverse("codesign_stories_to_take_out"))


def to_take_out_menu_item() -> PermissionMenuItem:
    return PermissionMenuItem(StoriesToTakeOutView.page_title,
                              reverse("codesign_stories_to_take_out"), icon_name="warning",
                              order=2, permission=CHANGE)
