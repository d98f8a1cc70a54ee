"""Sections that parts of the community app add to the networkers' page (/community/networker/),
each built from ``(request, areas)`` (the areas the person keeps) and returning its template's
context or None: ``SECTIONS.register(name, build, template)``.

The place for peer support groups' numbers in a networker's areas, once groups exist.
"""

from courses.dashboard import Panels

SECTIONS = Panels()
