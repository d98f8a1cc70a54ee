"""Certificates: the owner's PDF and its accessible HTML twin, and public verification."""

import re

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from courses.models import Certificate
from courses.services.certificate_pdf import pdf_bytes, verification_url

WRONG_SHAPE = _("A code has 12 letters and numbers, for example K7P2-QX4M-9TBD.")


class VerifyForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"), max_length=40,
        help_text=_("It is printed at the bottom of the certificate, for example "
                    "K7P2-QX4M-9TBD."),
        error_messages={"required": _("Enter the code printed on the certificate."),
                        "max_length": WRONG_SHAPE})

    def clean_code(self) -> str:
        code = _normalise(self.cleaned_data["code"])
        if not CODE_SHAPE.fullmatch(code):
            raise forms.ValidationError(WRONG_SHAPE)
        return code


CODE_SHAPE = re.compile(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}")


def _normalise(code: str) -> str:
    """Forgive spaces, lower case and missing dashes in a typed code."""
    raw = re.sub(r"[^A-Z0-9]", "", code.upper())
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def _own_certificate(request: HttpRequest, code: str) -> Certificate:
    """The person's own, undeleted certificate; anyone else's is not found."""
    return get_object_or_404(Certificate, code=_normalise(code), user=request.user,
                             erased_at__isnull=True)


@login_required
def certificate_page(request: HttpRequest, code: str) -> HttpResponse:
    """The certificate as an HTML page with real headings, for screen readers."""
    certificate = _own_certificate(request, code)
    response = render(request, "courses/certificates/certificate_page.html", {
        "certificate": certificate, "verification_url": verification_url(certificate)})
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def certificate_pdf(request: HttpRequest, code: str) -> HttpResponse:
    certificate = _own_certificate(request, code)
    response = HttpResponse(pdf_bytes(certificate), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{certificate.code}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response


@never_cache
def verify(request: HttpRequest, code: str | None = None) -> HttpResponse:
    """Anyone with a code can check a certificate: valid or revoked, the name as printed, the
    course and the date. Nothing else about the person."""
    if code is None:
        form = VerifyForm(request.GET or None)
        if form.is_valid():
            return redirect("courses:verify", code=form.cleaned_data["code"])
        return render(request, "courses/certificates/verify.html", {"form": form})
    certificate = Certificate.objects.filter(code=_normalise(code)).first()
    context = {"certificate": certificate, "form": VerifyForm(initial={"code": code}),
               "code": code}
    return render(request, "courses/certificates/verify.html", context,
                  status=200 if certificate else 404)
