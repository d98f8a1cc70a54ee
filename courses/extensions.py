"""Where the apps above ``courses`` add to the pages ``courses`` owns, without it importing
them (DESIGN §4). Each app registers from its ``AppConfig.ready``, as apps register their
personal data with ``accounts``; /my/ has its own panels (``courses.dashboard``) and the demo
its parts (``courses.demo``).

A page part is a template and a function giving its context (``None``: show nothing). On the
course page, parts sit in the section kept for everyone (``{% keep_shared %}``), so theirs must
not depend on who is looking; they are made afresh whenever anything public pages show changes
(``config.page_cache``).
"""

from collections.abc import Callable
from dataclasses import dataclass

COURSE_PAGE = "course_page"  # context(request, course page)


@dataclass(frozen=True)
class PagePart:
    name: str
    template: str
    context: Callable[..., dict | None]


MODULE_PAGE = "module_page"  # context(request, module page), the same for everyone too

_PARTS: dict[str, dict[str, PagePart]] = {COURSE_PAGE: {}, MODULE_PAGE: {}}


def add_page_part(place: str, name: str, *, template: str,
                  context: Callable[..., dict | None]) -> None:
    """Add (or, when an app is loaded twice in tests, replace) a part of the page ``place``."""
    _PARTS[place][name] = PagePart(name, template, context)


def page_parts(place: str) -> list[PagePart]:
    return list(_PARTS[place].values())
