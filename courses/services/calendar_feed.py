from django.db import transaction

from accounts.models import User
from courses.models import CalendarFeed
from courses.models.calendar_feed import new_token


@transaction.atomic
def reset_feed(user: User) -> CalendarFeed:
    """Give ``user`` a personal calendar address, replacing any old one (which stops working)."""
    feed, created = CalendarFeed.objects.get_or_create(user=user)
    if not created:
        feed.token = new_token()
        feed.save(update_fields=["token"])
    return feed
