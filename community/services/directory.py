"""The signposting directory's rules. Coordinators keep every entry; a networker keeps the
entries of their own areas and no others. An entry says what it offers, where, and how to
reach it; its website is a plain http(s) link, never anything a browser would run. Whoever
checks an entry says so, and an entry nobody has checked for six months is flagged to its
area's networkers (once per time it falls due); after twelve it is hidden from the public.

Every path that changes the directory (the networkers' pages, the admin, the demo, the daily
task) comes here.
"""

import re
from dataclasses import dataclass, field, fields
from datetime import date
from urllib.parse import urlsplit

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts import roles
from accounts.models import User
from community.models import Category, Cost, DirectoryEntry, EntryCategory, Networker
from community.models.directory import due_a_check_on_or_before, hidden_on_or_before
from courses import cdn
from courses.models import Area, OutboxMessage
from courses.services.errors import DomainError
from courses.services.outbox import owe_emails

CHECK_DUE = "directory_check_due"  # the kind of message a networker gets
WEB_SCHEMES = ("http", "https")
PHONE_CHARACTERS = re.compile(r"^[0-9+()\- ]*$")


class DirectoryError(DomainError):
    """A directory rule said no. ``field`` names the form field the message belongs to, if
    any."""

    def __init__(self, code: str, message: str, *, field: str | None = None):
        super().__init__(code, message)
        self.field = field


@dataclass(frozen=True)
class EntryDetails:
    """What an entry says, as a networker or a coordinator gives it."""

    name: str
    offers: str
    area: Area
    categories: list[str]
    phone: str = ""
    email: str = ""
    address: str = ""
    website: str = ""
    opening_hours: str = ""
    cost: str = Cost.FREE
    cost_note: str = ""
    access_features: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    other_languages: str = ""
    name_gd: str = ""
    offers_gd: str = ""
    opening_hours_gd: str = ""
    cost_note_gd: str = ""

    @classmethod
    def from_data(cls, data: dict) -> "EntryDetails":
        """From a form's cleaned data: its fields of ours, the rest left out."""
        names = {f.name for f in fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in names})


# --- who keeps what -------------------------------------------------------------------------

def keeps(user: User, area_id: int | None) -> bool:
    """Whether ``user`` may add, change, check and remove entries in the area."""
    if roles.has_role(user, roles.COORDINATOR):
        return True
    return area_id is not None and Networker.objects.filter(user=user, areas=area_id).exists()


def areas_kept_by(user: User) -> QuerySet:
    """The areas whose entries ``user`` keeps: every area for a coordinator."""
    if roles.has_role(user, roles.COORDINATOR):
        return Area.objects.all()
    return Area.objects.filter(networkers__user=user)


def _check_keeps(user: User, area_id: int | None) -> None:
    if not keeps(user, area_id):
        raise DirectoryError("not_your_area", _(
            "Only the networkers of that area, or a coordinator, can change its entries."))


# --- entries --------------------------------------------------------------------------------

@transaction.atomic
def add_entry(details: EntryDetails, *, by: User) -> DirectoryEntry:
    """A new entry in an area ``by`` keeps, checked today by them."""
    _check_keeps(by, details.area.pk if details.area else None)
    entry = DirectoryEntry(checked_on=timezone.localdate(), checked_by=by)
    _fill(entry, details)
    entry.save()
    _set_categories(entry, details.categories)
    _purge(entry)
    return entry


@transaction.atomic
def change_entry(entry: DirectoryEntry, details: EntryDetails, *, by: User,
                 checked: bool = False) -> DirectoryEntry:
    """Change what an entry says. Moving it to another area needs both areas. ``checked``:
    the person also checked it with the group or service today."""
    entry = DirectoryEntry.objects.select_for_update().get(pk=entry.pk)
    _check_keeps(by, entry.area_id)
    _check_keeps(by, details.area.pk if details.area else None)
    _fill(entry, details)
    if checked:
        entry.checked_on, entry.checked_by = timezone.localdate(), by
    entry.save()
    _set_categories(entry, details.categories)
    _purge(entry)
    return entry


@transaction.atomic
def mark_checked(entry: DirectoryEntry, *, by: User) -> DirectoryEntry:
    """``by`` checked the entry today and it is still right. Doing it twice in a day changes
    nothing more; an entry hidden for being out of date shows again."""
    entry = DirectoryEntry.objects.select_for_update().get(pk=entry.pk)
    _check_keeps(by, entry.area_id)
    entry.checked_on, entry.checked_by = timezone.localdate(), by
    entry.save(update_fields=["checked_on", "checked_by", "changed_at"])
    _purge(entry)
    return entry


@transaction.atomic
def remove_entry(entry: DirectoryEntry, *, by: User) -> None:
    """The group or service has closed, or was never what it seemed: out of the directory."""
    _check_keeps(by, entry.area_id)
    _purge(entry)
    entry.delete()


def _fill(entry: DirectoryEntry, details: EntryDetails) -> None:
    entry.name, entry.offers = _required(details.name, "name"), _required(details.offers,
                                                                          "offers")
    entry.area = details.area
    entry.phone = _phone(details.phone)
    entry.email = _email(details.email)
    entry.website = clean_website(details.website)
    entry.cost = details.cost if details.cost in Cost.values else Cost.FREE
    entry.access_features = list(details.access_features)
    entry.languages = list(details.languages)
    for name in ("address", "opening_hours", "cost_note", "other_languages", "name_gd",
                 "offers_gd", "opening_hours_gd", "cost_note_gd"):
        setattr(entry, name, getattr(details, name).strip())
    if not details.categories or set(details.categories) - set(Category.values):
        raise DirectoryError("no_category", _("Choose at least one thing it helps with."),
                             field="categories")


def _required(text: str, field_name: str) -> str:
    if not text.strip():
        message = {"name": _("Give the name of the group or service."),
                   "offers": _("Say what it offers.")}[field_name]
        raise DirectoryError(f"no_{field_name}", message, field=field_name)
    return text.strip()


def _phone(text: str) -> str:
    text = " ".join(text.split())
    if not PHONE_CHARACTERS.match(text):
        raise DirectoryError("bad_phone", _(
            "A phone number can only have digits, spaces, brackets, dashes and a +."),
            field="phone")
    return text


def _email(text: str) -> str:
    text = text.strip()
    try:
        validate_email(text) if text else None
    except ValidationError:
        raise DirectoryError("bad_email", _("Give an e-mail address like name@example.org."),
                             field="email") from None
    return text


def clean_website(text: str) -> str:
    """A website as a plain link people can follow: http or https only. An address typed
    without its scheme ("www.example.org") gets https://; anything a browser would treat as
    code or data (javascript:, data:) or not as a web address is refused."""
    text = text.strip()
    if not text:
        return ""
    if "://" not in text and ":" not in text.split("/")[0]:
        text = "https://" + text
    try:
        parts = urlsplit(text)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in WEB_SCHEMES:
        raise DirectoryError("website_not_web", _(
            "A website must start with https:// or http://. Other kinds of link are not "
            "shown."), field="website")
    if not parts.hostname or "." not in parts.hostname or any(c.isspace() for c in text):
        raise DirectoryError("website_not_an_address", _(
            "This does not look like a website address, such as https://www.example.org."),
            field="website")
    return text


def _set_categories(entry: DirectoryEntry, categories: list[str]) -> None:
    entry.categories.exclude(category__in=categories).delete()
    EntryCategory.objects.bulk_create(
        [EntryCategory(entry=entry, category=category) for category in set(categories)],
        ignore_conflicts=True)


def _purge(entry: DirectoryEntry) -> None:
    """A CDN in front (if any) drops the pages showing the entry. The site's own page cache
    moves on by itself: saving the entry is a change of something public pages show."""
    cdn.purge_paths([reverse("community:directory"),
                     reverse("community:entry", args=[entry.pk]),
                     reverse("community:print")])


# --- networkers -----------------------------------------------------------------------------

def _check_coordinator(by: User) -> None:
    if not roles.has_role(by, roles.COORDINATOR):
        raise DirectoryError("not_coordinator", _("Only a coordinator can do that."))


def _check_areas(areas) -> list[Area]:
    areas = list(areas or [])
    if not areas:
        raise DirectoryError("no_areas", _("Choose at least one area for them to keep."),
                             field="areas")
    return areas


@transaction.atomic
def appoint_networker(user: User, *, areas, by: User) -> Networker:
    """A coordinator makes someone a networker of ``areas``: the role and the record."""
    _check_coordinator(by)
    areas = _check_areas(areas)
    networker, _created = Networker.objects.get_or_create(user=user)
    networker.areas.set(areas)
    user.groups.add(Group.objects.get_or_create(name=roles.COMMUNITY_NETWORKER)[0])
    return networker


@transaction.atomic
def change_networker(networker: Networker, *, areas, by: User) -> Networker:
    _check_coordinator(by)
    networker.areas.set(_check_areas(areas))
    return networker


@transaction.atomic
def stand_down_networker(networker: Networker, *, by: User) -> None:
    """They stop keeping any area: the record and the role go; entries they checked keep the
    date and their name."""
    _check_coordinator(by)
    group = Group.objects.filter(name=roles.COMMUNITY_NETWORKER).first()
    if group is not None:
        networker.user.groups.remove(group)
    networker.delete()


# --- checks falling due ---------------------------------------------------------------------

def owe_check_reminders(*, today: date | None = None) -> int:
    """Tell each networker of an area about each of its entries that has fallen due a check
    (not checked for six months, not yet hidden). The key names the entry, the day it was
    last checked and the networker, so running this again owes nothing new, and an entry
    checked and falling due again is flagged again. Returns how many messages were newly
    owed."""
    today = today or timezone.localdate()
    due = (DirectoryEntry.objects.filter(checked_on__lte=due_a_check_on_or_before(today),
                                         checked_on__gt=hidden_on_or_before(today))
           .order_by("area_id", "pk").values_list("pk", "area_id", "checked_on"))
    keepers = _networkers_by_area()
    owed = [(person, f"{CHECK_DUE}:{pk}:{checked_on.isoformat()}:{person.pk}",
             {"entry": pk, "checked_on": checked_on.isoformat()})
            for pk, area_id, checked_on in due.iterator(chunk_size=2000)
            for person in keepers.get(area_id, [])]
    already = _owed_already([key for _person, key, _context in owed])
    owed = [row for row in owed if row[1] not in already]
    owe_emails(CHECK_DUE, owed)
    return len(owed)


def _owed_already(keys: list[str]) -> set[str]:
    """Which of ``keys`` are owed (or sent) already, a thousand at a time."""
    found: set[str] = set()
    for start in range(0, len(keys), 1000):
        found.update(OutboxMessage.objects.filter(key__in=keys[start:start + 1000])
                     .values_list("key", flat=True))
    return found


def _networkers_by_area() -> dict[int, list[User]]:
    by_area: dict[int, list[User]] = {}
    for networker in (Networker.objects.filter(user__is_active=True)
                      .select_related("user").prefetch_related("areas")):
        for area in networker.areas.all():
            by_area.setdefault(area.pk, []).append(networker.user)
    return by_area

