"""Certificate PDFs: A4 landscape, in the person's language, one page whatever the name."""

import base64
import io
import os
import uuid
from pathlib import Path

import qrcode
from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

from cms.models import SiteSettings
from courses.models import Certificate
from courses.models.certificates import PDF_FOLDER
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
    """The stored PDF, drawing and storing it the first time it is asked for.

    Drawn once: the first request locks the certificate's row while it draws, and any
    request arriving meanwhile waits and then reads what was stored. Stored under one name per
    code, replaced atomically, so even without the lock (SQLite) no second copy is left
    behind for erasure to miss."""
    if certificate.pdf:
        return _read(certificate)
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if certificate.pdf:
            return _read(certificate)
        data = render_pdf(certificate)
        name = pdf_name(certificate.code)
        _replace(name, data)
        Certificate.objects.filter(pk=certificate.pk).update(pdf=name)
    return data


def pdf_name(code: str) -> str:
    return f"{PDF_FOLDER}/{code}.pdf"


def _read(certificate: Certificate) -> bytes:
    with certificate.pdf.open("rb") as stored:
        return stored.read()


def _replace(name: str, data: bytes) -> None:
    """Write ``data`` to ``name`` in private storage in one step: a reader sees the old file
    or the new one, never half of one, and there is only ever one file of that name."""
    path = Path(Certificate.pdf.field.storage.path(name))
    path.parent.mkdir(parents=True, exist_ok=True)
    draft = path.with_name(f"{path.name}.{uuid.uuid4().hex}.part")  # erased with it
    draft.write_bytes(data)
    os.replace(draft, path)
