"""The demo in Gaelic: every page of it reads in Gaelic, English only where it is marked as
such (a rough guard: common English words counted outside elements marked lang="en")."""

import re
from html.parser import HTMLParser
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation

from courses.demo.content import SCALE
from courses.demo.gaelic import GAELIC
from courses.models import ConfidenceScale

pytestmark = pytest.mark.django_db
# Words that are English and never Gaelic (so "a", "an", "do", "is" and "air" are left out).
ENGLISH = {"the", "and", "with", "your", "you", "what", "this", "that", "from", "have", "are",
           "of", "to", "for", "people", "course", "session", "who", "they", "will", "about",
           "how", "we", "our", "when", "it", "in", "on", "at", "be", "or", "not"}
VOID = {"br", "img", "input", "link", "meta", "hr", "source", "track", "wbr", "area", "col"}


class UnmarkedText(HTMLParser):
    """The text inside <main> that is not inside an element marked lang="en"."""

    def __init__(self):
        super().__init__()
        self.open, self.in_main, self.english_from, self.text = [], False, None, []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        self.open.append(tag)
        if tag == "main":
            self.in_main = True
        if dict(attrs).get("lang") == "en" and self.english_from is None:
            self.english_from = len(self.open)

    def handle_endtag(self, tag):
        if tag in VOID or not self.open:
            return
        if self.english_from is not None and len(self.open) == self.english_from:
            self.english_from = None
        if self.open.pop() == "main":
            self.in_main = False

    def handle_data(self, data):
        if self.in_main and self.english_from is None:
            self.text.append(data)


def english_words(html: str) -> list[str]:
    parser = UnmarkedText()
    parser.feed(html)
    words = re.findall(r"[^\W\d_]+", " ".join(parser.text))
    return [word for word in words if word.lower() in ENGLISH]


@pytest.fixture
def demo():
    call_command("seed_demo", stdout=StringIO())


def test_every_demo_page_in_gaelic_has_no_unmarked_english(client, demo):
    pages = Page.objects.live().filter(locale__language_code="gd", depth__gt=1).specific()
    assert len(pages) == 23
    for page in pages:
        html = client.get(page.url).content.decode()
        assert english_words(html) == [], (page.url, english_words(html))
        assert "translation-note" not in html, page.url  # all of it is translated


def test_every_segment_of_the_demo_content_has_its_gaelic(demo):
    english = set(StringSegment.objects.filter(source__locale__language_code="en")
                  .values_list("string__data", flat=True))
    assert len(english) > 150
    assert sorted(english - set(GAELIC)) == []
    assert StringTranslation.objects.filter(locale__language_code="gd").count() >= len(english)


def test_the_guard_catches_english_left_unmarked():
    html = "<main><p>Take the first step with your group.</p><p lang='en'>the end</p></main>"
    assert english_words(html) == ["the", "with", "your"]


def test_the_demo_scale_is_in_gaelic_word_for_word(demo):
    english = ConfidenceScale.objects.get(name=SCALE["name"], locale__language_code="en")
    wording = english.worded_in("gd")
    assert [words for _statement, words in wording.statements] == [
        GAELIC[text] for text in SCALE["statements"]]
    assert {part.language for part in (wording.introduction, wording.low_anchor,
                                       wording.high_anchor)} == {"gd"}
