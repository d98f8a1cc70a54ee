from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.blocks import BaseStreamBlock
from cms.panels import CheckedInlinePanel, CheckedPageChooserPanel
from cms.routing import RoutesByKind
from cms.translation import FallsBackToEnglish, TranslatedPage, translation_fields


class HomePage(TranslatedPage, FallsBackToEnglish, RoutesByKind, Page):
    heading = models.CharField(_("heading"), max_length=120)
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("heading"),
        FieldPanel("intro"),
        CheckedInlinePanel("featured_courses", label=_("Featured courses"), max_num=6),
        FieldPanel("body"),
    ]

    search_fields = Page.search_fields + [index.SearchField("intro")]
    translatable_fields = translation_fields("heading", "intro", "body",
                                             kept=("featured_courses",))

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CourseIndexPage", "cms.StandardPage"]  # most visited first
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def featured(self) -> list[Page]:
        """The live courses chosen for the home page, in the editor's order, each in this
        page's language where it has been translated (or aliased), else in English."""
        keys = list(self.featured_courses.values_list("course__translation_key", flat=True))
        pages = {}
        for page in (Page.objects.live().public().filter(translation_key__in=keys)
                     .order_by("locale_id").specific()):
            if page.translation_key not in pages or page.locale_id == self.locale_id:
                pages[page.translation_key] = page
        return [pages[key] for key in keys if key in pages]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured"] = self.featured  # called only if the template makes the list
        return context


class HomePageFeaturedCourse(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_courses")
    course = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("course")
    )

    panels = [CheckedPageChooserPanel("course", page_type="courses.CoursePage")]


class StandardPage(TranslatedPage, FallsBackToEnglish, Page):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    translatable_fields = translation_fields("intro", "body")

    parent_page_types = ["cms.HomePage", "cms.StandardPage"]
    subpage_types = ["cms.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


@register_setting(icon="cog")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    """Who runs the site, how to reach them, and the main navigation."""

    organisation_name = models.CharField(_("organisation name"), max_length=120)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    postal_address = models.TextField(_("postal address"), blank=True)
    footer_text = models.TextField(_("footer text"), blank=True)
    footer_text_gd = models.TextField(_("footer text in Gàidhlig"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("contact_email"),
             FieldPanel("contact_phone"), FieldPanel("postal_address")],
            heading=_("Organisation"),
        ),
        MultiFieldPanel([FieldPanel("footer_text"), FieldPanel("footer_text_gd")],
                        heading=_("Footer")),
        CheckedInlinePanel("navigation_items", label=_("Main navigation"), max_num=7),
    ]

    class Meta:
        verbose_name = _("site settings")

    def localised_footer_text(self) -> tuple[str, str]:
        """The footer text in the active language where we have it, and the language it is in."""
        if get_language() == "gd" and self.footer_text_gd:
            return self.footer_text_gd, "gd"
        return self.footer_text, "en"


class NavigationItem(Orderable):
    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="navigation_items")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )
    label = models.CharField(
        _("label"), max_length=40, blank=True, help_text=_("Leave blank to use the page title.")
    )
    label_gd = models.CharField(_("label in Gàidhlig"), max_length=40, blank=True)

    panels = [FieldPanel("page"), FieldPanel("label"), FieldPanel("label_gd")]

    class Meta(Orderable.Meta):
        verbose_name = _("navigation item")

    def localised_label(self) -> tuple[str, str]:
        """The label in the active language where we have it, and the language it is in."""
        if get_language() == "gd" and self.label_gd:
            return self.label_gd, "gd"
        return self.label or self.page.title, "en"
