"""The Co-design screens of the Wagtail admin, one module per area; registered only in
``codesign/wagtail_hooks.py``."""
