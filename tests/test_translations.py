"""The Gaelic catalogues are complete, consistent, and survive regenerating our own."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
OURS = ROOT / "locale" / "gd" / "LC_MESSAGES" / "django.po"
THIRD_PARTY = ROOT / "locale" / "thirdparty" / "gd" / "LC_MESSAGES" / "django.po"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]")


@pytest.mark.parametrize("path", [OURS, THIRD_PARTY], ids=["ours", "allauth"])
def test_every_entry_is_translated_and_awaits_native_review(path):
    catalogue = polib.pofile(str(path))
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []
    for entry in catalogue.translated_entries():
        assert "native Gaelic speaker" in entry.tcomment, entry.msgid


@pytest.mark.parametrize("path", [OURS, THIRD_PARTY], ids=["ours", "allauth"])
def test_translations_keep_every_placeholder(path):
    for entry in polib.pofile(str(path)).translated_entries():
        expected = sorted(PLACEHOLDER.findall(entry.msgid))
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for text in translations:
            assert sorted(PLACEHOLDER.findall(text)) == expected, entry.msgid


def test_regenerating_our_catalogue_finds_nothing_untranslated_and_keeps_allauths(tmp_path):
    if shutil.which("xgettext") is None:
        pytest.skip("needs GNU gettext (xgettext) to run makemessages")
    for name in ["accounts", "cms", "courses", "trainers", "codesign", "config", "templates",
                 "locale"]:
        shutil.copytree(ROOT / name, tmp_path / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    shutil.copy(ROOT / "manage.py", tmp_path / "manage.py")
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--locale", "gd", "--no-obsolete"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "config.settings.test",
             "PYTHONPATH": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    regenerated = polib.pofile(str(tmp_path / OURS.relative_to(ROOT)))
    assert [entry.msgid for entry in regenerated.untranslated_entries()] == []
    assert (tmp_path / THIRD_PARTY.relative_to(ROOT)).read_bytes() == THIRD_PARTY.read_bytes()
