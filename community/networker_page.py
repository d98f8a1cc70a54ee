"""Sections that parts of the community app add to the networkers' page (/community/networker/),
each built from ``(request, areas)`` (the areas the person keeps) and returning its template's
context or None: ``SECTIONS.register(name, build, template)``.

Peer support groups add their figures for the networker's areas (``community.group_panels``).
"""

from courses.dashboard import Panels

SECTIONS = Panels()
