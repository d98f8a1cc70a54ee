"""What the co-design app adds to pages ``courses`` owns besides the co-design space's panel:
on /my/, the changes that came from the person's own words; on a module's page, its "you
said, we did" entries (the same for everyone: public pages are cached)."""

from codesign.services.feedback import changes_from_my_words, published_changes


def changes_panel(user) -> dict | None:
    changes = list(changes_from_my_words(user)[:5])
    return {"changes": changes} if changes else None


def module_changes(request, module) -> dict | None:
    changes = list(published_changes(module).order_by("-made_in", "-pk")[:10])
    return {"changes": changes} if changes else None

