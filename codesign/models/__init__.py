"""The co-design app's models, one module per concept."""

from codesign.models.stories import (
    USES_ELSEWHERE,
    Story,
    StoryConsent,
    StoryNaming,
    StoryStatus,
    StoryUse,
)

__all__ = ["USES_ELSEWHERE", "Story", "StoryConsent", "StoryNaming", "StoryStatus", "StoryUse"]
