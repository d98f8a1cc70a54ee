"""Certificate PDFs: A4 landscape, in the person's language, one page whatever the name."""

import base64
import io

import qrcode
from django.conf import settings
from django.core.files.base import ContentFile
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

from cms.models import SiteSettings
from courses.models import Certificate
from courses.services.pdf import FONTS, html_to_pdf

# Sizes step down with length, so any name up to 120 characters (and any course title up to
# 255) fits the one page.
NAME_SIZES = [(28, 36), (42, 30), (64, 24), (90, 19), (10_000, 16)]
TITLE_SIZES = [(60, 20), (120, 16), (10_000, 12)]
LONGEST_UNBROKEN = 28  # longer runs of letters get break opportunities


def verification_url(certificate: Certificate) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "courses:verify", args=[certificate.code])


def organisation_name() -> str:
    site = Site.objects.filter(is_default_site=True).first()
    name = SiteSettings.for_site(site).organisation_name if site else ""
    return name or settings.WAGTAIL_SITE_NAME


def _size(text: str, sizes: list[tuple[int, int]]) -> int:
    return next(size for length, size in sizes if len(text) <= length)


def name_size(name: str) -> int:
    return _size(name, NAME_SIZES)


def printable_name(name: str) -> str:
    """Break only words no ordinary name has (a run of 29+ letters), so they still fit."""
    words = []
    for word in name.split(" "):
        if len(word) > LONGEST_UNBROKEN:
            word = " ".join(word[i:i + LONGEST_UNBROKEN]
                            for i in range(0, len(word), LONGEST_UNBROKEN))
        words.append(word)
    return " ".join(words)


def qr_data_uri(url: str) -> str:
    image = qrcode.make(url, box_size=6, border=2)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def render_pdf(certificate: Certificate) -> bytes:
    with translation.override(certificate.language):
        url = verification_url(certificate)
        html = render_to_string("courses/certificates/certificate_pdf.html", {
            "certificate": certificate,
            "name": printable_name(certificate.name),
            "name_size": name_size(certificate.name),
            "title_size": _size(certificate.course_title, TITLE_SIZES),
            "fonts": FONTS,
            "qr": qr_data_uri(url),
            "verification_url": url,
            "organisation": organisation_name(),
        })
    return html_to_pdf(html)


def pdf_bytes(certificate: Certificate) -> bytes:
    """The stored PDF, drawing and storing it the first time it is asked for."""
    if certificate.pdf:
        with certificate.pdf.open("rb") as stored:
            return stored.read()
    data = render_pdf(certificate)
    certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(data), save=False)
    Certificate.objects.filter(pk=certificate.pk).update(pdf=certificate.pdf.name)
    return data
