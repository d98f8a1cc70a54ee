"""Text that people write into records (a venue's access notes, an area's name) in both of the
site's languages: the English field, and an optional Gaelic version beside it (``<field>_gd``).

``Localised`` gives a model a ``local_<field>`` attribute: the Gaelic version on a page (or in
an e-mail) in Gaelic when someone has written one, the English otherwise. What it gives is an
``InLanguage`` string that knows its language, so a template marks English shown on a Gaelic
page as such: ``<p{% content_lang venue.local_access_notes.language %}>``.
"""

from django.conf import settings
from django.utils.translation import get_language


class InLanguage(str):
    """A string, and the language it is written in."""

    language: str

    def __new__(cls, text: str, language: str):
        made = super().__new__(cls, text)
        made.language = language
        return made


class Localised:
    """``local_name = Localised("name")``: ``name_gd`` in Gaelic when filled in, else ``name``."""

    def __init__(self, field: str):
        self.field = field

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if (get_language() or settings.LANGUAGE_CODE) == "gd":
            gaelic = getattr(instance, f"{self.field}_gd", "")
            if gaelic:
                return InLanguage(gaelic, "gd")
        return InLanguage(getattr(instance, self.field), settings.LANGUAGE_CODE)


def missing_gaelic(records, fields: list[str]) -> list[tuple]:
    """Each of ``records`` that has English in some of ``fields`` and no Gaelic version of it,
    with the names of the Gaelic fields to fill in: what a coordinator has left to translate."""
    missing = []
    for record in records:
        gaps = [str(record._meta.get_field(f"{field}_gd").verbose_name) for field in fields
                if getattr(record, field) and not getattr(record, f"{field}_gd")]
        if gaps:
            missing.append((record, gaps))
    return missing
