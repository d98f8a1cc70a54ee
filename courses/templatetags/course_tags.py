from dataclasses import dataclass
from decimal import Decimal

from django import template
from django.core.paginator import Paginator
from django.utils import formats
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext

from courses import extensions, permissions
from courses.forms import KnowledgeCheckForm, RunFilterForm
from courses.services import learning

register = template.Library()

RUNS_PER_PAGE = 20


@register.filter
def duration(minutes: int | None) -> str:
    """Minutes in words people read at a glance: "45 minutes", "2 hours 30 minutes"."""
    if not minutes:
        return ""
    hours, rest = divmod(int(minutes), 60)
    parts = []
    if hours:
        parts.append(ngettext("%(n)d hour", "%(n)d hours", hours) % {"n": hours})
    if rest:
        parts.append(ngettext("%(n)d minute", "%(n)d minutes", rest) % {"n": rest})
    return " ".join(parts)


@register.filter
def clock(minutes: int) -> str:
    """Minutes from the start of a session as h:mm, for a plan's timings."""
    hours, rest = divmod(int(minutes), 60)
    return f"{hours}:{rest:02d}"


@register.simple_tag
def course_length(course) -> str:
    """ "6 sessions of 2 hours 30 minutes" for a group course."""
    sessions = ngettext("%(n)d session", "%(n)d sessions", course.session_count) % {
        "n": course.session_count
    }
    if not course.session_minutes:
        return sessions
    return gettext("%(sessions)s of %(length)s") % {
        "sessions": sessions, "length": duration(course.session_minutes)
    }


register.simple_tag(permissions.may_use_trainer_pages, name="may_use_trainer_pages")


@register.filter
def number(value) -> str:
    """A decimal without trailing zeros: 2.5 hours, 12 hours, 0.25 hours."""
    if value is None:
        return ""
    value = Decimal(value)
    # normalize() alone would write 10 as 1E+1
    return formats.number_format(value.normalize() if value % 1 else value.quantize(1))


@register.filter
def worked_on(credit, modules) -> list:
    """The modules of the page (``modules``) that a co-design credit worked on."""
    return credit.worked_on(modules)


@register.simple_tag(takes_context=True)
def page_parts(context, place: str, *args) -> str:
    """What the apps above ``courses`` add to this page (``courses.extensions``), each part's
    template rendered as ``{% include %}`` would, with the context its function gives."""
    html = []
    for part in extensions.page_parts(place):
        part_context = part.context(context.get("request"), *args)
        if part_context is not None:
            template = context.template.engine.get_template(part.template)
            with context.push(part_context):
                html.append(template.render(context))
    return mark_safe("".join(html))  # each part is a template, escaped as it renders


@register.filter
def points(value) -> str:
    """A score change in plain words: "up 2.5 points", "down 1 point", "no change"."""
    if value is None:
        return ""
    amount = abs(Decimal(value)).normalize()
    number = formats.number_format(amount)
    if amount == 0:
        return gettext("no change")
    plural = 1 if amount == 1 else 2
    if value > 0:
        return ngettext("up %(n)s point", "up %(n)s points", plural) % {"n": number}
    return ngettext("down %(n)s point", "down %(n)s points", plural) % {"n": number}


CHART = {"width": 320, "height": 190, "left": 34, "right": 14, "top": 12, "bottom": 34}


@register.simple_tag
def progress_chart(progress, chart_id: str) -> str:
    """A small line chart of scores over time, drawn on the server as SVG: no script, and
    ``currentColor`` so it follows high-contrast modes. The page shows the same numbers in a
    table beside it."""
    c = CHART
    plot_w = c["width"] - c["left"] - c["right"]
    plot_h = c["height"] - c["top"] - c["bottom"]
    count = len(progress.points)

    def x(index: int) -> float:
        return c["left"] + (plot_w / 2 if count == 1 else plot_w * index / (count - 1))

    def y(score) -> float:
        return c["top"] + plot_h * (10 - float(score)) / 10

    parts = []
    for level in (0, 5, 10):
        parts.append(format_html(
            '<line x1="{}" x2="{}" y1="{}" y2="{}" class="chart__grid"/>'
            '<text x="{}" y="{}" class="chart__axis" text-anchor="end">{}</text>',
            c["left"], c["width"] - c["right"], y(level), y(level), c["left"] - 6, y(level) + 5,
            level))
    scored = [(x(i), y(p.score)) for i, p in enumerate(progress.points) if p.score is not None]
    if len(scored) > 1:
        parts.append(format_html('<polyline points="{}" class="chart__line"/>',
                                 " ".join(f"{px:.1f},{py:.1f}" for px, py in scored)))
    for px, py in scored:
        parts.append(format_html('<circle cx="{}" cy="{}" r="5" class="chart__point"/>',
                                 f"{px:.1f}", f"{py:.1f}"))
    for index, point in enumerate(progress.points):
        parts.append(format_html('<text x="{}" y="{}" class="chart__axis" '
                                 'text-anchor="middle">{}</text>',
                                 f"{x(index):.1f}", c["height"] - 10, point.short))
    description = "; ".join(
        f"{p.label}: {formats.number_format(p.score) if p.score is not None else '–'}"
        for p in progress.points)
    title = gettext("Your confidence score, from 0 to 10")
    return format_html(
        '<svg class="chart" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" '
        'aria-labelledby="{id}-title {id}-desc"><title id="{id}-title">{title}</title>'
        '<desc id="{id}-desc">{desc}</desc>{body}</svg>',
        w=c["width"], h=c["height"], id=chart_id, title=title, desc=description,
        body=mark_safe("".join(parts)),  # each part built with format_html above
    )


@register.filter
def seconds_as_time(seconds: int) -> str:
    """Time spent, to the minute: "45 minutes", "1 hour 5 minutes"."""
    return duration(max(round(seconds / 60), 1) if seconds else 0)


@dataclass(frozen=True)
class Learner:
    """What a self-paced module's page shows of the person reading it."""

    may_record: bool
    notes: dict[str, str]


@register.simple_tag(takes_context=True)
def learner_state(context, module) -> Learner:
    """Whether the reader's work on ``module`` is kept, and their notes on it (one query)."""
    user = context["request"].user
    course = context.get("course") or module.get_parent().specific
    may_record = learning.may_record(user, course)
    return Learner(may_record, learning.notes_for(user, module) if may_record else {})


@register.filter
def note_for(learner: Learner, block_id: str) -> str:
    return learner.notes.get(str(block_id), "") if learner else ""


@register.inclusion_tag("courses/learning/check_panel.html", takes_context=True)
def knowledge_check_panel(context, module) -> dict:
    """A module's knowledge check: the questions to answer, and the person's last result."""
    request = context["request"]
    check = learning.knowledge_check(module)
    return {
        "request": request, "module": module, "learner": context.get("learner"),
        "form": KnowledgeCheckForm(check=check) if check else None,
        "attempt": learning.latest_attempt(request.user, module),
    }


@register.inclusion_tag("courses/learning/progress_panel.html", takes_context=True)
def learning_progress(context, course, module=None) -> dict:
    """Where the person is in a self-paced course, how long they have spent on it, and the
    button that takes them on (or back to where they stopped)."""
    request = context["request"]
    progress = learning.progress(request.user, course)
    step = next((step for step in progress.steps if module and step.module.pk == module.pk),
                None)
    return {
        "request": request, "course": course, "module": module, "step": step,
        "progress": progress, "may_record": learning.may_record(request.user, course),
        "is_cpd": learning.is_cpd_course(course),
        "place": progress.place,
    }


@register.simple_tag(takes_context=True)
def run_finder(context, course) -> dict:
    """A course page's "Dates and places": its upcoming runs, narrowed to the area, language
    and access the visitor chose, a page at a time, with how many places each has left. A
    course has tens of upcoming runs at most, so they come in one query, and the areas to
    choose from, the access each offers and the pages are made from that list."""
    request = context["request"]
    every_run = list(course.upcoming_runs().with_places())
    areas = sorted({run.venue.area for run in every_run if run.venue.area_id},
                   key=lambda area: (area.name, area.pk))
    form = RunFilterForm(request.GET or None, areas=areas)
    runs = every_run
    if form.is_valid() and (form.cleaned_data["area"] or form.cleaned_data["language"]):
        runs = list(course.upcoming_runs().with_places().filtered(
            area=form.cleaned_data["area"], language=form.cleaned_data["language"]))
    if form.is_valid() and form.cleaned_data["needs"]:
        runs = [run for run in runs if run.offers_all(form.cleaned_data["needs"])]
    page = Paginator(runs, RUNS_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return {"runs": page, "form": form, "query": query.urlencode()}
