"""Parts other apps add to a course's page.

``courses`` owns the course page but must not import the apps above it; they register a part
here from their ``AppConfig.ready``: a function of the course and the request that returns the
part's context, or None to leave it out, and the template that draws it. A part is the same
for everyone who reads the page in a language (``request`` is for its language and site, not
for who is looking): the parts are kept in the shared cache with the module list until
anything public pages show changes (``{% keep_shared %}``), and each should cost a query or
two at most when they are made again.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class CoursePart:
    name: str
    context: Callable  # (course, request) -> dict | None
    template: str
    order: int


_PARTS: dict[str, CoursePart] = {}


def register_course_part(name: str, context: Callable, template: str, *,
                         order: int = 100) -> None:
    """Add (or, when an app is loaded twice in tests, replace) a part."""
    _PARTS[name] = CoursePart(name, context, template, order)


def render_course_parts(course, request) -> SafeString:
    """Every registered part that has something for this course, in order."""
    parts = []
    for part in sorted(_PARTS.values(), key=lambda part: (part.order, part.name)):
        context = part.context(course, request)
        if context is not None:
            parts.append(render_to_string(part.template, {"course": course, **context},
                                          request=request))
    return mark_safe("".join(parts))  # noqa: S308 (templates rendered by us)
