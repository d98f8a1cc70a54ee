"""Content blocks shared by every page type. Each block is small and renders its own template."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"), choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "cms/blocks/heading.html"
        description = _("A heading that starts a new section of the page.")
        preview_value = {"text": "What to expect on the day", "level": "h2"}


class InsetTextBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Text"))

    class Meta:
        icon = "warning"
        template = "cms/blocks/inset_text.html"
        description = _("A short piece of text set apart, for something people must not miss.")
        preview_value = {"text": "Sessions are free. Carers are welcome to come along."}


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Button text"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or a web address"), required=False)

    class Meta:
        icon = "link"
        template = "cms/blocks/call_to_action.html"
        description = _("A prominent link to the next step.")
        preview_value = {"text": "Find a course near you", "url": "/courses/"}

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choose a page or give a web address."))}
            )
        return value


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(label=_("What it is"), required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        template = "cms/blocks/document_link.html"
        description = _("A link to a document, with its type and size.")


class StoryBlock(blocks.StructBlock):
    """A story someone shared, chosen from the co-design app's stories by name (``cms`` imports
    no app of ours). It shows only while its writer agrees to it being on this website, so a
    page never has to be edited when they change their mind."""

    story = SnippetChooserBlock("codesign.Story", label=_("Story"))

    class Meta:
        icon = "openquote"
        template = "cms/blocks/story.html"
        description = _("A story someone shared, shown only while they agree to it being on "
                        "this website.")


class BaseStreamBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragraphs"), features=RICH_TEXT_FEATURES, icon="pilcrow",
        template="cms/blocks/paragraph.html",
    )
    heading = HeadingBlock()
    inset_text = InsetTextBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
    story = StoryBlock()
