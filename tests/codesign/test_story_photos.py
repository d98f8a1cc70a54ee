"""A story's photo: what is refused (too big, not a photo, too many pixels, a decompression
bomb) with a clear message on the form and never a 500, and what is kept of a good one (no
location details, at most 1600 pixels across)."""

import io
import struct
import zlib

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from codesign.models import Story
from codesign.services.story_photos import LONGEST_SIDE, PhotoError, prepare_photo
from tests.codesign.story_factories import png_bytes

pytestmark = pytest.mark.django_db


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` × ``height`` pixels: a decompression bomb."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + _chunk(b"IEND", b""))


def jpeg_with_location(size=(2400, 1200)) -> bytes:
    image = Image.new("RGB", size, (200, 120, 40))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0x8825] = {1: "N", 2: (57.0, 28.0, 0.0)}  # GPS: somewhere in the Highlands
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


@pytest.mark.parametrize(("content", "code"), [
    (b"not an image at all", "not_a_photo"),
    (b"GIF89a" + b"\x00" * 40, "not_a_photo"),
    (png_bytes()[:40], "not_a_photo"),  # cut short
    (png_claiming(100_000, 100_000), "photo_too_many_pixels"),  # Pillow's own bomb limit
    (png_claiming(6_000, 6_000), "photo_too_many_pixels"),  # ours: 36 megapixels
], ids=["text", "gif", "truncated", "bomb", "too-many-pixels"])
def test_it_refuses_what_is_not_a_photo_we_can_use(content, code):
    with pytest.raises(PhotoError) as refused:
        prepare_photo(ContentFile(content))
    assert refused.value.code == code


def test_it_refuses_a_file_over_five_megabytes_without_reading_it():
    upload = ContentFile(b"\xff" * (5 * 1024 * 1024 + 1))
    with pytest.raises(PhotoError) as refused:
        prepare_photo(upload)
    assert refused.value.code == "photo_too_big"


def test_what_is_kept_has_no_location_and_fits_the_page():
    photo = prepare_photo(ContentFile(jpeg_with_location()))
    kept = Image.open(io.BytesIO(photo.content))
    assert kept.format == "JPEG" and photo.extension == "jpg"
    assert max(kept.size) == LONGEST_SIDE and (photo.width, photo.height) == kept.size
    assert not kept.getexif() and b"PhoneMaker" not in photo.content


def test_a_transparent_picture_stays_a_png():
    buffer = io.BytesIO()
    Image.new("RGBA", (30, 30), (0, 0, 0, 0)).save(buffer, "PNG")
    assert prepare_photo(ContentFile(buffer.getvalue())).extension == "png"


def _send(client, content: bytes, name: str = "me.jpg", **extra):
    data = {"title": "A day out", "text": "We went to the beach.", "language": "en",
            "photo_alt": "The beach", "photo": SimpleUploadedFile(name, content), **extra}
    return client.post("/my/stories/new/", data)


@pytest.mark.parametrize(("content", "message"), [
    (b"hello", "This file is not a photo we can use."),
    (png_claiming(100_000, 100_000), "This photo is too large to use."),
    (b"\x00" * (5 * 1024 * 1024 + 10), "The photo must be 5 MB or smaller."),
], ids=["text", "bomb", "too-big"])
def test_the_form_says_what_is_wrong_with_a_bad_upload(client, pat, content, message):
    client.force_login(pat)
    response = _send(client, content)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html and 'href="#id_photo"' in html  # in the summary, linked to the field
    assert not Story.objects.exists()


def test_a_photo_needs_its_description_on_the_form(client, pat):
    client.force_login(pat)
    response = _send(client, png_bytes(), photo_alt="")
    assert response.status_code == 400
    assert "Say what the photo shows" in response.content.decode()
    assert not Story.objects.exists()


def test_a_good_photo_is_kept_with_the_story(client, pat):
    client.force_login(pat)
    assert _send(client, jpeg_with_location()).status_code == 302
    story = Story.objects.get()
    assert story.photo.name.endswith(".jpg") and story.photo_alt == "The beach"
    assert story.photo_width == LONGEST_SIDE
