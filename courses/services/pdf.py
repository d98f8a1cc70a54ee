"""HTML to PDF with xhtml2pdf, fenced in.

The renderer fetches nothing from the network and reads local files only inside
``certificate_assets`` (our fonts). Every PDF embeds a Unicode TTF shipped with the project, so
every letter (Gaelic accents included) prints; fonts are named by absolute path, because a
relative one silently falls back to a built-in Latin-1 font in a worker with another working
directory. Text from people goes through the templates' escaping: markup in it is printed,
not obeyed.
"""

import io
from pathlib import Path

from xhtml2pdf import pisa
from xhtml2pdf.config.resources import ResourceAccessPolicy

ASSETS = Path(__file__).resolve().parent.parent / "certificate_assets"
FONTS = {
    "sans": ASSETS / "fonts" / "DejaVuSans.ttf",
    "bold": ASSETS / "fonts" / "DejaVuSans-Bold.ttf",
    "serif_bold": ASSETS / "fonts" / "DejaVuSerif-Bold.ttf",
}
POLICY = ResourceAccessPolicy(allow_remote=False, base_dir=ASSETS, max_render_seconds=30)


class PDFRenderError(Exception):
    pass


def html_to_pdf(html: str) -> bytes:
    output = io.BytesIO()
    result = pisa.pisaDocument(html.encode("utf-8"), dest=output, encoding="utf-8",
                               resource_policy=POLICY)
    if result.err:
        raise PDFRenderError("the document did not render")
    return output.getvalue()
