"""The co-design app's models, one module per concept."""

from codesign.models.feedback import MIN_GROUP, FeedbackMark, ModuleChange

__all__ = ["MIN_GROUP", "FeedbackMark", "ModuleChange"]
