"""What the co-design app adds to a person's /my/ page (``courses.my_panels``)."""

from codesign.services.feedback import changes_from_my_words
from courses.my_panels import register_panel


def _changes(user) -> dict | None:
    changes = list(changes_from_my_words(user)[:5])
    return {"changes": changes} if changes else None


def register_my_panels() -> None:
    register_panel("you_said_we_did", _changes, "codesign/my_changes_panel.html", order=50)
