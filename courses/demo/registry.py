"""Demo data from the apps above ``courses``, which ``seed_demo`` cannot import: each registers
a function that seeds its part (given the demo's people, after courses' own part) from its
``AppConfig.ready``, with notes on what demo accounts show there."""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class DemoPart:
    name: str
    seed: Callable  # (people: dict[str, User]) -> None; idempotent
    order: int
    notes: dict[str, str] = field(default_factory=dict)  # account e-mail -> what it shows


_PARTS: dict[str, DemoPart] = {}


def register_demo(name: str, seed: Callable, *, order: int = 100,
                  notes: dict[str, str] | None = None) -> None:
    """Add (or, when an app is loaded twice in tests, replace) a part of the demo."""
    _PARTS[name] = DemoPart(name, seed, order, dict(notes or {}))


def parts() -> list[DemoPart]:
    return sorted(_PARTS.values(), key=lambda part: (part.order, part.name))


def seed_registered(people) -> None:
    for part in parts():
        part.seed(people)


def notes_from_parts(notes: dict[str, str]) -> dict[str, str]:
    """``notes`` with each part's notes added (after any note already there)."""
    combined = dict(notes)
    for part in parts():
        for email, note in part.notes.items():
            combined[email] = f"{combined[email]}; {note}" if email in combined else note
    return combined
