"""What the Co-design screens share: create and edit views whose saving is a service call."""

from wagtail.admin.views.generic import CreateView, EditView

from accounts.admin_views import OnceOnlyCreateMixin
from courses.services.errors import DomainError


class ServiceFormMixin:
    """A service's refusal becomes an error on the form, shown the way Wagtail shows its own;
    nothing is saved."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except DomainError as error:
            form.add_error(None, error.message)
            self.produced_error_code = error.code
            self.produced_error_message = error.message
            return self.form_invalid(form)


class PartyInAddressMixin:
    """``?party=<id>``, from a working party's page, picks the party (the form checks it)."""

    def get_initial(self):
        return {**super().get_initial(), "party": self.request.GET.get("party")}


class ServiceCreateView(ServiceFormMixin, PartyInAddressMixin, OnceOnlyCreateMixin,
                        CreateView):
    pass


class ServiceEditView(ServiceFormMixin, EditView):
    pass
