"""The coordinator's home: panels at the top of the Wagtail admin's dashboard, each saying what
needs someone's attention and linking to where it is put right.

Panels are registered here, by this app and by any later app above ``courses``, from its
``AppConfig.ready``:

    from reports.home import register_panel

    register_panel(
        "groups_without_a_host", heading=_("Groups without a host"),
        build=groups_without_a_host, template="community/home/groups.html",
        permission="community.view_supportgroup", empty=_("Every group has a host."),
        order=90)

``build(request)`` returns the template's context, or None when there is nothing to do, in
which case the panel says ``empty`` and the template is not used. A build must take a fixed
number of queries, however many runs, sessions or people there are: the whole page is held
to that. A panel is shown only to people with its ``permission``. Panels are shown in
``order`` (ours from 10 to 80; Wagtail's own start at 210, so they stay below).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.http import HttpRequest
from wagtail.admin.ui.components import Component

TEMPLATE = "reports/home/panel.html"


@dataclass(frozen=True)
class HomePanel:
    name: str
    heading: str
    build: Callable[[HttpRequest], dict | None]
    template: str
    permission: str
    empty: str
    order: int


_PANELS: dict[str, HomePanel] = {}


def register_panel(name: str, *, heading: str, build: Callable[[HttpRequest], dict | None],
                   template: str, permission: str, empty: str, order: int = 100) -> None:
    """Add a panel to the coordinator's home (or replace one of the same name, as happens
    when an app is loaded twice in tests)."""
    _PANELS[name] = HomePanel(name, heading, build, template, permission, empty, order)


def registered() -> list[HomePanel]:
    return sorted(_PANELS.values(), key=lambda panel: (panel.order, panel.name))


def panels_for(request: HttpRequest) -> list["ShownPanel"]:
    """The panels this person may see, ready for Wagtail's dashboard."""
    return [ShownPanel(panel) for panel in registered()
            if request.user.has_perm(panel.permission)]


class ShownPanel(Component):
    """One registered panel as a Wagtail dashboard component: its heading, then its template,
    or the plain words saying there is nothing to do."""

    template_name = TEMPLATE

    def __init__(self, panel: HomePanel) -> None:
        self.panel = panel
        self.name = panel.name
        self.order = panel.order

    def get_context_data(self, parent_context=None) -> dict:
        request = parent_context["request"]
        context = self.panel.build(request)
        return {**(context or {}), "request": request, "panel": self.panel,
                "nothing_to_do": context is None,
                "panel_id": "home-" + self.panel.name.replace("_", "-")}
