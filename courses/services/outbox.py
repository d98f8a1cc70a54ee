"""The outbox: every message owed is a row, written in the transaction that owes it, to go by
the way the person prefers (e-mail, text, a call or a letter: ``channel_for``). E-mails and
texts are sent by a worker, as below; calls and letters wait on a coordinator's list
(``courses.services.letters``).

After commit the rows are handed to a worker to send straight away, and a periodic sweep sends
whatever is still owed. Handing over is best effort and cheap: within a request or a task
(``batch``) every e-mail owed goes to the broker in one message at the end, with one quick try;
if the broker is down, nothing more is tried for a little while and the sweep sends the rest.
So a broker outage never fails, nor slows, the change that owes the e-mails. Sending first
claims the row with a conditional UPDATE, so a retry, a duplicate task or the sweep running
alongside never sends one message twice.
"""

import logging
import threading
import time
from contextlib import contextmanager
from datetime import timedelta
from functools import partial
from smtplib import SMTPException

from celery import current_app
from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from kombu.exceptions import OperationalError

from accounts.models import User
from courses.models import OutboxMessage
from courses.models.outbox import SENT_BY_WORKER
from courses.services import texts
from courses.services.emails import Text, build_message

logger = logging.getLogger(__name__)

TRANSIENT_ERRORS = (SMTPException, OSError, texts.TextNotSent)
SEND_TASK = "courses.tasks.send_email_task"  # by name: the tasks module imports this one


def owe_email(kind: str, recipient: User, *, key: str, channel: str | None = None,
              **context) -> bool:
    """Record that ``recipient`` is owed an e-mail of ``kind``; it is sent after commit.

    ``key`` names the occasion (for example ``reminder:<session>:<enrolment>:<start>``): owing
    the same key again records nothing. Returns True when the e-mail is newly owed.
    It goes the way the recipient prefers unless ``channel`` says otherwise: a login set-up
    link only goes by text; a kind that goes to someone without an account on the recipient's
    behalf (a referrer told an outcome) goes their way.
    """
    message, created = OutboxMessage.objects.get_or_create(key=key, defaults={
        "kind": kind, "recipient": recipient, "context": context,
        "channel": channel_for(recipient) if channel is None else channel,
    })
    if created:
        transaction.on_commit(partial(_after_commit, message.pk))
    return created


def owe_emails(kind: str, owed: list[tuple[User, str, dict]]) -> None:
    """``owe_email`` for many (recipient, key, context) at once, in two queries and no
    savepoint: keys already owed are skipped by the database. Every one still unsent is handed
    to the worker after commit; sending claims each row, so handing one twice sends it once."""
    if not owed:
        return
    OutboxMessage.objects.bulk_create(
        [OutboxMessage(kind=kind, recipient=recipient, key=key, context=context,
                       channel=channel_for(recipient))
         for recipient, key, context in owed], ignore_conflicts=True)
    unsent = OutboxMessage.objects.unsent().filter(key__in=[key for _, key, _ in owed])
    for message_id in unsent.values_list("pk", flat=True):
        transaction.on_commit(partial(_after_commit, message_id))


def channel_for(recipient: User) -> str:
    """How a message reaches them: the first way they prefer that we can use; "" for none."""
    return next(iter(recipient.reachable_by()), "")


# --- handing over to the worker ----------------------------------------------------------------

class _Batch(threading.local):
    depth = 0
    ids: list[int]


_batch = _Batch()
_broker_down_until: dict[str, float] = {}  # by broker address
BROKER_REST = 15.0  # seconds without trying a broker again after it failed once


def begin_batch() -> None:
    """From now until ``end_batch``, e-mails owed and committed wait to be handed over
    together. Nests: only the outermost end hands them over."""
    if _batch.depth == 0:
        _batch.ids = []
    _batch.depth += 1


def end_batch() -> None:
    _batch.depth -= 1
    if _batch.depth == 0 and _batch.ids:
        ids, _batch.ids = _batch.ids, []
        _hand_to_worker(ids)


@contextmanager
def batch():
    begin_batch()
    try:
        yield
    finally:
        end_batch()


def _after_commit(message_id: int) -> None:
    if _batch.depth:
        _batch.ids.append(message_id)
    else:
        _hand_to_worker([message_id])


def _hand_to_worker(message_ids: list[int]) -> None:
    """One message to the broker, one quick try (see CELERY_BROKER_TRANSPORT_OPTIONS)."""
    broker = current_app.conf.broker_url
    if time.monotonic() < _broker_down_until.get(broker, 0.0):
        return  # it failed a moment ago: the sweep will send these
    try:
        current_app.tasks[SEND_TASK].apply_async((message_ids,), retry=False)
    except (OperationalError, OSError):  # the broker is down or slow
        _broker_down_until[broker] = time.monotonic() + BROKER_REST
        logger.warning("Could not hand %s e-mail(s) to the worker; the periodic sweep will "
                       "send them.", len(message_ids))
    except Exception:  # run in-process (no broker) and failed: never fail the change for it
        logger.exception("Sending e-mails %s failed; the periodic sweep will try again.",
                         message_ids)


def _claimable(now):
    return OutboxMessage.objects.unsent().filter(channel__in=SENT_BY_WORKER).filter(
        # A claim older than this belongs to a worker that died mid-send: try the row again.
        Q(claimed_at__isnull=True)
        | Q(claimed_at__lt=now - timedelta(seconds=settings.OUTBOX_CLAIM_SECONDS)),
        Q(not_before__isnull=True) | Q(not_before__lte=now),
    )


def send_outbox_message(message_id: int) -> bool:
    """Send one owed e-mail if nobody else is sending it. Returns True when this call sent it."""
    now = timezone.now()
    if not _claimable(now).filter(pk=message_id).update(claimed_at=now,
                                                        attempts=F("attempts") + 1):
        return False
    message = OutboxMessage.objects.select_related("recipient").get(pk=message_id)
    try:
        built = build_message(message)
        if isinstance(built, Text):
            texts.send(built.to, built.body, reference=str(message.pk))
        elif built is not None:
            # Which owed e-mail this is: a receiving system (or our load test) can tell a resend
            # of the same message from a new one.
            built.extra_headers["X-Outbox-Message"] = str(message.pk)
            built.send()
    except Exception as error:  # SMTP or SMS trouble, or a bug: retry later and tell staff
        _record_failure(message, error)
        return False
    OutboxMessage.objects.filter(pk=message_id).update(
        sent_at=timezone.now(), skipped=built is None, last_error="",
    )
    return built is not None


def _record_failure(message: OutboxMessage, error: Exception) -> None:
    """Release the claim and try again later, backing off; give up after too many attempts."""
    now = timezone.now()
    gave_up = message.attempts >= settings.OUTBOX_MAX_ATTEMPTS
    OutboxMessage.objects.filter(pk=message.pk).update(
        claimed_at=None,
        last_error=f"{type(error).__name__}: {error}"[:1000],
        not_before=now + timedelta(minutes=2 ** min(message.attempts, 10)),
        failed_at=now if gave_up else None,
    )
    log = logger.warning if isinstance(error, TRANSIENT_ERRORS) else logger.exception
    log("E-mail %s failed (attempt %s): %s", message.pk, message.attempts, error)


def send_outbox_messages(message_ids: list[int]) -> int:
    """Send each owed e-mail that nobody else is sending. Returns how many this call sent."""
    return sum(send_outbox_message(message_id) for message_id in message_ids)


def sweep_outbox(*, limit: int = 200) -> int:
    """Send up to ``limit`` owed e-mails, oldest first. Returns how many were sent."""
    ids = list(_claimable(timezone.now()).order_by("created_at").values_list("pk", flat=True)
               [:limit])
    return send_outbox_messages(ids)
