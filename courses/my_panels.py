"""Panels other apps add to a person's /my/ page.

``courses`` owns /my/ but must not import the apps above it (co-design, community); they
register a panel here from their ``AppConfig.ready``: a function of the person that returns
the panel's context, or None to leave it out, and the template that draws it. Each panel
should cost at most a query or two, whatever the person has.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Panel:
    name: str
    context: Callable  # (user) -> dict | None
    template: str
    order: int


_PANELS: dict[str, Panel] = {}


def register_panel(name: str, context: Callable, template: str, *, order: int = 100) -> None:
    """Add (or, when an app is loaded twice in tests, replace) a panel."""
    _PANELS[name] = Panel(name, context, template, order)


def render_panels(request) -> SafeString:
    """Every registered panel that has something for the person, in order."""
    parts = []
    for panel in sorted(_PANELS.values(), key=lambda panel: (panel.order, panel.name)):
        context = panel.context(request.user)
        if context is not None:
            parts.append(render_to_string(panel.template, context, request=request))
    return mark_safe("".join(parts))  # noqa: S308 (templates rendered by us)
