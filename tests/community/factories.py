import datetime

import factory

from tests.courses.factories import AreaFactory, VenueFactory


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
