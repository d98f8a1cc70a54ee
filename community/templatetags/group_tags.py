from django import template

from community.services.groups import describe

register = template.Library()


@register.filter
def group_pattern(group) -> str:
    """When a peer support group meets, in a few words: "Every Tuesday, 10:00–11:30"."""
    return describe(group)
