"""The demo that ``seed_demo`` loads, one module per feature. Apps above ``courses`` (which it
cannot import) add their part with ``register`` from their ``AppConfig.ready``: a function
given the demo's people that adds what is missing (it must be safe to run again), and notes
on the demo accounts it makes, which ``seed_demo`` prints beside them."""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class DemoPart:
    seed: Callable[[dict], None]
    notes: dict[str, str] = field(default_factory=dict)


_PARTS: dict[str, DemoPart] = {}


def register(name: str, seed: Callable[[dict], None], *,
             notes: dict[str, str] | None = None) -> None:
    """Add (or, when an app is loaded twice in tests, replace) one app's part of the demo."""
    _PARTS[name] = DemoPart(seed, notes or {})


def parts() -> list[DemoPart]:
    return list(_PARTS.values())
