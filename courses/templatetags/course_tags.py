from django import template
from django.utils.translation import gettext, ngettext

register = template.Library()


@register.filter
def duration(minutes: int | None) -> str:
    """Minutes in words people read at a glance: "45 minutes", "2 hours 30 minutes"."""
    if not minutes:
        return ""
    hours, rest = divmod(int(minutes), 60)
    parts = []
    if hours:
        parts.append(ngettext("%(n)d hour", "%(n)d hours", hours) % {"n": hours})
    if rest:
        parts.append(ngettext("%(n)d minute", "%(n)d minutes", rest) % {"n": rest})
    return " ".join(parts)


@register.filter
def clock(minutes: int) -> str:
    """Minutes from the start of a session as h:mm, for a plan's timings."""
    hours, rest = divmod(int(minutes), 60)
    return f"{hours}:{rest:02d}"


@register.simple_tag
def course_length(course) -> str:
    """ "6 sessions of 2 hours 30 minutes" for a group course."""
    sessions = ngettext("%(n)d session", "%(n)d sessions", course.session_count) % {
        "n": course.session_count
    }
    if not course.session_minutes:
        return sessions
    return gettext("%(sessions)s of %(length)s") % {
        "sessions": sessions, "length": duration(course.session_minutes)
    }


@register.simple_tag
def may_use_trainer_pages(user) -> bool:
    from courses.services.access import may_use_trainer_pages as allowed

    return allowed(user)
