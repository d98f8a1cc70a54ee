import factory
from django.contrib.auth.models import Group

from accounts.models import User
from accounts.services.profile import confirm_email_address

PASSWORD = "a-long-test-password"


class UserFactory(factory.django.DjangoModelFactory):
    """A person with a usable password (``PASSWORD``) and a confirmed e-mail address;
    ``roles=[...]`` adds their groups."""

    class Meta:
        model = User
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Sequence(lambda n: f"Person {n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if create and extracted:
            for name in extracted:
                self.groups.add(Group.objects.get_or_create(name=name)[0])
        if create:
            self.save()
            confirm_email_address(self)
