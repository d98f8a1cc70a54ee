"""Panels that the apps above ``courses`` add to pages ``courses`` owns, without ``courses``
importing them (DESIGN §4): each registers a panel from its ``AppConfig.ready``.

A panel is a name, a function that builds its template's context (or returns None when it has
nothing to show this person) and a template, included with that context as ``panel``:

    register_panel("support_near_you", support_panel, "community/panels/support.html")

``MY_PAGE`` panels appear on ``/my/`` (built from the request); ``FINAL_MODULE`` panels at the
end of a course's last module (built from the request and the course); ``MY_PLACE`` panels
under a person's own place on a run's page, where they land after enrolling (built from the
request and their enrolment). Each build should take a fixed number of queries, whoever asks.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Panel:
    name: str
    build: Callable[..., dict | None]
    template: str


@dataclass(frozen=True)
class Shown:
    """A panel to render: its template and its context."""

    template: str
    context: dict


class Panels:
    """One page's panels, in the order they were registered."""

    def __init__(self) -> None:
        self._panels: dict[str, Panel] = {}

    def register(self, name: str, build: Callable[..., dict | None], template: str) -> None:
        """Add (or, when an app is loaded twice in tests, replace) a panel."""
        self._panels[name] = Panel(name, build, template)

    def names(self) -> list[str]:
        return list(self._panels)

    def shown(self, *args: Any) -> list[Shown]:
        """The panels with something to show, built from ``args``."""
        shown = []
        for panel in self._panels.values():
            context = panel.build(*args)
            if context is not None:
                shown.append(Shown(panel.template, context))
        return shown


MY_PAGE = Panels()
FINAL_MODULE = Panels()
MY_PLACE = Panels()


def register_panel(name: str, build: Callable[..., dict | None], template: str) -> None:
    """A panel on ``/my/``: ``build(request)`` returns its context, or None."""
    MY_PAGE.register(name, build, template)


def register_final_module_panel(name: str, build: Callable[..., dict | None],
                                template: str) -> None:
    """A panel after a course's last module: ``build(request, course)`` returns its context,
    or None."""
    FINAL_MODULE.register(name, build, template)


def register_place_panel(name: str, build: Callable[..., dict | None], template: str) -> None:
    """A panel under the person's place on a run's page (shown while they are on the run or
    its waiting list): ``build(request, enrolment)`` returns its context, or None."""
    MY_PLACE.register(name, build, template)
