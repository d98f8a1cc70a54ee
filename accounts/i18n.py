from django.conf import settings
from django.urls import translate_url
from django.utils import translation


def url_in_language(url: str, language: str) -> str:
    """The same page as ``url`` in ``language`` (``/gd/courses/`` ⇄ ``/courses/``).

    Django resolves an i18n URL against the *active* language, and Wagtail's catch-all pattern
    would read ``/gd/courses/`` as a page called "gd" under English; so resolve the URL in the
    language it is written in before reversing it in the other one.
    """
    path = url.split("?", 1)[0]
    written_in = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
    with translation.override(written_in):
        return translate_url(url, language)
