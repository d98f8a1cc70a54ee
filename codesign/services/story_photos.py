"""A story's photo: checked before anything is stored, then saved afresh.

Only JPEG, PNG and WebP photos up to ``MAX_BYTES`` and ``MAX_PIXELS`` are taken, and the size in
pixels is read from the file's header before a single pixel is decoded, so a small file that
unpacks to a huge image (a decompression bomb) is refused without using the memory it asks for.
What is kept is a new file drawn from the decoded pixels, at most ``LONGEST_SIDE`` pixels
across: nothing else in the upload survives (no location or camera details, nothing hidden
after the image data), and a phone's rotation is applied first.
"""

import io
import warnings
from dataclasses import dataclass

from django.utils.translation import gettext as _
from PIL import Image, ImageOps

from courses.services.errors import DomainError

MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 30_000_000
LONGEST_SIDE = 1600
ACCEPTED = {"JPEG", "PNG", "WEBP"}


class PhotoError(DomainError):
    pass


@dataclass(frozen=True)
class Photo:
    """A photo ready to store: its bytes, the extension of its format and its size."""

    content: bytes
    extension: str
    width: int
    height: int


def prepare_photo(upload) -> Photo:
    """The photo in ``upload`` (a file-like object with ``size``), checked and redrawn; raises
    ``PhotoError`` with a message for the person otherwise."""
    if upload.size > MAX_BYTES:
        raise PhotoError("photo_too_big", _("The photo must be 5 MB or smaller."))
    try:
        image = _decoded(upload)
    except PhotoError:
        raise
    except Image.DecompressionBombError:
        raise _too_many_pixels() from None
    except Exception:  # a damaged file can make Pillow raise almost anything
        raise _not_a_photo() from None
    return _redrawn(image)


def _decoded(upload) -> Image.Image:
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        upload.seek(0)
        image = Image.open(upload)
        if image.format not in ACCEPTED:
            raise _not_a_photo()
        if image.width * image.height > MAX_PIXELS:
            raise _too_many_pixels()
        image.draft("RGB", (LONGEST_SIDE, LONGEST_SIDE))  # a JPEG decodes at a smaller scale
        image.load()
        image = ImageOps.exif_transpose(image)
        image.thumbnail((LONGEST_SIDE, LONGEST_SIDE))
        return image


def _redrawn(image: Image.Image) -> Photo:
    """Transparency stays PNG; everything else becomes a JPEG. No metadata is written."""
    buffer = io.BytesIO()
    if image.mode in ("RGBA", "LA") or "transparency" in image.info:
        image.convert("RGBA").save(buffer, "PNG", optimize=True)
        return Photo(buffer.getvalue(), "png", *image.size)
    image.convert("RGB").save(buffer, "JPEG", quality=85, optimize=True)
    return Photo(buffer.getvalue(), "jpg", *image.size)


def _not_a_photo() -> PhotoError:
    return PhotoError("not_a_photo", _("This file is not a photo we can use. Choose a JPEG, "
                                       "PNG or WebP photo."))


def _too_many_pixels() -> PhotoError:
    return PhotoError("photo_too_many_pixels", _(
        "This photo is too large to use. Choose one under 30 megapixels, or a smaller copy."))
