"""What the community app holds about a person, registered with ``accounts.personal_data``:
their being a networker (and of which areas), and the directory entries they last checked."""

from accounts import personal_data
from community.models import DirectoryEntry, EntryCategory, Networker


def _networker(user) -> dict | None:
    networker = Networker.objects.filter(user=user).first()
    checked = list(DirectoryEntry.objects.filter(checked_by=user).order_by("pk")
                   .values("pk", "name", "checked_on"))
    if networker is None and not checked:
        return None
    return {
        "networker_since": networker.since if networker else None,
        "areas": sorted(networker.areas.values_list("name", flat=True)) if networker else [],
        "directory_entries_i_last_checked": checked,
    }


def _erase_networker(user) -> None:
    """The entries (and their categories) stay: they are about groups and services, not
    about the person, and keep the day they were checked; who checked them goes, and so does
    the networker record."""
    DirectoryEntry.objects.filter(checked_by=user).update(checked_by=None)
    Networker.objects.filter(user=user).delete()


def register_community_data() -> None:
    personal_data.register("community_networker",
                           models=(Networker, DirectoryEntry, EntryCategory),
                           export=_networker, erase=_erase_networker)
