from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language
from wagtail.templatetags.wagtailcore_tags import pageurl

from accounts import roles
from accounts.i18n import url_in_language
from cms.bilingual import InLanguage
from cms.site_cache import furniture, shared_part_key
from cms.translation import locale_code, title_in

register = template.Library()

CONTENT_LANGUAGE = settings.LANGUAGE_CODE


@register.simple_tag(takes_context=True)
def content_lang(context, language: str = "") -> str:
    """` lang="en"` when content in ``language`` sits on a page in another language. Without
    a language: the language of the content being shown (``content_language``, set by a page
    around each of its parts), else English, the language everything is written in first."""
    language = getattr(language, "language", language) or context.get(
        "content_language", CONTENT_LANGUAGE)
    if (get_language() or CONTENT_LANGUAGE) == language:
        return ""
    return format_html(' lang="{}"', language)


@register.filter
def part_language(page, part: str) -> str:
    """The language of a field or body block (by id) of a page, or of the whole page."""
    if hasattr(page, "part_language"):
        return page.part_language(part)
    return locale_code(page.locale_id)


@register.filter
def here(page) -> InLanguage:
    """The title of a page in the language being used (its translation's), else in English;
    nothing for no page."""
    if page is None:
        return InLanguage("", get_language() or CONTENT_LANGUAGE)
    return title_in(page, get_language() or CONTENT_LANGUAGE)


@register.simple_tag(takes_context=True)
def local_pageurl(context, page) -> str:
    """The address of ``page`` in the language being used: the same slugs under ``/gd/``, as
    every translation keeps its English page's slug."""
    return url_in_language(pageurl(context, page), get_language() or CONTENT_LANGUAGE)


@register.simple_tag
def title_of(page) -> str:
    """A page's title in the language being used, marked ``lang="en"`` where it has none."""
    title = here(page)
    if title.language == (get_language() or CONTENT_LANGUAGE):
        return title
    return format_html('<span lang="{}">{}</span>', title.language, title)


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


@register.simple_tag
def ancestors_of(page) -> list:
    """The pages above ``page``, from the home page down (the tree's root is left out). Walks
    up through the parents Wagtail's routing has already loaded, so a page served the usual
    way costs no query for its breadcrumbs (``get_ancestors`` is always one)."""
    trail = []
    while page.depth > 2:
        page = page.get_parent()  # the one routing loaded, if it did
        trail.append(page)
    return trail[::-1]


@register.filter
def edits_pages(user) -> bool:
    """Whether to offer Wagtail's user bar: only people who can open the admin (coordinators).
    Asking Wagtail instead costs everyone else two permission queries on every page."""
    return roles.has_role(user, roles.COORDINATOR)


@register.simple_tag(takes_context=True)
def this_page_in(context, language: str) -> str:
    """The address of the page being shown, in ``language``."""
    return url_in_language(context["request"].get_full_path(), language)


@register.simple_tag(takes_context=True)
def language_alternates(context) -> str:
    """``<link rel="alternate" hreflang>`` for this page in each language, and English as the
    default, so that search engines offer each reader the page in their own language."""
    request = context.get("request")
    if request is None:
        return ""
    base, path = f"{request.scheme}://{request.get_host()}", request.get_full_path()
    links = [(code, url_in_language(path, code)) for code, _name in settings.LANGUAGES]
    links.append(("x-default", url_in_language(path, settings.LANGUAGE_CODE)))
    return format_html_join("\n    ", '<link rel="alternate" hreflang="{}" href="{}{}">',
                            ((code, base, url) for code, url in links))


@register.tag
def keep_shared(parser, token):
    """``{% keep_shared "course-modules" page.pk %}…{% endkeep_shared %}``: a part of a page
    that is the same for everyone who reads it in this language on this site (a course's module
    list, its co-designers), kept in the shared cache until anything shown on public pages
    changes, as whole pages are (``config.page_cache``). Unlike Django's ``{% cache %}``, it
    needs no timeout or generation from the template, and it never keeps a preview."""
    names = [parser.compile_filter(bit) for bit in token.split_contents()[1:]]
    nodelist = parser.parse(("endkeep_shared",))
    parser.delete_first_token()
    return KeepShared(nodelist, names)


class KeepShared(template.Node):
    def __init__(self, nodelist, names):
        self.nodelist, self.names = nodelist, names

    def render(self, context) -> str:
        request = context.get("request")
        key = request and shared_part_key(request, [str(name.resolve(context))
                                                    for name in self.names])
        if key is None:
            return self.nodelist.render(context)
        kept = cache.get(key)
        if kept is None:
            kept = self.nodelist.render(context)
            cache.set(key, kept, timeout=settings.PAGE_CACHE_SECONDS)
        return kept
