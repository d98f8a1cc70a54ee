"""Reports → Postcode lookups: the SIMD and urban/rural lookups loaded so far, how many
people's postcodes still wait for one, and the form to upload a new file. The checking and
loading live in ``reports.services.lookups``; nobody's equality answers are shown here."""

from django import forms
from django.contrib import messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses.admin.base import CoordinatorMixin, forbidden
from reports.models import LookupKind, LookupUpload
from reports.services import equality, lookups

VIEW = "reports.view_lookupupload"
UPLOAD = "reports.upload_lookup"
SHOWN = 50  # uploads listed, newest first


class LookupUploadForm(forms.Form):
    kind = forms.ChoiceField(
        label=gettext_lazy("Which lookup"), choices=LookupKind.choices, widget=forms.RadioSelect,
        error_messages={"required": gettext_lazy("Choose which lookup the file is.")})
    file = forms.FileField(
        label=gettext_lazy("File"),
        help_text=gettext_lazy(
            "The official postcode lookup saved as CSV (UTF-8), with the headings in the first "
            "row: a Postcode column and, for SIMD, the quintile column (such as "
            "SIMD2020v2_Quintile, 1 to 5); for urban/rural, the 6-fold class column (such as "
            "UR6_2020 or UrbanRural6Fold2020Code, 1 to 6). Other columns are ignored. Loading "
            "a file replaces that lookup's previous values."),
        error_messages={"required": gettext_lazy("Choose the file to upload.")})


class PostcodeLookupsView(CoordinatorMixin, WagtailAdminTemplateMixin, FormView):
    permission_required = VIEW
    template_name = "reports/admin/postcode_lookups.html"
    form_class = LookupUploadForm
    page_title = gettext_lazy("Postcode lookups")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def post(self, request, *args, **kwargs):
        if not request.user.has_perm(UPLOAD):
            return forbidden(request)
        return super().post(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            uploads=LookupUpload.objects.select_related("uploaded_by")[:SHOWN],
            waiting=equality.waiting_for_a_lookup(),
            may_upload=self.request.user.has_perm(UPLOAD), **kwargs)

    def form_valid(self, form):
        try:
            upload = lookups.load_lookup(form.cleaned_data["kind"], form.cleaned_data["file"],
                                         by=self.request.user)
        except lookups.LookupFileError as error:
            form.add_error("file", error.message)
            return self.render_to_response(self.get_context_data(
                form=form, problems=error.problems), status=400)
        messages.success(self.request, ngettext(
            "%(lookup)s loaded: %(rows)s postcode. Answers waiting for it are being worked "
            "out now.", "%(lookup)s loaded: %(rows)s postcodes. Answers waiting for it are "
            "being worked out now.", upload.rows) % {
            "lookup": upload.get_kind_display(), "rows": f"{upload.rows:,}"})
        return HttpResponseRedirect(reverse("reports_postcode_lookups"))

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)
