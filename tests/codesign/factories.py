import datetime

import factory

from codesign.models import WorkingParty, WorkingPartyMember
from tests.courses.factories import AreaFactory


class WorkingPartyFactory(factory.django.DjangoModelFactory):
    """A working party in Highland; ``courses=[...]`` are the courses it looks after."""

    class Meta:
        model = WorkingParty
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Working party {n}")
    area = factory.SubFactory(AreaFactory, name="Highland")

    @factory.post_generation
    def courses(self, create, extracted, **kwargs):
        if create and extracted:
            self.courses.set(extracted)


class MemberFactory(factory.django.DjangoModelFactory):
    """A member with lived experience who joined a year ago; pass ``person`` or ``name``."""

    class Meta:
        model = WorkingPartyMember

    party = factory.SubFactory(WorkingPartyFactory)
    role = "lived_experience"
    joined_on = factory.LazyFunction(lambda: datetime.date.today() - datetime.timedelta(365))
