"""The demo site: home page, catalogue, four courses with modules (two of them self-paced), a
scale and a factsheet."""

import io
from datetime import date, timedelta

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from wagtail.documents.models import Document
from wagtail.models import Page, Revision, Site

from cms.models import HomePage, HomePageFeaturedCourse, NavigationItem, SiteSettings, StandardPage
from courses.demo import content
from courses.models import (
    CoDesignCredit,
    ConfidenceScale,
    ConfidenceStatement,
    CourseIndexPage,
    CoursePage,
    ModulePage,
)

FACTSHEET_TITLE = "Pacing: a one-page guide (demo)"
# How long ago the demo's modules were written: before any of its sessions.
MODULES_WRITTEN_DAYS_AGO = 200
FACTSHEET_LINES = [
    "Pacing: a one-page guide",
    "",
    "1. Notice your pattern: a good day, too much, then days to recover.",
    "2. Break big jobs into small pieces, with rests planned in between.",
    "3. Rest before you are exhausted, not after.",
    "4. Change position and kind of activity often.",
    "5. Build up slowly: add a little, and only when it has felt fine for a week.",
    "",
    "Written for the demo of this course system.",
]


def seed_site() -> HomePage:
    home = _home_page()
    _site_settings(home)
    catalogue = _child(home, CourseIndexPage, slug="courses", title="Courses", intro=(
        "Free courses across Scotland, designed and led by people with lived experience."
    ))
    scale = _scale()
    factsheet = _factsheet()
    courses = [_course(catalogue, data, scale, factsheet) for data in content.COURSES]
    if not HomePageFeaturedCourse.objects.filter(page=home).exists():
        for order, course in enumerate(courses):
            HomePageFeaturedCourse.objects.create(page=home, course=course, sort_order=order)
    _about_page(home)
    _navigation(home, catalogue)
    return home


def _home_page() -> HomePage:
    site = Site.objects.filter(is_default_site=True).first()
    if site and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(
        title="Home", slug="home-demo", heading="Take charge of your health, together",
        intro=("Short, friendly courses for people living with long-term conditions and for "
               "unpaid carers, written and led by people who have been there."),
    ))
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True,
                            site_name="Living Well Together (demo)")
        return home
    welcome, site.root_page = site.root_page, home
    site.site_name = "Living Well Together (demo)"
    site.save()
    # Wagtail's placeholder "Welcome" page has no content of ours; take its slug.
    if not welcome.get_children().exists() and type(welcome.specific) is Page:
        for page in welcome.get_translations(inclusive=True):  # its alias in Gaelic too
            page.delete()
        home.slug = "home"
        home.save()
    return HomePage.objects.get(pk=home.pk)


def _site_settings(home: HomePage) -> None:
    site = Site.objects.get(root_page=home)
    SiteSettings.objects.get_or_create(site=site, defaults={
        "organisation_name": "Living Well Together (demo)",
        "contact_email": "hello@example.org",
        "contact_phone": "0141 496 0000",
        "postal_address": "Demo House\n1 Example Street\nGlasgow G1 1AA",
        "footer_text": "A demonstration network of peer-led self-management courses.",
        "footer_text_gd": ("Lìonra taisbeanaidh de chùrsaichean fèin-stiùiridh air an "
                           "stiùireadh le co-aoisean."),
    })


def _navigation(home: HomePage, catalogue: CourseIndexPage) -> None:
    settings = SiteSettings.objects.get(site__root_page=home)
    if settings.navigation_items.exists():
        return
    about = StandardPage.objects.child_of(home).get(slug="about")
    for order, (page, label_gd) in enumerate(
        [(home, "Dachaigh"), (catalogue, "Cùrsaichean"), (about, "Mu ar deidhinn")]
    ):
        NavigationItem.objects.create(settings=settings, page=page, sort_order=order,
                                      label="Home" if page == home else "", label_gd=label_gd)


def _about_page(home: HomePage) -> None:
    _child(home, StandardPage, slug="about", title="About us", intro=(
        "Living Well Together is a demonstration network of local groups that run "
        "self-management courses with, and not just for, the people who take them."
    ), body=[
        ("heading", {"text": "Courses written with people, not for them", "level": "h2"}),
        ("paragraph", "<p>Every course here was designed by people living with long-term "
                      "conditions and unpaid carers, working together with health and care "
                      "professionals. Many of our trainers took a course first.</p>"),
        ("inset_text", {"text": "All our courses are free. Tell us what would help you take "
                                "part, from step-free access to large print."}),
        ("call_to_action", {"text": "Find a course", "page": None, "url": "/courses/"}),
    ])


def _child(parent: Page, model, *, slug: str, **fields):
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    return parent.add_child(instance=model(slug=slug, **fields))


def _scale() -> ConfidenceScale:
    data = content.SCALE
    scale, created = ConfidenceScale.objects.get_or_create(name=data["name"], defaults={
        key: data[key] for key in ("introduction", "low_anchor", "high_anchor")
    })
    if created:
        for order, text in enumerate(data["statements"]):
            ConfidenceStatement.objects.create(scale=scale, text=text, sort_order=order)
    return scale


def _factsheet() -> Document:
    existing = Document.objects.filter(title=FACTSHEET_TITLE).first()
    if existing:
        return existing
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setTitle(FACTSHEET_TITLE)
    heading, *lines = FACTSHEET_LINES
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(20 * mm, 270 * mm, heading)
    pdf.setFont("Helvetica", 12)
    for number, line in enumerate(lines, start=1):
        pdf.drawString(20 * mm, (270 - 9 * number) * mm, line)
    pdf.save()
    document = Document(title=FACTSHEET_TITLE)
    document.file.save("pacing-guide.pdf", ContentFile(buffer.getvalue()), save=False)
    document.save()
    return document


def _course(catalogue, data: dict, scale, factsheet) -> CoursePage:
    fields = {key: data[key] for key in (
        "title", "summary", "audience", "companions", "delivery", "session_count",
        "session_minutes", "completion_min_sessions", "cpd_hours") if key in data}
    course = CoursePage.objects.child_of(catalogue).filter(slug=data["slug"]).first()
    if course is None:
        course = CoursePage(
            slug=data["slug"], confidence_scale=scale,
            body=[("paragraph", "".join(f"<p>{text}</p>" for text in data["about"]))],
            **fields,
        )
        for order, credit in enumerate(data["credits"]):
            course.credits.add(_credit(credit, order))
        catalogue.add_child(instance=course)
    for data_module in data["modules"]:
        _module(course, data_module, factsheet)
    _credited_modules(course, data["credits"])
    return course


def _credited_modules(course: CoursePage, credits: list[dict]) -> None:
    """Which modules each co-designer worked on, set once (an editor's later choice stands)."""
    modules = {module.title: module for module in ModulePage.objects.child_of(course)}
    roles = {credit["role"]: credit.get("modules", []) for credit in credits}
    for credit in CoDesignCredit.objects.filter(page=course):
        titles = roles.get(credit.role)
        if titles and not credit.modules.exists():
            credit.modules.set([modules[title] for title in titles if title in modules])
            credit.save()


def _credit(data: dict, order: int) -> CoDesignCredit:
    return CoDesignCredit(
        name=data["name"], anonymous=data.get("anonymous", False), role=data["role"],
        lived_experience=data["lived_experience"], sort_order=order,
        consent_given_on=date(2026, 3, 1) if data["consent"] else None,
        consent_reference=data["consent"] or "",
    )


def _module(course: CoursePage, data: dict, factsheet: Document) -> ModulePage:
    slug = _slugify(data["title"])
    existing = ModulePage.objects.child_of(course).filter(slug=slug).first()
    if existing:
        return existing
    # A factsheet in the content is the demo's own (``content.pacing_factsheet``).
    body = [(kind, {**value, "document": factsheet}) if kind == "factsheet" else (kind, value)
            for kind, value in data["body"]]
    if data["title"].startswith("Pacing"):
        body.insert(-1, ("factsheet", {"document": factsheet,
                                       "summary": "Five steps to a steadier week."}))
    extra = {"pass_mark": data["pass_mark"]} if "pass_mark" in data else {}
    module = course.add_child(instance=ModulePage(
        title=data["title"], slug=slug, summary=data["summary"], body=body, **extra,
    ))
    # Published through a revision, as the editor does, dated before any demo session: the
    # sessions record it as the version they delivered ("module version of …").
    revision = module.save_revision()
    Revision.objects.filter(pk=revision.pk).update(
        created_at=timezone.now() - timedelta(days=MODULES_WRITTEN_DAYS_AGO))
    revision.refresh_from_db()
    revision.publish()
    return module


def _slugify(title: str) -> str:
    return slugify(title.split(":")[0])[:50]
