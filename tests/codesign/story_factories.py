"""Stories for tests, made the way people make them: through the services."""

import io

from django.core.files.base import ContentFile
from PIL import Image

from codesign.models import Story, StoryNaming, StoryUse
from codesign.services import stories
from codesign.services.story_photos import Photo, prepare_photo


def wording(title: str = "Finding my pace", text: str = "The course helped me plan my week.",
            *, course=None, language: str = "en", photo_alt: str = "") -> stories.Wording:
    return stories.Wording(title=title, text=text, language=language, photo_alt=photo_alt,
                           course=course)


def png_bytes(size=(64, 48), colour=(30, 120, 60)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


def photo(size=(64, 48)) -> Photo:
    return prepare_photo(ContentFile(png_bytes(size)))


def shared(author, *, course=None, with_photo: bool = False, **words) -> Story:
    """A story its writer has just sent."""
    return stories.share_story(
        author, wording(course=course, photo_alt="A walk by the loch" if with_photo else "",
                        **words), photo=photo() if with_photo else None)


def worded(story: Story, coordinator, **words) -> Story:
    """The coordinator's wording, sent back to the writer."""
    words.setdefault("title", story.title)
    words.setdefault("text", story.text + " It still does.")
    return stories.edit_story(story, wording(course=story.course, photo_alt=story.photo_alt,
                                             **words), by=coordinator)


def approved(story: Story, *, uses=(StoryUse.WEBSITE,),
             naming: str = StoryNaming.FIRST_NAME) -> Story:
    return stories.approve_story(story, by=story.author, wording_hash=story.wording_hash,
                                 naming=naming, uses=uses)


def published(author, coordinator, *, uses=(StoryUse.WEBSITE,), **kwargs) -> Story:
    """Shared, worded and approved for ``uses``."""
    return approved(worded(shared(author, **kwargs), coordinator), uses=uses)
