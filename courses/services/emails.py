"""One function per kind of message, each building it from an outbox row for the row's
channel: an e-mail (text and HTML), a text message, what to say on a call, or a letter.

Each builder re-reads the current state and returns None when the message no longer applies (a
reminder for a session the person has since left), so a late send never tells anyone something
untrue. Messages are written in the recipient's language.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import Context
from django.template.loader import get_template, render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from accounts.models import ContactChannel
from accounts.services.profile import login_setup_path, set_password_path
from cms.models import SiteSettings
from courses.models import (
    ON_RUN_STATUSES,
    VIEW_CONCERN,
    Certificate,
    Concern,
    CourseRun,
    DemandRequest,
    EndReason,
    Enrolment,
    EnrolmentStatus,
    OutboxMessage,
    Referral,
    ReferralStatus,
    Session,
)
from courses.services import calendar, texts
from courses.services.certificate_pdf import pdf_bytes, verification_url
from trainers.models import ExpenseClaim, ExpenseStatus, TrainerProfile


@dataclass(frozen=True)
class Text:
    """A text message to send: short, in the person's language, with no health information
    (no course titles: only dates, places and a link)."""

    to: str
    body: str


@dataclass(frozen=True)
class Paper:
    """What a coordinator says on a call (the text's words) or prints in a letter (the
    e-mail's)."""

    subject: str
    body: str


Message = EmailMultiAlternatives | Text | Paper
Builder = Callable[[OutboxMessage], Message | None]


def build_message(message: OutboxMessage) -> Message | None:
    """The message owed, for its channel, or None when there is none to send (nothing left to
    say, or no way to reach the person)."""
    if not message.channel:
        return None
    with translation.override(message.recipient.preferred_language):
        return BUILDERS[message.kind](message)


def absolute_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def compose(kind: str, message: OutboxMessage, context: dict, *,
            app: str = "courses") -> Message:
    """For the builders of other apps (``register_builder``): the message of ``kind`` for
    ``message``'s channel, from ``app``'s templates (``<app>/emails/<kind>.txt``, ``.html``,
    ``_subject.txt`` and ``<app>/texts/<kind>.txt``)."""
    return _compose(kind, message, context, app=app)


def _compose(kind: str, message: OutboxMessage, context: dict, *,
             app: str = "courses") -> Message:
    """The message of ``kind`` for ``message``'s channel, from the same context."""
    channel = message.channel
    spoken = channel in (ContactChannel.TEXT, ContactChannel.PHONE)  # the short wording
    context = {"recipient": message.recipient, "site_name": settings.WAGTAIL_SITE_NAME,
               "my_url": absolute_url(reverse("courses:my")),
               "set_password_url": (_set_password_url(message.recipient)
                                    if channel == ContactChannel.EMAIL else ""),
               "on_paper": channel == ContactChannel.LETTER,
               "contact_phone": _contact_phone() if spoken else "", **context}
    if channel == ContactChannel.TEXT:
        return Text(str(message.recipient.phone), texts.tidy(
            render_text(f"{app}/texts/{kind}.txt", context)))
    subject = " ".join(render_text(f"{app}/emails/{kind}_subject.txt", context).split())
    if channel == ContactChannel.PHONE:
        return Paper(subject, render_text(f"{app}/texts/{kind}.txt", context).strip())
    if channel == ContactChannel.LETTER:
        return Paper(subject, render_text(f"{app}/emails/{kind}.txt", context).strip())
    email = EmailMultiAlternatives(
        subject=subject, body=render_text(f"{app}/emails/{kind}.txt", context),
        to=[message.recipient.email],
    )
    email.attach_alternative(render_to_string(f"{app}/emails/{kind}.html", context),
                             "text/html")
    return email


def _attach(message: Message, name: str, content, mimetype: str) -> Message:
    """Attach a file to an e-mail; a text, a call or a letter goes without."""
    if isinstance(message, EmailMultiAlternatives):
        message.attach(name, content, mimetype)
    return message


def _contact_phone() -> str:
    settings_row = SiteSettings.objects.only("contact_phone").first()
    return settings_row.contact_phone if settings_row else ""


def _set_password_url(recipient) -> str:
    """For someone added by a coordinator, who has no password yet: where to choose one."""
    if recipient.has_usable_password():
        return ""
    return absolute_url(set_password_path(recipient))


def render_text(template_name: str, context: dict) -> str:
    """A plain-text part or subject: nothing in it is HTML, so nothing is escaped (an O'Neill
    stays O'Neill, not O&#x27;Neill)."""
    return get_template(template_name).template.render(Context(context, autoescape=False))


def _enrolment(message: OutboxMessage, *statuses: str) -> Enrolment | None:
    return (
        Enrolment.objects.with_waitlist_position()
        .select_related("run__course", "run__venue__area")
        .filter(pk=message.context.get("enrolment"), user=message.recipient, status__in=statuses)
        .first()
    )


def _run_context(enrolment: Enrolment) -> dict:
    run = enrolment.run
    return {
        "enrolment": enrolment,
        "run": run,
        "course": run.course,
        "venue": run.venue,
        "sessions": list(run.sessions.select_related("module")),
        "run_url": absolute_url(reverse("courses:run", args=[run.pk])),
    }


def enrolment_confirmed(message: OutboxMessage) -> Message | None:
    enrolment = _enrolment(message, EnrolmentStatus.CONFIRMED)
    if enrolment is None:
        return None
    context = _run_context(enrolment)
    return _attach(compose("enrolment_confirmed", message, context), "course.ics",
                   calendar.sessions_calendar(context["sessions"]), "text/calendar; charset=utf-8")


def waitlisted(message: OutboxMessage) -> Message | None:
    enrolment = _enrolment(message, EnrolmentStatus.WAITLISTED)
    if enrolment is None:
        return None
    return compose("waitlisted", message, _run_context(enrolment))


def place_offered(message: OutboxMessage) -> Message | None:
    enrolment = _enrolment(message, EnrolmentStatus.OFFERED)
    if enrolment is None or enrolment.offer_expires_at <= timezone.now():
        return None
    return compose("place_offered", message, _run_context(enrolment))


def offer_expired(message: OutboxMessage) -> Message | None:
    enrolment = _enrolment(message, EnrolmentStatus.WITHDRAWN)
    if enrolment is None or enrolment.end_reason != EndReason.OFFER_EXPIRED:
        return None
    return compose("offer_expired", message, _run_context(enrolment))


def session_moved(message: OutboxMessage) -> Message | None:
    enrolment = _enrolment(message, EnrolmentStatus.CONFIRMED, EnrolmentStatus.OFFERED)
    session = Session.objects.filter(pk=message.context.get("session")).first()
    if enrolment is None or session is None or session.run_id != enrolment.run_id:
        return None
    context = _run_context(enrolment) | {
        "session": session,
        "old_starts_at": datetime.fromisoformat(message.context["old_starts_at"]),
    }
    return _attach(compose("session_moved", message, context), "session.ics",
                   calendar.sessions_calendar([session]), "text/calendar; charset=utf-8")


def run_changed(message: OutboxMessage) -> Message | None:
    enrolment = _enrolment(message, *ON_RUN_STATUSES)
    if enrolment is None:
        return None
    return compose("run_changed", message, _run_context(enrolment)
                    | {"changed": message.context.get("changed", [])})


def run_cancelled(message: OutboxMessage) -> Message | None:
    enrolment = _enrolment(message, EnrolmentStatus.RUN_CANCELLED)
    if enrolment is None:
        return None
    return compose("run_cancelled", message, _run_context(enrolment))


def session_reminder(message: OutboxMessage) -> Message | None:
    enrolment = _enrolment(message, EnrolmentStatus.CONFIRMED)
    session = (Session.objects.select_related("module")
               .filter(pk=message.context.get("session"), starts_at__gt=timezone.now()).first())
    if enrolment is None or session is None or session.run_id != enrolment.run_id:
        return None
    return compose("session_reminder", message, _run_context(enrolment) | {"session": session})


def certificate_issued(message: OutboxMessage) -> Message | None:
    """The certificate, attached; not sent if it was revoked before the e-mail went."""
    certificate = Certificate.objects.valid().filter(
        pk=message.context.get("certificate"), user=message.recipient).first()
    if certificate is None:
        return None
    built = compose("certificate_issued", message, {
        "certificate": certificate,
        "certificate_url": absolute_url(reverse("courses:certificate", args=[certificate.code])),
        "verification_url": verification_url(certificate),
    })
    return _attach(built, f"certificate-{certificate.code}.pdf", pdf_bytes(certificate),
                   "application/pdf")


def retention_warning(message: OutboxMessage) -> Message | None:
    person = message.recipient
    if person.erased_at or person.retention_warned_at is None:
        return None  # they came back, or are already gone
    erase_on = datetime.fromisoformat(message.context["erase_on"]).date()
    return compose("retention_warning", message, {
        "erase_on": erase_on, "login_url": absolute_url(reverse("account_login")),
        "data_url": absolute_url(reverse("accounts:my_data"))})


def login_setup(message: OutboxMessage) -> Message | None:
    person = message.recipient
    if person.erased_at or person.has_usable_password():
        return None  # they have a login already
    return compose("login_setup", message, {
        "setup_url": absolute_url(login_setup_path(person))})


@dataclass(frozen=True)
class Addressee:
    """Someone written to who has no account (a referrer): enough for ``{% greeting %}``."""

    full_name: str

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0]


def referral_outcome(message: OutboxMessage) -> Message | None:
    """What became of a referral, to the referrer (who has no account), not to the row's
    recipient: the person referred, whom the row belongs to so that their data's export and
    erasure take it along. No course, no health information: only the date, our reference
    and the outcome. Not sent once the person's agreement to tell is gone."""
    referral = Referral.objects.filter(pk=message.context.get("referral"),
                                       person=message.recipient,
                                       consent_to_hear_back=True).first()
    if referral is None or message.channel not in (ContactChannel.EMAIL, ContactChannel.TEXT):
        return None
    with translation.override(referral.referrer_language):
        context = {"recipient": Addressee(referral.referrer_name), "referral": referral,
                   "outcome": message.context.get("outcome"), "statuses": ReferralStatus,
                   "site_name": settings.WAGTAIL_SITE_NAME, "contact_phone": _contact_phone()}
        if message.channel == ContactChannel.TEXT:
            return Text(referral.referrer_phone, texts.tidy(
                render_text("courses/texts/referral_outcome.txt", context)))
        email = EmailMultiAlternatives(
            subject=" ".join(render_text("courses/emails/referral_outcome_subject.txt",
                                         context).split()),
            body=render_text("courses/emails/referral_outcome.txt", context),
            to=[referral.referrer_email])
        email.attach_alternative(render_to_string("courses/emails/referral_outcome.html",
                                                  context), "text/html")
        return email


def course_nearby(message: OutboxMessage) -> Message | None:
    """A run has opened that fits what someone asked for. Not sent once they have enrolled or
    withdrawn the request, or once the run is no longer taking people. It names no course:
    the run's page does, for whoever follows the link."""
    demand = DemandRequest.objects.active().filter(
        pk=message.context.get("demand"), person=message.recipient).first()
    run = (CourseRun.objects.open_for_enrolment().upcoming().select_related("venue")
           .filter(pk=message.context.get("run")).first())
    if demand is None or run is None:
        return None
    return compose("course_nearby", message, {
        "demand": demand, "run": run, "venue": run.venue,
        "sessions": list(run.sessions.select_related("module")),
        "run_url": absolute_url(reverse("courses:run", args=[run.pk]))})


def trainer_lapsing(message: OutboxMessage) -> Message | None:
    """Not sent once they have delivered or been booked since, or stopped being accredited;
    the run offered is left out if it has started or been cancelled meanwhile."""
    if not TrainerProfile.objects.lapsing().filter(
            pk=message.context.get("trainer"), user=message.recipient).exists():
        return None
    run = (CourseRun.objects.upcoming().exclude(status="cancelled").with_schedule()
           .select_related("course", "venue").filter(pk=message.context.get("run")).first())
    return compose("trainer_lapsing", message, {
        "run": run, "course": run.course if run else None, "venue": run.venue if run else None,
        "trainer_url": absolute_url(reverse("courses:trainer"))})


def claim_decided(message: OutboxMessage) -> Message | None:
    """A volunteer's expense claim approved, refused or paid. Not sent once the claim has moved
    on (refused, then approved after all): the later step has its own message."""
    claim = (ExpenseClaim.objects.filter(pk=message.context.get("claim"),
                                         volunteer__user=message.recipient)
             .select_related("run__course", "group").first())
    if claim is None or claim.status != message.context.get("status"):
        return None
    return compose("claim_decided", message, {
        "claim": claim, "approved": claim.status == ExpenseStatus.APPROVED,
        "refused": claim.status == ExpenseStatus.REJECTED,
        "paid": claim.status == ExpenseStatus.PAID,
        "volunteering_url": absolute_url(reverse("courses:volunteering"))})


def concern_raised(message: OutboxMessage) -> Message | None:
    """That there is a concern and where to read it: never who it is about, nor what it says
    (an e-mail can be forwarded, or read over a shoulder)."""
    concern = Concern.objects.filter(pk=message.context.get("concern")).only("pk").first()
    if concern is None or not message.recipient.has_perm(VIEW_CONCERN):
        return None
    return compose("concern_raised", message, {
        "concern_url": absolute_url(reverse("courses_concern", args=[concern.pk]))})


BUILDERS: dict[str, Builder] = {
    "enrolment_confirmed": enrolment_confirmed,
    "waitlisted": waitlisted,
    "place_offered": place_offered,
    "offer_expired": offer_expired,
    "session_moved": session_moved,
    "run_changed": run_changed,
    "run_cancelled": run_cancelled,
    "session_reminder": session_reminder,
    "certificate_issued": certificate_issued,
    "retention_warning": retention_warning,
    "login_setup": login_setup,
    "referral_outcome": referral_outcome,
    "course_nearby": course_nearby,
    "trainer_lapsing": trainer_lapsing,
    "claim_decided": claim_decided,
    "concern_raised": concern_raised,
}


def register_builder(kind: str, build: Builder) -> None:
    """Let an app above ``courses`` owe messages of its own ``kind`` through the outbox: it
    registers, from its ``AppConfig.ready``, the function that builds one (see ``compose``)."""
    BUILDERS[kind] = build
