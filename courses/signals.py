"""The one place we react to another app's models: a person deleted from either admin."""

from django.conf import settings
from django.db.models.signals import pre_delete
from django.dispatch import receiver

from courses.services import certificates


@receiver(pre_delete, sender=settings.AUTH_USER_MODEL, dispatch_uid="erase_certificates")
def erase_certificates(sender, instance, **kwargs) -> None:
    """Before the person's rows go, their certificates stop naming them (and still verify, as
    no longer available) instead of outliving them with their name on."""
    certificates.erase_for(instance)
