"""The certificate PDF: every letter of every name, one page, inside the page, our font embedded,
and markup in a name printed rather than obeyed or fetched."""

import http.server
import io
import re
import shutil
import subprocess
import threading
from datetime import date
from decimal import Decimal

import pytest
from django.utils import timezone
from pypdf import PdfReader
from pypdf.generic import ContentStream

from courses.models import Certificate
from courses.services.certificate_pdf import name_size, printable_name, render_pdf
from courses.services.pdf import html_to_pdf

pytestmark = pytest.mark.django_db

NAMES = [
    "Pàdraig Mac Aonghais",
    "Ùna NicDhòmhnaill-Chaimbeul",
    "Seònaid Ó Ceallaigh",
    "Ìomhar MacÈanraig",
    "Zoë Łukasiewicz-Øster",
    "Þórunn Ðórsdóttir",
    "Ştefan Văduva",
    "Jürgen Groß",
    "Čeněk Šťastný",
    "Ægir Åberg",
    "Ἀλέξανδρος Παπαδόπουλος",
    "Олена Шевченко",
]
LONG_NAMES = [
    # 120 characters of ordinary words
    ("Seonaidh Ealasaid Mairead Catrìona NicDhòmhnaill-MhicLeòid Ghriogair Oighrig Beathag "
     "Ìseabail Ceit Màiri Sìne Peigi Anna")[:120],
    ("Bartholomew-Maximilian " * 6)[:120],  # long hyphenated words
    "Ò" * 120,  # one unbroken run: the only case allowed to break mid-word
]
BORDER = 28  # points: the drawn frame sits 1cm in from the paper's edge


def certificate(name: str, *, language: str = "en", title: str = "Living Well") -> Certificate:
    return Certificate(
        code="K7P2-QX4M-9TBD", kind="course", name=name, course_title=title,
        language=language, started_on=date(2026, 9, 3), finished_on=date(2026, 10, 8),
        sessions_attended=5, sessions_total=6, trainers="Tara Grant, Mòrag Bell",
        cpd_hours=Decimal("12.5"), co_designed=True, issued_at=timezone.now(),
    )


def text_of(pdf: bytes) -> str:
    return " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())


def needs(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"needs {tool} (Debian package poppler-utils)")
    return path


def word_boxes(pdf: bytes) -> tuple[tuple[float, float], list[tuple]]:
    """The page size and each word's box, from poppler's pdftotext -bbox."""
    output = subprocess.run([needs("pdftotext"), "-bbox", "-", "-"], input=pdf,
                            capture_output=True, check=True).stdout.decode()
    page = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', output)
    words = [(m[5], float(m[1]), float(m[2]), float(m[3]), float(m[4])) for m in re.finditer(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        output)]
    return (float(page[1]), float(page[2])), words


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("language", ["en", "gd"])
def test_every_letter_of_the_name_is_in_the_pdf(home, name, language):
    pdf = render_pdf(certificate(name, language=language))
    assert pages(pdf) == 1
    assert name in text_of(pdf)


def test_the_certificate_is_in_the_persons_language(home):
    english = text_of(render_pdf(certificate("Ùna Chaimbeul")))
    gaelic = text_of(render_pdf(certificate("Ùna Chaimbeul", language="gd")))
    assert "Certificate of completion" in english and "3 September 2026" in english
    assert "Certificate of completion" not in gaelic
    assert "Teisteanas" in gaelic and "An t-Sultain" in gaelic


@pytest.mark.parametrize("name", LONG_NAMES)
def test_a_name_of_120_characters_fits_on_the_one_page_inside_the_frame(home, name):
    assert len(name) <= 120
    pdf = render_pdf(certificate(name, title="A course title that is long as well, " * 6))
    assert pages(pdf) == 1
    (width, height), words = word_boxes(pdf)
    assert (round(width), round(height)) == (842, 595)  # A4 landscape
    for text, x0, y0, x1, y1 in words:
        assert BORDER < x0 and x1 < width - BORDER, f"{text!r} runs off the side"
        assert BORDER < y0 and y1 < height - BORDER, f"{text!r} runs off the top or bottom"
    printed = "".join(text for text, *_ in words)
    assert name.replace(" ", "") in printed


def test_ordinary_names_are_never_split_inside_a_word():
    for name in NAMES + LONG_NAMES[:2]:
        assert printable_name(name) == name
    assert printable_name("Ò" * 120).replace(" ", "") == "Ò" * 120


def test_the_name_gets_smaller_as_it_gets_longer():
    sizes = [name_size("x" * length) for length in (10, 30, 50, 80, 120)]
    assert sizes == sorted(sizes, reverse=True) and sizes[0] > sizes[-1]


def test_only_our_embedded_font_draws_text(home):
    """Every text-drawing operator uses one of our DejaVu fonts, embedded; and poppler agrees
    they are embedded."""
    pdf = render_pdf(certificate("Pàdraig Mac Aonghais"))
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    fonts = {key: value.get_object() for key, value in page["/Resources"]["/Font"].items()}
    current, drawn_with = None, set()
    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        if operator == b"Tf":
            current = operands[0]
        elif operator in (b"Tj", b"TJ", b"'", b'"'):
            drawn_with.add(current)
    assert drawn_with
    for key in drawn_with:
        assert "DejaVu" in fonts[key]["/BaseFont"]
        assert "/FontFile2" in fonts[key]["/FontDescriptor"]  # the TrueType file, embedded
    report = subprocess.run([needs("pdffonts"), "-"], input=pdf, capture_output=True,
                            check=True).stdout.decode()
    dejavu = [line for line in report.splitlines() if "DejaVu" in line]
    assert dejavu and all(line.split()[-5] == "yes" for line in dejavu), report


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 (the standard library's name)
        self.hits.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def listener():
    """A local web server that records every request made to it."""
    _Recorder.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Recorder.hits
    server.shutdown()


def test_markup_and_links_in_a_name_are_printed_as_text_and_nothing_is_fetched(home, listener):
    url, hits = listener
    name = f'<img src="{url}/x.png"><b>Eve</b> {url}/y'
    title = f'<link rel="stylesheet" href="{url}/z.css">Course'
    pdf = render_pdf(certificate(name, title=title))
    text = text_of(pdf)
    assert name.replace(" ", "") in text.replace(" ", "")
    assert "<link" in text
    assert hits == []


def test_the_renderer_itself_refuses_remote_and_outside_files(listener, tmp_path):
    """Even markup that reached the renderer unescaped fetches nothing and reads nothing
    outside our assets."""
    url, hits = listener
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not for the certificate")
    html = (f'<html><body><img src="{url}/a.png"><img src="file://{secret}">'
            f'<img src="{secret}"><p>Hello</p></body></html>')
    pdf = html_to_pdf(html)
    assert pdf.startswith(b"%PDF")
    assert hits == []
    assert b"not for the certificate" not in pdf
