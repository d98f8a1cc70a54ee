"""The blocks a module's plan is written in."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from cms.blocks import RICH_TEXT_FEATURES
from courses.learning_blocks import (
    CaseStudyBlock,
    KeyPointsBlock,
    KnowledgeCheckBlock,
    MediaBlock,
    ReflectionPromptBlock,
    TryThisBlock,
)

# Templates rendering a module set this to True only for people allowed to see trainer notes.
SHOW_TRAINER_NOTES = "show_trainer_notes"


class ActivityBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    minutes = blocks.IntegerBlock(label=_("Minutes"), min_value=1, max_value=240)
    instructions = blocks.RichTextBlock(label=_("What happens"), features=RICH_TEXT_FEATURES)
    materials = blocks.CharBlock(label=_("You will need"), required=False, max_length=200)

    class Meta:
        icon = "time"
        template = "courses/blocks/activity.html"
        description = _("A timed part of the session. The minutes add up to the module's plan.")
        preview_value = {
            "title": "Round of introductions", "minutes": 15,
            "instructions": "<p>Everyone says their name and one thing they enjoy.</p>",
            "materials": "Name badges",
        }


class DiscussionPromptBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Question"))
    follow_ups = blocks.ListBlock(
        blocks.CharBlock(max_length=200), label=_("Follow-up questions"), required=False,
        default=[],
    )

    class Meta:
        icon = "openquote"
        template = "courses/blocks/discussion_prompt.html"
        description = _("A question for the group to talk about.")
        preview_value = {"question": "What helps you on a bad day?", "follow_ups": []}


class FactsheetBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Factsheet"))
    summary = blocks.CharBlock(label=_("What it covers"), required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        template = "courses/blocks/factsheet.html"
        description = _("A factsheet people can download and keep.")


class VideoBlock(blocks.StructBlock):
    """A video shown as a link card (with a transcript) or as our own file (with captions).

    No third-party embed: an embed would make every participant's browser call another site.
    """

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    link = blocks.URLBlock(
        label=_("Link to the video"), required=False,
        help_text=_("Where the video can be watched, for example on a video site."),
    )
    file = DocumentChooserBlock(
        label=_("Or our own video file"), required=False, help_text=_("MP4 or WebM.")
    )
    captions = DocumentChooserBlock(
        label=_("Captions file"), required=False, help_text=_("WebVTT, needed with a video file.")
    )
    transcript = blocks.RichTextBlock(
        label=_("Transcript"), required=False, features=RICH_TEXT_FEATURES,
        help_text=_("Needed with a link."),
    )

    class Meta:
        icon = "media"
        template = "courses/blocks/video.html"
        description = _("A video, always with a transcript or captions.")

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if bool(value.get("link")) == bool(value.get("file")):
            errors["link"] = ValidationError(_("Give a link or choose a video file."))
        elif value.get("link") and not value.get("transcript"):
            errors["transcript"] = ValidationError(_("A linked video needs a transcript."))
        elif value.get("file") and not value.get("captions"):
            errors["captions"] = ValidationError(_("A video file needs a captions file."))
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value


class TrainerNotesBlock(blocks.StructBlock):
    """Notes for the people delivering the module; never rendered for anyone else."""

    notes = blocks.RichTextBlock(label=_("Notes for trainers"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "lock"
        template = "courses/blocks/trainer_notes.html"
        description = _("Only peer trainers and coordinators see these notes.")
        preview_value = {"notes": "<p>Have tissues to hand; this part can bring up feelings.</p>"}

    def render(self, value, context=None):
        # Fail closed: without an explicit yes from the page, render nothing at all.
        if not (context and context.get(SHOW_TRAINER_NOTES)):
            return ""
        return super().render(value, context)

    def get_preview_context(self, value, parent_context=None):
        context = super().get_preview_context(value, parent_context)
        context[SHOW_TRAINER_NOTES] = True
        return context


class ModuleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragraphs"), features=RICH_TEXT_FEATURES, icon="pilcrow",
        template="cms/blocks/paragraph.html",
    )
    activity = ActivityBlock()
    discussion = DiscussionPromptBlock()
    factsheet = FactsheetBlock()
    video = VideoBlock()
    trainer_notes = TrainerNotesBlock()
    # For self-paced modules (``courses.learning_blocks``)
    case_study = CaseStudyBlock()
    try_this = TryThisBlock()
    reflection = ReflectionPromptBlock()
    media = MediaBlock()
    key_points = KeyPointsBlock()
    knowledge_check = KnowledgeCheckBlock()

    class Meta:
        block_counts = {"knowledge_check": {"max_num": 1}}
