"""Panels that apps above ``courses`` add to the participant's dashboard (/my/), which
``courses`` cannot import. An app registers, from its ``AppConfig.ready``, a function giving
the context of its panel for a person (None when it has nothing to show them) and the template
that draws it. Each function should cost at most one query: /my/ keeps a query budget
(tests/courses/test_query_counts.py), and the function runs for everyone who opens it."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Panel:
    name: str
    context: Callable[[Any], dict | None]
    template: str


@dataclass(frozen=True)
class ShownPanel:
    template: str
    context: dict


_PANELS: dict[str, Panel] = {}


def register_panel(name: str, context: Callable[[Any], dict | None], template: str) -> None:
    """Add (or, when an app is loaded twice in tests, replace) one panel, shown in the order
    the apps registered them."""
    _PANELS[name] = Panel(name, context, template)


def panel_names() -> list[str]:
    return list(_PANELS)


def panels_for(user) -> list[ShownPanel]:
    """The panels that have something to show ``user``."""
    shown = []
    for panel in _PANELS.values():
        context = panel.context(user)
        if context is not None:
            shown.append(ShownPanel(panel.template, context))
    return shown
