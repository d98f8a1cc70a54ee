"""The community app's back office, one module per area; ``community/wagtail_hooks.py``
registers them."""
