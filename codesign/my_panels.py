"""What the co-design app adds to a person's /my/ page besides the co-design space's panel:
the changes that came from their own words."""

from codesign.services.feedback import changes_from_my_words


def changes_panel(user) -> dict | None:
    changes = list(changes_from_my_words(user)[:5])
    return {"changes": changes} if changes else None
