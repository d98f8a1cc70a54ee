"""A person's own data: all of it, to take away as JSON; and leaving, which erases it.

Erasing keeps the person's row and the rows that course figures count (places, attendance,
ratings), with nothing left that identifies them: their name, e-mail, phone and access needs
go, as does everything they wrote, their certificates' names and files, and the copies that
libraries keep (allauth's addresses, the admin's and Wagtail's logs).
"""

import json

from allauth.account.models import EmailAddress, EmailConfirmation
from django.contrib.admin.models import LogEntry
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Q, TextField
from django.db.models.functions import Cast
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageLogEntry, Revision

from accounts import personal_data
from accounts.models import AuditAction, AuditEntry, Consent, FormSubmission, User
from accounts.services import audit


def export_data(user: User) -> dict:
    """Everything held about ``user``, section by section, as JSON-ready values."""
    data = {"generated_at": timezone.now()}
    for section in personal_data.sections():
        data[section.section] = section.export(user)
    return json.loads(json.dumps(data, cls=DjangoJSONEncoder))


def export_json(user: User, *, actor: User | None = None) -> str:
    audit.record(actor or user, AuditAction.DOWNLOADED_OWN, user, subject=user)
    return json.dumps(export_data(user), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)


@transaction.atomic
def erase(user: User, *, by: User | None = None) -> User:
    """Erase ``user`` everywhere (see the module's docstring). Idempotent."""
    user = User.objects.select_for_update().get(pk=user.pk)
    if user.erased_at:
        return user
    traces = [text for text in (user.full_name, user.email, str(user.phone or "")) if text]
    for section in personal_data.sections():
        section.erase(user)
    _erase_library_copies(user, traces)
    user.email = f"erased-{user.pk}@erased.invalid"
    user.full_name = user.phone = user.access_needs = user.postal_address = ""
    user.contact_channels = []
    user.is_active = user.is_staff = user.is_superuser = False
    user.erased_at = timezone.now()
    user.set_unusable_password()
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    audit.record(by or user, AuditAction.ERASED, user, subject=user)
    return user


def _erase_library_copies(user: User, traces: list[str]) -> None:
    """The admin's log and Wagtail's logs keep their rows (who did
    what, when) but stop naming the person; revisions whose content names them are deleted
    (a page's current content lives in its own table, so pages stay as they are)."""
    LogEntry.objects.filter(_naming(LogEntry, "object_repr", traces)).update(
        object_repr="#", change_message="")
    for model in (ModelLogEntry, PageLogEntry):
        model.objects.filter(_naming(model, "label", traces) | _naming(model, "data", traces)
                             ).update(label="#", data={})
    Revision.objects.filter(_naming(Revision, "content", traces)).delete()
    Revision.objects.filter(_naming(Revision, "object_str", traces)).update(object_str="#")


def _naming(model, field: str, traces: list[str]) -> Q:
    """Rows whose ``field`` holds any of ``traces``, JSON included (where a database may keep
    accented letters escaped, as SQLite does)."""
    text = f"{field}_as_text"
    ids = model.objects.annotate(**{text: Cast(field, TextField())})
    found = Q()
    for trace in traces:
        for form in {trace, json.dumps(trace)[1:-1]}:
            found |= Q(**{f"{text}__icontains": form})
    return Q(pk__in=ids.filter(found).values("pk")) if traces else Q(pk__in=[])


# --- what accounts itself holds ---------------------------------------------------------------

def _profile(user: User) -> dict:
    return {"email": user.email, "full_name": user.full_name, "phone": str(user.phone or ""),
            "postal_address": user.postal_address, "contact_channels": user.contact_channels,
            "preferred_language": user.preferred_language, "access_needs": user.access_needs,
            "date_joined": user.date_joined, "last_login": user.last_login,
            "roles": sorted(user.groups.values_list("name", flat=True))}


def _consents(user: User) -> list[dict]:
    return [{"purpose": c.purpose, "wording_version": c.wording_version,
             "given_at": c.given_at, "withdrawn_at": c.withdrawn_at}
            for c in Consent.objects.filter(user=user).order_by("given_at")]


def _withdraw_all(user: User) -> None:
    Consent.objects.current().filter(user=user).update(withdrawn_at=timezone.now())


def _addresses(user: User) -> list[dict]:
    return list(EmailAddress.objects.filter(user=user).values("email", "verified", "primary"))


def _audit(user: User) -> list[dict]:
    return [{"what": entry.action, "record": entry.object_type, "when": entry.at}
            for entry in AuditEntry.objects.filter(subject=user).order_by("at")]


def register_accounts_data() -> None:
    personal_data.register("profile", models=(User,), export=_profile, erase=lambda user: None)
    personal_data.register("consents", models=(Consent,), export=_consents, erase=_withdraw_all)
    personal_data.register("email_addresses", models=(EmailAddress, EmailConfirmation),
                           export=_addresses,
                           erase=lambda user: EmailAddress.objects.filter(user=user).delete())
    personal_data.register("who_touched_my_data", models=(AuditEntry,), export=_audit,
                           erase=lambda user: None)  # ids only: nothing to erase
    personal_data.register("forms_sent", models=(FormSubmission,),  # random keys, a day old
                           export=lambda user: [],
                           erase=lambda user: FormSubmission.objects.filter(user=user).delete())
