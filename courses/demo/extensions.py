"""Demo data of the apps above ``courses`` (DESIGN §4): ``seed_demo`` lives here and imports
none of them, so each registers what it adds to the demo from its ``AppConfig.ready``."""

from collections.abc import Callable
from dataclasses import dataclass, field

from accounts.models import User


@dataclass(frozen=True)
class DemoPart:
    name: str
    seed: Callable[[dict[str, User]], None]
    notes: dict[str, str] = field(default_factory=dict)


_PARTS: dict[str, DemoPart] = {}


def register_demo(name: str, seed: Callable[[dict[str, User]], None], *,
                  notes: dict[str, str] | None = None) -> None:
    """``seed(people)`` loads this part of the demo after the courses' own (and must be safe
    to run again); ``notes`` say what its accounts show, by e-mail address, for the list
    ``seed_demo`` prints."""
    _PARTS[name] = DemoPart(name, seed, notes or {})


def demo_parts() -> list[DemoPart]:
    return list(_PARTS.values())
