"""The blocks a self-paced module is written in, for someone working through it alone: things to
read, watch or listen to, exercises with a private notes box, key points and a knowledge check.

Each block that takes time says how long it takes (``minutes``): a module's length, and a
course's, is the sum, so the hours a course awards can be checked against it."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from cms.blocks import RICH_TEXT_FEATURES

# The blocks that only make sense with a group in a room, and the one that only makes sense
# for someone working alone: a module's form refuses them in the wrong kind of course.
GROUP_ONLY_BLOCKS = {"activity": _("Timed activity"), "discussion": _("Question for the group")}
SELF_PACED_ONLY_BLOCKS = {"knowledge_check": _("Knowledge check")}


def _minutes() -> blocks.IntegerBlock:
    return blocks.IntegerBlock(label=_("About how many minutes it takes"), min_value=1,
                               max_value=180)


class TranscriptLineBlock(blocks.StructBlock):
    speaker = blocks.CharBlock(label=_("Who is speaking"), max_length=60)
    words = blocks.TextBlock(label=_("What they say"))

    class Meta:
        icon = "openquote"


class CaseStudyBlock(blocks.StructBlock):
    """A situation to read: a short account, a transcript of a conversation, or both."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    minutes = _minutes()
    situation = blocks.RichTextBlock(label=_("The situation"), required=False,
                                     features=RICH_TEXT_FEATURES)
    transcript = blocks.ListBlock(TranscriptLineBlock(), label=_("Transcript"), required=False,
                                  default=[])
    notice = blocks.TextBlock(label=_("What to notice"),
                              help_text=_("What the reader should look out for as they read."))

    class Meta:
        icon = "doc-full-inverse"
        template = "courses/blocks/case_study.html"
        description = _("A case study or a transcript to read, with what to notice.")
        preview_value = {
            "title": "A review at the surgery", "minutes": 5,
            "situation": "<p>Morag, 67, has COPD and comes for her yearly review.</p>",
            "transcript": [{"speaker": "Nurse", "words": "What matters most to you just now?"},
                           {"speaker": "Morag", "words": "Getting to my granddaughter's "
                                                        "wedding in May."}],
            "notice": "How the first question opens the conversation.",
        }

    def clean(self, value):
        value = super().clean(value)
        if not value.get("situation") and not value.get("transcript"):
            raise blocks.StructBlockValidationError(block_errors={"situation": ValidationError(
                _("Write the situation, or add the lines of a transcript, or both."))})
        return value


class TryThisBlock(blocks.StructBlock):
    """An exercise with a notes box whose contents only the learner sees."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    minutes = _minutes()
    instructions = blocks.RichTextBlock(label=_("What to do"), features=RICH_TEXT_FEATURES)
    notes_label = blocks.CharBlock(
        label=_("Label for the notes box"), max_length=120,
        help_text=_("For example “Your three questions”. Notes are private to the learner."))

    class Meta:
        icon = "edit"
        template = "courses/blocks/try_this.html"
        description = _("An exercise to try, with a private notes box.")
        preview_value = {"title": "Three open questions", "minutes": 10,
                         "instructions": "<p>Write three questions that start with what or how."
                                         "</p>",
                         "notes_label": "Your three questions"}


class ReflectionPromptBlock(blocks.StructBlock):
    """A question to think about, with a private notes box."""

    prompt = blocks.TextBlock(label=_("Question to reflect on"))
    minutes = _minutes()
    help = blocks.CharBlock(label=_("A hint"), required=False, max_length=300)

    class Meta:
        icon = "help"
        template = "courses/blocks/reflection_prompt.html"
        description = _("A question to think about, with a private notes box.")
        preview_value = {"prompt": "When did someone last surprise you with what they knew?",
                         "minutes": 5, "help": ""}


class MediaBlock(blocks.StructBlock):
    """Our own video or audio file, never an embed: a transcript always, captions for video."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    minutes = _minutes()
    kind = blocks.ChoiceBlock(label=_("Kind"), choices=[("video", _("Video")),
                                                         ("audio", _("Audio"))])
    file = DocumentChooserBlock(label=_("The file"),
                                help_text=_("MP4 or WebM for video; MP3, M4A or OGG for audio."))
    captions = DocumentChooserBlock(label=_("Captions file"), required=False,
                                    help_text=_("WebVTT. Needed for a video."))
    transcript = blocks.RichTextBlock(label=_("Transcript"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "media"
        template = "courses/blocks/media.html"
        description = _("Our own video or audio, with a transcript (and captions for video).")

    def clean(self, value):
        value = super().clean(value)
        if value.get("kind") == "video" and not value.get("captions"):
            raise blocks.StructBlockValidationError(block_errors={"captions": ValidationError(
                _("A video needs a captions file."))})
        return value


class KeyPointsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=80, default=_("Key points"))
    points = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Points"), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "courses/blocks/key_points.html"
        description = _("A short summary of what the module covered.")
        preview_value = {"heading": "Key points",
                         "points": ["Ask what matters to the person.", "Listen first."]}


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("This is the right answer"), required=False)
    feedback = blocks.TextBlock(
        label=_("Feedback"), help_text=_("Shown to someone who chose it: why it is right, or "
                                         "why not."))

    class Meta:
        icon = "radio-full"


class ChoiceQuestionBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Question"))
    options = blocks.ListBlock(OptionBlock(), label=_("Answers"), min_num=2, max_num=6)

    class Meta:
        icon = "list-ul"
        label = _("Multiple choice")

    def clean(self, value):
        value = super().clean(value)
        if sum(bool(option["correct"]) for option in value["options"]) != 1:
            raise blocks.StructBlockValidationError(block_errors={"options": ValidationError(
                _("Mark exactly one answer as the right one."))})
        return value


class TrueFalseQuestionBlock(blocks.StructBlock):
    statement = blocks.TextBlock(label=_("Statement"))
    is_true = blocks.BooleanBlock(label=_("The statement is true"), required=False)
    feedback_true = blocks.TextBlock(label=_("Feedback for someone who answers “true”"))
    feedback_false = blocks.TextBlock(label=_("Feedback for someone who answers “false”"))

    class Meta:
        icon = "tick"
        label = _("True or false")


class KnowledgeCheckBlock(blocks.StructBlock):
    """Questions with feedback on every answer. The module's pass mark decides a pass; the
    answers are checked on the server (``courses.services.learning``)."""

    introduction = blocks.TextBlock(label=_("Introduction"), required=False)
    questions = blocks.StreamBlock(
        [("choice", ChoiceQuestionBlock()), ("true_false", TrueFalseQuestionBlock())],
        label=_("Questions"), min_num=1, max_num=20)

    class Meta:
        icon = "tasks"
        template = "courses/blocks/knowledge_check.html"
        description = _("Questions to check understanding; the module's pass mark applies.")


def misplaced_blocks(body, *, self_paced: bool) -> dict[int, str]:
    """The blocks of a module's body (a StreamValue) that do not belong in its kind of course,
    by position, each with the reason in words."""
    if self_paced:
        wrong, message = GROUP_ONLY_BLOCKS, _(
            "“%(block)s” is for a group session. A self-paced course is taken alone: use “Try "
            "this”, a reflection or a case study instead.")
    else:
        wrong, message = SELF_PACED_ONLY_BLOCKS, _(
            "“%(block)s” is for self-paced courses, where each person's answers are kept.")
    return {index: message % {"block": wrong[block.block_type]}
            for index, block in enumerate(body) if block.block_type in wrong}
