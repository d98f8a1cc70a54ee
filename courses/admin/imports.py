"""Imports in the Wagtail admin: upload a typed-up register or a sign-up sheet for a run, see
what every row will do and what is wrong with which row and column, then save it all or
discard it. The checking and the saving live in ``services.imports``."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from accounts.models import AuditAction
from accounts.services import audit
from courses.admin.base import CoordinatorMixin
from courses.admin.runs import RunFormView
from courses.models import ImportBatch, ImportKind, ImportStatus
from courses.services import imports
from courses.services.errors import DomainError
from courses.services.imports import ENROLMENT_COLUMNS, REGISTER_COLUMNS
from courses.services.spreadsheets import UnreadableFile

SHOWN_ROWS = 500  # a preview lists every problem, and what the first rows will do


class ImportForm(forms.Form):
    session = forms.ModelChoiceField(
        label=gettext_lazy("Session"), required=False, queryset=None,
        empty_label=gettext_lazy("All sessions of the run (the file says which)"),
        help_text=gettext_lazy("Choose one session if the file is that session's register."))
    file = forms.FileField(
        label=gettext_lazy("File"),
        help_text=gettext_lazy("CSV (UTF-8) or Excel .xlsx, with the headings in the first row."),
        error_messages={"required": gettext_lazy("Choose the file to upload.")})

    def __init__(self, *args, run, kind, **kwargs):
        super().__init__(*args, **kwargs)
        if kind == ImportKind.REGISTER:
            self.fields["session"].queryset = run.sessions.order_by("starts_at")
        else:
            del self.fields["session"]


class ImportUploadView(RunFormView):
    permission_required = "courses.import_data"
    template_name = "courses/admin/import_upload.html"
    form_class = ImportForm

    def get_page_title(self):
        return ImportKind(self.kwargs["kind"]).label

    def dispatch(self, request, *args, **kwargs):
        if kwargs["kind"] not in ImportKind.values:
            return HttpResponseRedirect(reverse("course_runs:schedule", args=[kwargs["pk"]]))
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "run": self.run, "kind": self.kwargs["kind"]}

    def get_context_data(self, **kwargs):
        kind = self.kwargs["kind"]
        columns = REGISTER_COLUMNS if kind == ImportKind.REGISTER else ENROLMENT_COLUMNS
        return super().get_context_data(kind=kind, columns=columns, **kwargs)

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        try:
            content = upload.read(settings.IMPORT_MAX_BYTES + 1)
            batch, _preview = imports.upload(
                self.kwargs["kind"], self.run, content, upload.name, by=self.request.user,
                session=form.cleaned_data.get("session"))
        except (UnreadableFile, DomainError) as error:
            form.add_error("file", error.message)
            return self.form_invalid(form)
        return HttpResponseRedirect(reverse("courses_import", args=[batch.pk]))


class MyBatchMixin(CoordinatorMixin):
    """A batch the signed-in person uploaded; anyone else's is "not found"."""

    permission_required = "courses.import_data"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.batch = get_object_or_404(
                ImportBatch.objects.select_related("run__course", "run__venue", "session"),
                pk=kwargs["pk"], uploaded_by=request.user)
        return super().dispatch(request, *args, **kwargs)


class ImportBatchView(MyBatchMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "courses/admin/import_batch.html"
    header_icon = "upload"

    def get_page_title(self):
        return _("Check before saving: %(name)s") % {"name": self.batch.original_name}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("course_runs:schedule", args=[self.batch.run_id]),
             "label": str(self.batch.run)},
            {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        audit.record(self.request.user, AuditAction.VIEWED, self.batch)
        context = super().get_context_data(batch=self.batch, shown=SHOWN_ROWS, **kwargs)
        if self.batch.status == ImportStatus.PREVIEWED and self.batch.file:
            try:
                checked = imports.preview(self.batch)
            except (UnreadableFile, DomainError) as error:
                context["refused"] = error.message
            else:
                context.update(preview=checked, rows=checked.rows[:SHOWN_ROWS],
                               more=max(0, len(checked.rows) - SHOWN_ROWS),
                               changes=len(checked.actions))
        return context


class ImportConfirmView(MyBatchMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk):
        try:
            saved = imports.confirm(self.batch, by=request.user,
                                    consent_confirmed=bool(request.POST.get("consent_confirmed")))
        except DomainError as error:
            messages.error(request, error.message)
            return HttpResponseRedirect(reverse("courses_import", args=[pk]))
        messages.success(request, _("Saved: %(count)s rows changed something.") % {
            "count": saved})
        return HttpResponseRedirect(reverse("course_runs:schedule", args=[self.batch.run_id]))


class ImportDiscardView(MyBatchMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk):
        imports.discard(self.batch)
        messages.info(request, _("The file was discarded; nothing was saved."))
        return HttpResponseRedirect(reverse("course_runs:schedule", args=[self.batch.run_id]))
