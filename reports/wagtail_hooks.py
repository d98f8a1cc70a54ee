from wagtail import hooks

from reports import home


@hooks.register("construct_homepage_panels")
def add_coordinator_home_panels(request, panels) -> None:
    """The coordinator's home (``reports.home``): our panels above Wagtail's own, which sort
    after them by their ``order``."""
    panels.extend(home.panels_for(request))
