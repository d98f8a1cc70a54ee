from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language

from accounts.i18n import url_in_language
from cms.models import SiteSettings

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
    site_settings = SiteSettings.for_request(request)
    path = request.path
    items = []
    for item in site_settings.navigation_items.select_related("page"):
        if not item.page.live:
            continue
        url = item.page.get_url(request=request)
        label, language = item.localised_label()
        is_current = path == url
        # the home page is everyone's ancestor, so only deeper pages mark a section
        in_section = not is_current and item.page.depth > 2 and path.startswith(url)
        items.append({"url": url, "label": label, "lang": language,
                      "current": is_current, "in_section": in_section})
    return {"items": items}


@register.simple_tag(takes_context=True)
def this_page_in(context, language: str) -> str:
    """The address of the page being shown, in ``language``."""
    return url_in_language(context["request"].get_full_path(), language)
