from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language

from accounts import roles
from accounts.i18n import url_in_language
from cms.site_cache import furniture

register = template.Library()

CONTENT_LANGUAGE = settings.LANGUAGE_CODE


@register.simple_tag
def content_lang(language: str = CONTENT_LANGUAGE) -> str:
    """` lang="en"` when content in ``language`` sits on a page in another language."""
    if (get_language() or CONTENT_LANGUAGE) == language:
        return ""
    return format_html(' lang="{}"', language)


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context) -> dict:
    """The main menu from site settings, with the current section marked."""
    request = context["request"]
    menu = getattr(request, "site_furniture", None) or furniture(request)
    path = request.path
    items = []
    for item in menu.menu:
        is_current = path == item.url
        # the home page is everyone's ancestor, so only deeper pages mark a section
        in_section = not is_current and item.depth > 2 and path.startswith(item.url)
        items.append({"url": item.url, "label": item.label, "lang": item.language,
                      "current": is_current, "in_section": in_section})
    return {"items": items}


@register.filter
def edits_pages(user) -> bool:
    """Whether to offer Wagtail's user bar: only people who can open the admin (coordinators).
    Asking Wagtail instead costs everyone else two permission queries on every page."""
    return roles.has_role(user, roles.COORDINATOR)


@register.simple_tag(takes_context=True)
def this_page_in(context, language: str) -> str:
    """The address of the page being shown, in ``language``."""
    return url_in_language(context["request"].get_full_path(), language)
