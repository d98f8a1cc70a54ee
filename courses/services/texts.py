"""Sending text messages (SMS), through a backend chosen in settings.

``console`` (for ``make run`` and tests that need no network) writes each text to the log;
``notify`` sends through GOV.UK Notify with its maintained client
(``notifications-python-client``). We chose Notify because the programme is delivered with the
NHS and local authorities, whose services Notify is for; it needs no phone number of our own,
keeps a delivery log and has a free yearly allowance. It sends every text through one template
whose whole content is ``((body))``. Any other provider is one more class with a ``send``.

A text is at most two SMS segments. GSM-7 (160 characters, 153 a segment when split) has à, è,
ì, ò and ù, so Gaelic fits it once typographic quotes are made plain; anything else makes the
text UCS-2 (70, or 67 a segment), which ``segments`` counts too.
"""

import logging
import re

from django.conf import settings
from notifications_python_client import NotificationsAPIClient
from notifications_python_client.errors import HTTPError
from requests import RequestException

logger = logging.getLogger(__name__)

MAX_SEGMENTS = 2
GSM_7 = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
GSM_7_EXTENDED = set("^{}\\[~]|€")  # two characters each
PLAIN = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...",
                       "\u00a0": " "})


class TextNotSent(Exception):
    """The provider did not take the text (its answer, or no answer): try again later."""


def tidy(body: str) -> str:
    """A text as it is sent: plain quotes and dashes, single spaces, no blank lines."""
    body = body.translate(PLAIN)
    return "\n".join(re.sub(r"[ \t]+", " ", line).strip()
                     for line in body.strip().splitlines() if line.strip())


def segments(body: str) -> int:
    """How many SMS segments ``body`` takes."""
    if set(body) <= GSM_7 | GSM_7_EXTENDED:
        length = len(body) + sum(1 for char in body if char in GSM_7_EXTENDED)
        return 1 if length <= 160 else -(-length // 153)
    return 1 if len(body) <= 70 else -(-len(body) // 67)


def send(to: str, body: str, *, reference: str) -> None:
    """Send ``body`` to the number ``to`` (E.164). Raises TextNotSent when it did not go."""
    if segments(body) > MAX_SEGMENTS:
        raise ValueError(f"A text of {segments(body)} segments is too long to send.")
    BACKENDS[settings.SMS_BACKEND]().send(to, body, reference=reference)


class ConsoleBackend:
    def send(self, to: str, body: str, *, reference: str) -> None:
        logger.info("Text %s to %s:\n%s", reference, to, body)


class NotifyBackend:
    def send(self, to: str, body: str, *, reference: str) -> None:
        client = NotificationsAPIClient(settings.SMS_NOTIFY_API_KEY,
                                        base_url=settings.SMS_NOTIFY_BASE_URL,
                                        timeout=settings.SMS_TIMEOUT_SECONDS)
        try:
            client.send_sms_notification(to, settings.SMS_NOTIFY_TEMPLATE_ID,
                                         personalisation={"body": body}, reference=reference)
        except (HTTPError, RequestException) as error:
            raise TextNotSent(str(error)) from error


BACKENDS = {"console": ConsoleBackend, "notify": NotifyBackend}
