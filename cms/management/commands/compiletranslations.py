"""Compile every ``.po`` catalogue in LOCALE_PATHS to ``.mo`` with polib.

Django's ``compilemessages`` needs GNU gettext installed; this needs only Python, so ``make run``
works on a bare machine. Like msgfmt, it leaves out fuzzy and untranslated entries.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile the project's translation catalogues (.po → .mo) without GNU gettext."

    def handle(self, *args, **options) -> None:
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                catalogue = polib.pofile(str(po_path))
                catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
                self.stdout.write(
                    f"{po_path.relative_to(settings.BASE_DIR)}: "
                    f"{len(catalogue.translated_entries())} of {len(catalogue)} translated"
                )
