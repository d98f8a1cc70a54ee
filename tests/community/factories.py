import datetime

import factory
from django.utils import timezone

from community.models import DirectoryEntry, EntryCategory, Networker
from tests.courses.factories import AreaFactory, VenueFactory


class DirectoryEntryFactory(factory.django.DjangoModelFactory):
    """An entry checked today (``checked_on`` to say otherwise), in Highland unless given an
    ``area``; ``categories=[...]`` (social by default)."""

    class Meta:
        model = DirectoryEntry
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Group {n}")
    offers = "A friendly welcome for anyone living with a long-term condition."
    area = factory.SubFactory(AreaFactory, name="Highland")
    phone = "01632 960000"
    checked_on = factory.LazyFunction(timezone.localdate)

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        if create:
            for category in extracted or ["social"]:
                EntryCategory.objects.create(entry=self, category=category)


class NetworkerFactory(factory.django.DjangoModelFactory):
    """A networker of ``areas=[...]`` (the record only: the role is the service's to give)."""

    class Meta:
        model = Networker
        skip_postgeneration_save = True

    user = factory.SubFactory("tests.accounts.factories.UserFactory")

    @factory.post_generation
    def areas(self, create, extracted, **kwargs):
        if create and extracted:
            self.areas.set(extracted)


class SupportGroupFactory(factory.django.DjangoModelFactory):
    """A weekly group meeting on Wednesdays 10:00–11:30 at a Highland venue from 1 January
    2027, saved as it is: plan its meetings with ``groups.plan_meetings`` (or create it with
    ``groups.save_group``, which does)."""

    class Meta:
        model = "community.SupportGroup"

    name = factory.Sequence(lambda n: f"Walking Group {n}")
    description = "A gentle walk and a cup of tea."
    area = factory.SubFactory(AreaFactory, name="Highland")
    venue = factory.SubFactory(VenueFactory, area=factory.SelfAttribute("..area"))
    frequency = "weekly"
    weekday = 2
    starts_on = datetime.date(2027, 1, 1)
    start_time = datetime.time(10, 0)
    end_time = datetime.time(11, 30)
