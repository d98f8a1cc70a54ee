"""Calls to make and letters to print: the messages owed to people who prefer them."""

from django.contrib import messages
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses.admin.base import CoordinatorMixin
from courses.models import OutboxMessage
from courses.services import letters

PERMISSION = "courses.manage_enrolment"


class CallsAndLettersView(CoordinatorMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = PERMISSION
    template_name = "courses/admin/calls_and_letters.html"
    page_title = gettext_lazy("Calls and letters")
    header_icon = "mail"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        calls, to_print = letters.calls_and_letters()
        return super().get_context_data(calls=calls, letters=to_print, **kwargs)


class MarkCalledView(CoordinatorMixin, View):
    permission_required = PERMISSION
    http_method_names = ["post"]

    def post(self, request, pk: int):
        message = get_object_or_404(OutboxMessage.objects.for_staff(), pk=pk)
        if letters.mark_called(message, by=request.user):
            messages.success(request, _("Marked as called: %(person)s.") % {
                "person": message.recipient})
        return HttpResponseRedirect(reverse("courses_calls_and_letters"))


class PrintLettersView(CoordinatorMixin, View):
    permission_required = PERMISSION
    http_method_names = ["post"]

    def post(self, request):
        printed = letters.print_letters(by=request.user)
        if printed is None:
            messages.info(request, _("There are no letters to print."))
            return HttpResponseRedirect(reverse("courses_calls_and_letters"))
        pdf, _count = printed
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = 'attachment; filename="letters.pdf"'
        response["Cache-Control"] = "private, no-store"
        return response
