"""Doing a form's work once, however often it is sent.

A form that creates something carries a random key (``OnceOnlyFormMixin``), and its view does
the work inside ``once(submission)``: the key is written in the same transaction as the work,
under a unique constraint, so a second sending, even at the very same moment, waits for the
first and then finds the key taken (``AlreadyDone``), while a first attempt that failed (and
rolled back) leaves no key behind.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.models import FormSubmission, User

KEPT_FOR = timedelta(days=1)


class AlreadyDone(Exception):
    """This form was sent before and its work is done: answer as the first sending did."""


@dataclass(frozen=True)
class Submission:
    """One sending of a form: who sent it and the key it carried (empty: no key)."""

    user: User
    key: str

    def claim(self) -> None:
        """Raises AlreadyDone when this key was claimed before."""
        if not self.key:
            return
        try:
            with transaction.atomic():
                FormSubmission.objects.create(user=self.user, key=self.key)
        except IntegrityError:
            raise AlreadyDone from None


@contextmanager
def once(submission: Submission) -> Iterator[None]:
    """Do the block's work in one transaction with the claim on the form's key."""
    with transaction.atomic():
        submission.claim()
        yield


def was_sent(key: str) -> bool:
    return bool(key) and FormSubmission.objects.filter(key=key).exists()


def forget_old(*, now: datetime | None = None) -> int:
    """Keys older than a day have done their job. Returns how many were deleted."""
    cutoff = (now or timezone.now()) - KEPT_FOR
    return FormSubmission.objects.filter(created_at__lt=cutoff).delete()[0]
