from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, PermissionsMixin, UserManager
from django.db import models
from django.db.models import Case, F, Value, When
from django.db.models.functions import Cast, Concat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from phonenumber_field.modelfields import PhoneNumberField

FORMER_MEMBER = _("Former member")  # someone whose data was erased


class EmailUserManager(UserManager):
    """Users log in with their e-mail address; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        """``email`` may be empty for someone a coordinator adds by phone or post; such a
        person cannot log in until they have an address (or a set-up link)."""
        user = self.model(email=self.normalize_email(email).lower() or None, **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class ContactChannel(models.TextChoices):
    """How a person likes to hear from us; they may choose several."""

    EMAIL = "email", _("E-mail")
    TEXT = "text", _("Text message")
    PHONE = "phone", _("Phone call")
    LETTER = "letter", _("Letter")


class User(AbstractBaseUser, PermissionsMixin):
    # Empty for people who have none: kept as NULL, so that many may have none.
    email = models.EmailField(_("e-mail address"), unique=True, null=True, blank=True)
    full_name = models.CharField(_("full name"), max_length=200)
    preferred_language = models.CharField(
        _("preferred language"), max_length=8,
        choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE,
        help_text=_("E-mails, certificates and the site after logging in use this language."),
    )
    phone = PhoneNumberField(_("phone number"), blank=True,
                             help_text=_("A UK number, or an international one starting +."))
    postal_address = models.TextField(
        _("postal address"), blank=True,
        help_text=_("As it goes on an envelope, one line each, the postcode last."))
    contact_channels = models.JSONField(
        _("how they like to hear from us"), default=list, blank=True,
        help_text=_("E-mail, text message, phone call or letter, in the order they prefer."))
    access_needs = models.TextField(
        _("access needs"), blank=True,
        help_text=_("Anything that would help you take part, such as step-free access, "
                    "a hearing loop or large-print handouts."),
    )
    is_staff = models.BooleanField(
        _("staff status"), default=False,
        help_text=_("Can log into the Django admin site."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)
    retention_warned_at = models.DateTimeField(
        _("warned of erasure at"), null=True, blank=True, editable=False,
        help_text=_("When we e-mailed them that their data would be erased after a long time "
                    "without taking part."))
    erased_at = models.DateTimeField(
        _("erased at"), null=True, blank=True, editable=False,
        help_text=_("When this person's data was erased. The row stays, with nothing that "
                    "identifies them, so that figures about courses still add up."))

    objects = EmailUserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["full_name", "email"]
        permissions = [("erase_person", _("Can erase a person's data at their request")),
                       ("record_consent", _("Can record consent changes people tell us of"))]

    def __str__(self) -> str:
        """How a person is shown everywhere: their name, or for someone erased the same
        "Former member #12" that ``shown_name`` gives in queries and exports."""
        if self.erased_at:
            return f"{FORMER_MEMBER} #{self.pk}"
        return self.full_name or self.email or f"#{self.pk}"

    @staticmethod
    def shown_name(path: str) -> models.Expression:
        """``str(user)`` as a query expression, for the person at ``path`` (for example
        ``"enrolment__user"``): what listings and exports built from ``values()`` show."""
        erased = Concat(Value(f"{FORMER_MEMBER} #"), Cast(f"{path}__id", models.CharField()))
        return Case(When(**{f"{path}__erased_at__isnull": False}, then=erased),
                    default=F(f"{path}__full_name"), output_field=models.CharField())

    @property
    def contact_line(self) -> str:
        """How to reach them, in a few words, for listings: the e-mail address, else the
        phone number, else the first line of the postal address."""
        if self.email:
            return self.email
        if self.phone:
            return self.phone.as_national if hasattr(self.phone, "as_national") else str(self.phone)
        return self.postal_address.split("\n", 1)[0]

    def reachable_by(self) -> list[str]:
        """The ways to reach them, in the order they prefer: each one they chose and we have
        the details for (an e-mail only with an address, a text only with a phone number).
        Someone who never chose is reached by e-mail, as everyone was before they could."""
        has = {ContactChannel.EMAIL: bool(self.email), ContactChannel.TEXT: bool(self.phone),
               ContactChannel.PHONE: bool(self.phone),
               ContactChannel.LETTER: bool(self.postal_address.strip())}
        return [channel for channel in self.contact_channels or [ContactChannel.EMAIL]
                if has.get(channel)]

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else (self.email or "")

    def clean(self) -> None:
        super().clean()
        self.email = self.__class__.objects.normalize_email(self.email or "").lower() or None
