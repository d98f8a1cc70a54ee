"""Feedback that reaches the co-designers, and "you said, we did".

What participants wrote about a module, and what trainers said after its sessions, is shown to
the module's working party a quarter at a time, never with a name: all of it where at least
``MIN_GROUP`` people commented on the module that quarter, otherwise only what a coordinator
read and released. A working party marks what it discussed and links it to a change; publishing
the change tells each person whose words it came from, once.
"""

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from accounts import roles
from accounts.models import User
from codesign.models import MIN_GROUP, FeedbackMark, ModuleChange, WorkingParty
from courses.models import ModuleFeedback, ModulePage, OutboxMessage, SessionDebrief
from courses.services.errors import DomainError
from courses.services.outbox import owe_emails


class CodesignError(DomainError):
    pass


@dataclass(frozen=True)
class Quarter:
    """Three calendar months: January–March is the first."""

    year: int
    number: int

    @classmethod
    def of(cls, day: date) -> "Quarter":
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def starts(self) -> datetime:
        return _midnight(date(self.year, 3 * self.number - 2, 1))

    @property
    def ends(self) -> datetime:
        following = self.next()
        return _midnight(date(following.year, 3 * following.number - 2, 1))

    def next(self) -> "Quarter":
        return Quarter(self.year + self.number // 4, self.number % 4 + 1)

    def previous(self) -> "Quarter":
        return Quarter(self.year - (self.number == 1), (self.number - 2) % 4 + 1)

    def label(self) -> str:
        first = formats.date_format(self.starts, "F")
        last = formats.date_format(date(self.year, 3 * self.number, 1), "F Y")
        return f"{first}–{last}"

    def __str__(self) -> str:
        return f"{self.year}-Q{self.number}"


QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


def quarter_from(value: str | None) -> Quarter:
    """``2027-Q1`` from a query string; this quarter for anything else."""
    match = QUARTER.match(value or "")
    if match:
        return Quarter(int(match[1]), int(match[2]))
    return Quarter.of(timezone.localdate())


def _midnight(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


@dataclass
class Said:
    """One piece of feedback as the co-designers see it: the words, when, and whose kind of
    voice (a participant or the trainers), never who."""

    mark_target: str  # "comment" or "debrief"
    pk: int
    when: datetime
    text: str
    by_trainers: bool
    discussed: bool
    change: ModuleChange | None


@dataclass
class QuarterFeedback:
    module: ModulePage
    quarter: Quarter
    people: int
    items: list[Said] = field(default_factory=list)
    withheld: int = 0

    @property
    def open_to_all(self) -> bool:
        return self.people >= MIN_GROUP


def _comments(module: ModulePage, quarter: Quarter):
    return (ModuleFeedback.objects
            .filter(module__translation_key=module.translation_key,
                    created_at__gte=quarter.starts, created_at__lt=quarter.ends)
            .select_related("mark__change").order_by("created_at"))


def _debriefs(module: ModulePage, quarter: Quarter):
    return (SessionDebrief.objects
            .filter(session__module__translation_key=module.translation_key,
                    session__starts_at__gte=quarter.starts, session__starts_at__lt=quarter.ends)
            .select_related("session", "mark__change").order_by("session__starts_at"))


def _mark(row) -> FeedbackMark | None:
    return getattr(row, "mark", None)


def feedback_for(module: ModulePage, quarter: Quarter) -> QuarterFeedback:
    """What the working party may read about ``module`` in ``quarter``: three queries."""
    comments = list(_comments(module, quarter))
    people = len({comment.enrolment_id for comment in comments})
    result = QuarterFeedback(module, quarter, people)
    for comment in comments:
        _add(result, comment, "comment", comment.created_at, comment.comment, False)
    for debrief in _debriefs(module, quarter):
        text = "\n".join(filter(None, [debrief.how_it_went, debrief.what_to_change]))
        _add(result, debrief, "debrief", debrief.session.starts_at, text, True)
    return result


def _add(result: QuarterFeedback, row, target: str, when, text: str, by_trainers: bool):
    mark = _mark(row)
    if not (result.open_to_all or (mark and mark.released_at)):
        result.withheld += 1
        return
    result.items.append(Said(target, row.pk, when, text, by_trainers,
                             bool(mark and mark.discussed_at), mark.change if mark else None))


def waiting_for_release(quarter: Quarter) -> list[QuarterFeedback]:
    """For coordinators: each module with feedback in ``quarter`` from fewer than
    ``MIN_GROUP`` people, with what is still held back (and everything, to read)."""
    keys = set(ModuleFeedback.objects.filter(created_at__gte=quarter.starts,
                                             created_at__lt=quarter.ends)
               .values_list("module__translation_key", flat=True))
    keys |= set(SessionDebrief.objects.filter(session__starts_at__gte=quarter.starts,
                                              session__starts_at__lt=quarter.ends)
                .values_list("session__module__translation_key", flat=True))
    modules = ModulePage.objects.filter(translation_key__in=keys,
                                        locale__language_code="en").order_by("title")
    waiting = [feedback_for(module, quarter) for module in modules]
    return [entry for entry in waiting if entry.withheld]


def held_back(module: ModulePage, quarter: Quarter) -> list[Said]:
    """The pieces a coordinator has not released yet, with their words, to read first."""
    found = QuarterFeedback(module, quarter, people=0)
    for comment in _comments(module, quarter):
        if not (_mark(comment) and comment.mark.released_at):
            found.items.append(Said("comment", comment.pk, comment.created_at, comment.comment,
                                    False, False, None))
    for debrief in _debriefs(module, quarter):
        if not (_mark(debrief) and debrief.mark.released_at):
            text = "\n".join(filter(None, [debrief.how_it_went, debrief.what_to_change]))
            found.items.append(Said("debrief", debrief.pk, debrief.session.starts_at, text,
                                    True, False, None))
    return found.items


def _mark_for(target: str, pk: int) -> FeedbackMark:
    if target == "comment":
        row = ModuleFeedback.objects.filter(pk=pk).first()
    elif target == "debrief":
        row = SessionDebrief.objects.filter(pk=pk).first()
    else:
        row = None
    if row is None:
        raise CodesignError("no_such_feedback", _("That feedback is no longer there."))
    mark, _created = FeedbackMark.objects.select_for_update().get_or_create(**{target: row})
    return mark


def is_readable(target: str, pk: int, module_keys: set) -> bool:
    """Whether the comment or debrief ``pk`` is about one of the modules (by translation key)
    and may be read by the working party: its quarter had enough people, or it was released."""
    if target == "comment":
        row = ModuleFeedback.objects.filter(pk=pk).select_related("module").first()
        module, when = (row.module, row.created_at) if row else (None, None)
    elif target == "debrief":
        row = SessionDebrief.objects.filter(pk=pk).select_related("session__module").first()
        module, when = (row.session.module, row.session.starts_at) if row else (None, None)
    else:
        return False
    if module is None or module.translation_key not in module_keys:
        return False
    seen = feedback_for(module, Quarter.of(timezone.localdate(when)))
    return any(item.mark_target == target and item.pk == pk for item in seen.items)


@transaction.atomic
def release(target: str, pk: int, *, by: User) -> FeedbackMark:
    """A coordinator read the words and lets the working party see them. Idempotent."""
    if not roles.has_role(by, roles.COORDINATOR):
        raise CodesignError("not_a_coordinator", _("Only a coordinator can release feedback."))
    mark = _mark_for(target, pk)
    if mark.released_at is None:
        mark.released_by, mark.released_at = by, timezone.now()
        mark.save(update_fields=["released_by", "released_at"])
    return mark


@transaction.atomic
def mark_discussed(target: str, pk: int, *, by: User,
                   change: ModuleChange | None = None) -> FeedbackMark:
    """The working party talked about it; ``change`` is what it led to, if anything."""
    mark = _mark_for(target, pk)
    if change is not None and change.module.translation_key != _module_of(mark).translation_key:
        raise CodesignError("other_module", _("That change is about another module."))
    mark.discussed_by, mark.discussed_at = by, mark.discussed_at or timezone.now()
    mark.change = change or mark.change
    mark.save(update_fields=["discussed_by", "discussed_at", "change"])
    return mark


def _module_of(mark: FeedbackMark) -> ModulePage:
    if mark.comment_id:
        return mark.comment.module
    return mark.debrief.session.module


@transaction.atomic
def publish_change(change: ModuleChange, *, by: User) -> ModuleChange:
    """Show the entry on the module's page, and tell each person whose comment it came from,
    once, by their channel. Publishing again tells nobody twice."""
    if not change.you_said.strip() or not change.we_did.strip():
        raise CodesignError("empty", _("Say what participants told us and what changed."))
    if change.published_at is None:
        change.published_at = timezone.now()
        change.revision = change.revision or change.module.live_revision
        change.save(update_fields=["published_at", "revision"])
    owe_emails("you_said_we_did", [(person, f"you_said:{change.pk}:{person.pk}",
                                    {"change": change.pk}) for person in people_to_tell(change)])
    return change


def people_to_tell(change: ModuleChange):
    """Whose comments the change came from (each once)."""
    return User.objects.filter(enrolments__feedback__mark__change=change,
                               erased_at__isnull=True, is_active=True).distinct()


def published_changes(module: ModulePage):
    """The module's "you said, we did" entries, in any of its languages, newest first."""
    return ModuleChange.objects.filter(module__translation_key=module.translation_key,
                                       published_at__isnull=False)


def changes_from_my_words(user: User):
    """Published changes that came from something ``user`` wrote: for their /my/ page."""
    return (ModuleChange.objects.filter(published_at__isnull=False,
                                        feedback_marks__comment__enrolment__user=user)
            .select_related("module").distinct())




def recent_feedback(module: ModulePage, *, quarters: int = 4) -> list[Said]:
    """What the working party may read about ``module`` over the last ``quarters`` quarters,
    newest quarter first: the feedback a change can be linked to."""
    quarter, said = Quarter.of(timezone.localdate()), []
    for _count in range(quarters):
        said += feedback_for(module, quarter).items
        quarter = quarter.previous()
    return said


@transaction.atomic
def save_change(change: ModuleChange, *, by: User,
                linked: list[tuple[str, int]] = ()) -> ModuleChange:
    """Write (or rewrite) a "you said, we did" entry for a module's English page, linked to
    the feedback it came from (each marked discussed). A published entry stays published."""
    if change.module_id and change.module.locale.language_code != "en":
        raise CodesignError("not_original", _(
            "Choose the English page of the module: the entry shows in every language."))
    if change.created_by_id is None:
        change.created_by = by
    change.save()
    for target, pk in linked:
        mark_discussed(target, pk, by=by, change=change)
    return change


@dataclass(frozen=True)
class DigestLine:
    module: ModulePage
    said: int


def month_digest(party, month: date) -> list[DigestLine]:
    """For each module ``party`` looks after, how many pieces of feedback it may read that
    were given in the calendar month of ``month`` (modules with none left out)."""
    lines = []
    for module in party.modules():
        items = feedback_for(module, Quarter.of(month)).items
        said = sum(1 for item in items
                   if (timezone.localdate(item.when).year, timezone.localdate(item.when).month)
                   == (month.year, month.month))
        if said:
            lines.append(DigestLine(module, said))
    return lines


def owe_monthly_digests(today: date | None = None) -> int:
    """Each current member with an account of each working party with feedback to read from
    last month is owed one digest, by their channel and in their language. Safe to run every
    day: the key names the party, the month and the person. Returns how many are newly owed."""
    first = (today or timezone.localdate()).replace(day=1)
    last_month = (first - timedelta(days=1)).replace(day=1)
    owed = []
    for party in WorkingParty.objects.prefetch_related("courses"):
        if not month_digest(party, last_month):
            continue
        for member in party.members.current().filter(person__isnull=False,
                                                       person__erased_at__isnull=True):
            key = f"digest:{party.pk}:{last_month:%Y-%m}:{member.person_id}"
            owed.append((member.person, key, {"party": party.pk,
                                              "month": last_month.isoformat()}))
    before = OutboxMessage.objects.filter(kind="codesign_digest").count()
    owe_emails("codesign_digest", owed)
    return OutboxMessage.objects.filter(kind="codesign_digest").count() - before
