"""The co-design back office, one module per area; registered only from ``wagtail_hooks``."""
