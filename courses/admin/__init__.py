"""The back office: the Wagtail admin's screens for courses, one module per area, and the Django
admin's read-only listings. Menus and URLs are registered only in ``courses/wagtail_hooks.py``.

Django's admin finds ``courses.admin`` by name, so importing the package registers the Django
admin classes."""

from courses.admin import django_admin  # noqa: F401
