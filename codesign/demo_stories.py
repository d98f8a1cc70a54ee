"""Demo stories, both by the demo participant (``participant@example.org``) about Living Well:
one worded with the coordinator, approved and on the website (and in funder reports), with a
picture; the other worded by the coordinator and waiting for him to approve it. Made through
the services, as people would; safe to run again."""

import io

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw

from accounts.models import User
from cms.translation import originals
from codesign.models import Story, StoryNaming, StoryUse
from codesign.services.stories import Wording, approve_story, edit_story, share_story
from codesign.services.story_photos import Photo, prepare_photo
from courses.models import CoursePage

PUBLISHED_TITLE = "The week I stopped pushing through"
PUBLISHED_AS_WRITTEN = (
    "Before the course I did everything on my good days and then spent three days on the "
    "settee. In the pacing session we drew our week as a line of ups and downs, and mine "
    "looked like the Cuillin ridge.\n\n"
    "The trainer had been through the same. She did not tell us what to do, she told us what "
    "she did. I started splitting the garden into ten-minute jobs and stopping before I was "
    "done in. It felt daft at first.\n\n"
    "Three months on I have more steady days than bad ones. I still overdo it sometimes, but "
    "now I notice.")
PUBLISHED = (
    "Before the course I did everything on my good days, then spent the next three on the "
    "settee. In the pacing session we drew our week as a line of ups and downs. Mine looked "
    "like the Cuillin ridge.\n\n"
    "The trainer had lived with the same. She did not tell us what to do; she told us what she "
    "did. I started splitting the garden into ten-minute jobs and stopping before I was worn "
    "out. It felt daft at first.\n\n"
    "Three months on, I have more steady days than bad ones. I still overdo it sometimes, but "
    "now I notice.")
WAITING_TITLE = "Walking to the harbour again"
WAITING_AS_WRITTEN = (
    "My neighbour Iain used to drive me to the shop because I could not manage the hill. "
    "After the action plans I set myself walking to the end of the road three times a week, "
    "and I wrote down how sure I was each time. Last week I walked to the harbour and back.")
WAITING = (
    "After the course I made an action plan: walk to the end of the road three times a week, "
    "and write down how sure I felt each time. The hill used to beat me. Last week I walked "
    "to the harbour and back.")
NOTE = ("I took out your neighbour's name, as he has not agreed to be in it, and moved the "
        "hill to the end. Is this still how you would put it?")
PICTURE_ALT = "A drawing of green hills under an orange evening sky"


def seed_stories(people: dict[str, User]) -> None:
    writer, coordinator = people["participant"], people["coordinator"]
    course = originals(CoursePage.objects.filter(slug="living-well")).first()
    if not Story.objects.filter(author=writer, title=PUBLISHED_TITLE).exists():
        story = share_story(writer, Wording(PUBLISHED_TITLE, PUBLISHED_AS_WRITTEN, "en",
                                            PICTURE_ALT, course), photo=_picture())
        story = edit_story(story, Wording(PUBLISHED_TITLE, PUBLISHED, "en", PICTURE_ALT, course),
                           by=coordinator, note_to_writer="A few small changes to the wording.")
        approve_story(story, by=writer, wording_hash=story.wording_hash,
                      naming=StoryNaming.FIRST_NAME,
                      uses={StoryUse.WEBSITE, StoryUse.FUNDER_REPORTS})
    if not Story.objects.filter(author=writer, title=WAITING_TITLE).exists():
        story = share_story(writer, Wording(WAITING_TITLE, WAITING_AS_WRITTEN, "en",
                                            course=course))
        edit_story(story, Wording(WAITING_TITLE, WAITING, "en", course=course), by=coordinator,
                   note_to_writer=NOTE)


def _picture() -> Photo:
    """Hills at dusk, drawn here rather than shipped as a file."""
    image = Image.new("RGB", (960, 540), (240, 170, 90))
    draw = ImageDraw.Draw(image)
    draw.ellipse((600, 260, 720, 380), fill=(252, 220, 140))
    draw.polygon([(0, 420), (180, 300), (360, 380), (560, 260), (760, 360), (960, 300),
                  (960, 540), (0, 540)], fill=(70, 120, 70))
    draw.polygon([(0, 480), (240, 400), (520, 470), (800, 410), (960, 460), (960, 540),
                  (0, 540)], fill=(40, 90, 50))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return prepare_photo(ContentFile(buffer.getvalue()))
