"""Where each app says what it holds about a person, so that a person's data can be given to
them whole and erased whole. ``accounts`` knows no other app: the others register here when
they start (``AppConfig.ready``).

A registration names the models it answers for (a test checks that every model with a path to
a person is covered), a function returning what the person may take away (JSON-ready), and a
function erasing it: deleting what is only about them, and blanking what they wrote or what
names them in rows that aggregate figures still count (attendance, ratings).
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import models


@dataclass(frozen=True)
class PersonalData:
    section: str
    models: tuple[type[models.Model], ...]
    export: Callable[[Any], Any]
    erase: Callable[[Any], None]


_REGISTRY: dict[str, PersonalData] = {}


def register(section: str, *, models: tuple, export: Callable, erase: Callable) -> None:
    """Add (or, when an app is loaded twice in tests, replace) one section of personal data."""
    _REGISTRY[section] = PersonalData(section, tuple(models), export, erase)


def sections() -> list[PersonalData]:
    return list(_REGISTRY.values())


def covered_models() -> set[type[models.Model]]:
    return {model for entry in _REGISTRY.values() for model in entry.models}
