"""What participants and trainers said, in the co-design space: a working party's members
read it a quarter at a time for the modules they look after (never a name), mark what they
discussed and link it to a "you said, we did" change."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_POST

from codesign.models import ModuleChange
from codesign.services import feedback
from codesign.services.feedback import CodesignError, quarter_from
from codesign.views import _get_membership, _refuse_unless_member


@cache_control(private=True, no_store=True)
def party_feedback(request: HttpRequest, pk: int) -> HttpResponse:
    if refusal := _refuse_unless_member(request):
        return refusal
    party = _get_membership(request, pk).party
    quarter = quarter_from(request.GET.get("q"))
    modules = list(party.modules())
    changes = ModuleChange.objects.select_related("module").filter(
        module__translation_key__in=[module.translation_key for module in modules])
    return render(request, "codesign/feedback.html", {
        "party": party, "quarter": quarter,
        "quarters": [quarter.previous(), quarter.next()],
        "entries": [feedback.feedback_for(module, quarter) for module in modules],
        "changes": list(changes.order_by("-made_in")), "min_group": feedback.MIN_GROUP,
    })


@require_POST
def mark_discussed(request: HttpRequest, pk: int) -> HttpResponse:
    if refusal := _refuse_unless_member(request):
        return refusal
    party = _get_membership(request, pk).party
    target, item = request.POST.get("target", ""), request.POST.get("pk", "")
    keys = {module.translation_key for module in party.modules()}
    if not item.isdigit() or not feedback.is_readable(target, int(item), keys):
        raise Http404  # not feedback this party may read
    change = ModuleChange.objects.filter(
        pk=request.POST.get("change") or 0, module__translation_key__in=keys).first()
    try:
        feedback.mark_discussed(target, int(item), by=request.user, change=change)
    except CodesignError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Marked as discussed."))
    back = reverse("codesign:party_feedback", args=[party.pk])
    return redirect(f"{back}?q={request.POST.get('q', '')}")
