"""The community app's models, one module per concept."""

from community.models.directory import (
    DUE_A_CHECK_AFTER,
    HIDDEN_AFTER,
    Category,
    Cost,
    DirectoryEntry,
    EntryCategory,
    Networker,
)

__all__ = ["DUE_A_CHECK_AFTER", "HIDDEN_AFTER", "Category", "Cost", "DirectoryEntry",
           "EntryCategory", "Networker"]
