from django import template
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from accounts.gaelic import vocative

register = template.Library()


@register.simple_tag
def greeting(person) -> str:
    """The first line of a letter to ``person``: "Dear Mòrag," or, in Gaelic, "A Mhòrag, a
    charaid," with the name in the form used to address her; "A charaid," ("Dear friend,")
    when the Gaelic form of the name is uncertain, and "Hello," without a name."""
    name = person.get_short_name() if getattr(person, "full_name", "") else ""
    if not name:
        return _("Hello,")
    if get_language() == "gd":
        name = vocative(name)
        if name is None:
            return _("Dear friend,")
    return _("Dear %(name)s,") % {"name": name}
