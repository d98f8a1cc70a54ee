import pytest
from wagtail.blocks import StructBlockValidationError

from cms.blocks import CallToActionBlock
from courses.blocks import VideoBlock

pytestmark = pytest.mark.django_db


def _clean(block, **value):
    return block.clean(block.to_python(value))


def test_a_linked_video_needs_a_transcript():
    with pytest.raises(StructBlockValidationError) as error:
        _clean(VideoBlock(), title="Pacing", link="https://video.example/pacing")
    assert "transcript" in error.value.block_errors


def test_a_video_needs_a_link_or_a_file_but_not_both():
    with pytest.raises(StructBlockValidationError) as error:
        _clean(VideoBlock(), title="Pacing", transcript="<p>Words</p>")
    assert "link" in error.value.block_errors


def test_a_linked_video_with_a_transcript_is_fine():
    value = _clean(VideoBlock(), title="Pacing", link="https://video.example/pacing",
                   transcript="<p>Words</p>")
    assert value["link"] == "https://video.example/pacing"


def test_a_call_to_action_needs_exactly_one_destination():
    with pytest.raises(StructBlockValidationError):
        _clean(CallToActionBlock(), text="Go")
    assert _clean(CallToActionBlock(), text="Go", url="https://example.org/")["url"]
