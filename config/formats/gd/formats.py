"""As for English (see ``config.formats.en``), with Gaelic month names from the translations:
the 24-hour clock rather than Django's 10:00m."""

from config.formats.en.formats import *  # noqa: F403
