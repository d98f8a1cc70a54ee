"""Where the apps above ``courses`` add to what ``courses`` owns, without it importing them
(DESIGN §4): parts of its pages, and the demo. Each app registers from its ``AppConfig.ready``,
as apps register their personal data with ``accounts``.

A page part is a template and a function giving its context (``None``: show nothing). On the
course page, parts sit in the section kept for everyone (``{% keep_shared %}``), so theirs must
not depend on who is looking; they are made afresh whenever anything public pages show changes
(``config.page_cache``).
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

COURSE_PAGE = "course_page"  # context(request, course page)
MY_PAGE = "my_page"  # context(request); /my/ is made for every visit: keep it query-free


@dataclass(frozen=True)
class PagePart:
    name: str
    template: str
    context: Callable[..., dict | None]


_PARTS: dict[str, dict[str, PagePart]] = {COURSE_PAGE: {}, MY_PAGE: {}}
_SEEDERS: dict[str, Callable[[dict[str, Any]], None]] = {}


def add_page_part(place: str, name: str, *, template: str,
                  context: Callable[..., dict | None]) -> None:
    """Add (or, when an app is loaded twice in tests, replace) a part of the page ``place``."""
    _PARTS[place][name] = PagePart(name, template, context)


def page_parts(place: str) -> list[PagePart]:
    return list(_PARTS[place].values())


def add_demo(name: str, seed: Callable[[dict[str, Any]], None]) -> None:
    """``seed(people)`` runs at the end of ``seed_demo`` with its people (by nickname, as
    ``seed_people`` returns them); like the rest of the demo it must be safe to run again."""
    _SEEDERS[name] = seed


def demo_seeders() -> list[Callable[[dict[str, Any]], None]]:
    return list(_SEEDERS.values())
