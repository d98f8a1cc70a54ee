"""The co-design panel on /my/ (``courses.dashboard``): shown only to members of a working
party, with a link to the co-design space and how many versions wait for their sign-off."""

from django.db.models import Count, Exists, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce

from codesign.models import ModuleReview, SignOff, WorkingParty

TEMPLATE = "codesign/includes/my_panel.html"


def my_panel(user) -> dict | None:
    """One query: the person's working parties, each with the open reviews they have not
    signed off yet. None for someone in no working party."""
    not_signed = (ModuleReview.objects.open().filter(party=OuterRef("pk"))
                  .filter(~Exists(SignOff.objects.filter(review=OuterRef("pk"),
                                                         member__person=user)))
                  .order_by().values("party").annotate(count=Count("pk")).values("count"))
    parties = list(WorkingParty.objects.of_member(user).annotate(
        waiting=Coalesce(Subquery(not_signed, output_field=IntegerField()), 0))
        .order_by("name"))
    if not parties:
        return None
    return {"parties": parties, "waiting": sum(party.waiting for party in parties)}
