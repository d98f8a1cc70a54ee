"""Module reviews in the Wagtail admin: putting a module's latest version up for review, one
review with its comments and sign-offs (closing it, publishing exactly the version signed
off), the sign-off report, and what a module's own editor shows about its live version."""

from django.contrib import messages
from django.db.models import Count, Exists, OuterRef
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button

from cms.translation import is_original
from codesign.admin.base import ServiceCreateView
from codesign.admin.forms import ReviewForm
from codesign.models import ModuleReview, SignOff
from codesign.services import reviews
from courses.admin.base import CoordinatorMixin
from courses.models import CoursePage, ModulePage
from courses.services.errors import DomainError

VIEW, CHANGE, ADD = ("codesign.view_modulereview", "codesign.change_modulereview",
                     "codesign.add_modulereview")


def review_url(review: ModuleReview) -> str:
    return reverse("codesign_review", args=[review.pk])


class ReviewCreateView(ServiceCreateView):
    def get_initial(self):
        """``?module=<id>`` from the module's editor picks the module (the form checks it)."""
        return {**super().get_initial(), "module": self.request.GET.get("module")}

    def save_instance(self):
        data = self.form.cleaned_data
        return reviews.open_review(data["module"], data["party"], by=self.request.user)

    def get_success_url(self):
        return review_url(self.object)

    def get_success_buttons(self):
        return []


class ReviewIndexView(IndexView):
    def get_base_queryset(self):
        lived = SignOff.objects.counting().filter(review=OuterRef("pk"))
        return (super().get_base_queryset().listed()
                .annotate(sign_off_count=Count("sign_offs"), lived=Exists(lived)))

    def get_edit_url(self, instance):
        return review_url(instance)

    def get_copy_url(self, instance):
        return None

    def get_delete_url(self, instance):
        return None


class ModuleReviewViewSet(ModelViewSet):
    """The listing and "put up for review"; each review has its own page (``ReviewView``)."""

    model = ModuleReview
    name = "module_reviews"
    icon = "tick-inverse"
    menu_label = gettext_lazy("Module reviews")
    index_view_class = ReviewIndexView
    add_view_class = ReviewCreateView
    form_fields = ["module", "party"]
    list_display = [
        TitleColumn("module", label=gettext_lazy("Module"), accessor="module.title",
                    get_url=review_url),
        Column("party", label=gettext_lazy("Working party")),
        DateColumn("revision_created_at", label=gettext_lazy("Version saved")),
        DateColumn("opened_at", label=gettext_lazy("Put up")),
        Column("status", label=gettext_lazy("Status"), accessor=lambda review: (
            _("Open") if review.is_open else _("Closed"))),
        Column("sign_off_count", label=gettext_lazy("Sign-offs")),
        Column("lived", label=gettext_lazy("Signed off by lived experience"),
               accessor=lambda review: _("Yes") if review.lived else _("Not yet")),
    ]
    list_filter = ["party"]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return ReviewForm

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            **{**kwargs, "edit_url_name": None, "delete_url_name": None})

    def get_urlpatterns(self):
        return [p for p in super().get_urlpatterns()
                if p.name in ("index", "index_results", "add")]

    @property
    def url_finder_class(self):
        """Where other admin pages (a party's usage page) link a review to: its own page."""
        return type("_ReviewURLFinder", (ModelAdminURLFinder,),
                    {"construct_edit_url": lambda finder, review: review_url(review)})


class ReviewMixin(CoordinatorMixin, WagtailAdminTemplateMixin):
    permission_required = VIEW
    header_icon = "tick-inverse"

    @cached_property
    def review(self) -> ModuleReview:
        """Found after the permission check, so nobody without it learns which exist."""
        return get_object_or_404(ModuleReview.objects.listed().select_related("opened_by"),
                                 pk=self.kwargs["pk"])


class ReviewView(ReviewMixin, TemplateView):
    """One review: the version, who commented what, who signed it off, and the actions."""

    template_name = "codesign/admin/review.html"

    def get_page_title(self):
        return _("Review: %(module)s") % {"module": self.review.module.title}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("module_reviews:index"), "label": _("Module reviews")},
            {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        review, user = self.review, self.request.user
        module = review.module
        return super().get_context_data(
            review=review, module=module,
            course=CoursePage.objects.filter(path=module.path[:-ModulePage.steplen]).first(),
            comments=review.comments.select_related("member__person"),
            sign_offs=review.sign_offs.select_related("member__person"),
            is_live=module.live and module.live_revision_id == review.revision_id,
            may_change=user.has_perm(CHANGE),
            may_publish=module.permissions_for_user(user).can_publish(), **kwargs)


class ReviewActionView(ReviewMixin, View):
    """A button on a review's page: one service call, its refusal shown as a message."""

    permission_required = CHANGE
    done_message = ""

    def act(self):
        raise NotImplementedError

    def post(self, request, *args, **kwargs):
        try:
            self.act()
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, self.done_message)
        return HttpResponseRedirect(review_url(self.review))


class CloseReviewView(ReviewActionView):
    done_message = gettext_lazy("The review is closed. Its comments and sign-offs are kept.")

    def act(self):
        reviews.close_review(self.review)


class PublishReviewedVersionView(ReviewActionView):
    done_message = gettext_lazy("The version the working party signed off is now live.")

    def act(self):
        reviews.publish_reviewed_version(self.review, by=self.request.user)


class SignOffReportView(CoordinatorMixin, WagtailAdminTemplateMixin, TemplateView):
    """Live modules nobody with lived experience has signed off, and reviews overdue."""

    permission_required = VIEW
    template_name = "codesign/admin/sign_off_report.html"
    page_title = gettext_lazy("Sign-off of live modules")
    header_icon = "warning"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(report=reviews.sign_off_report(),
                                        every_days=reviews.review_every().days, **kwargs)


# --- in the page editor ----------------------------------------------------------------------

NOT_SIGNED_OFF = gettext_lazy(
    "Nobody with lived experience in a working party has signed off the live version of this "
    "module. Put it up for review under Co-design → Module reviews.")


def warn_if_live_version_unsigned(request, page) -> None:
    """Hook ``before_edit_page``: a module whose live version no member with lived experience
    has signed off says so at the top of its editor (only in the admin, never in public)."""
    if (request.method != "GET" or not _is_english_module(page) or not page.live):
        return
    if page.pk not in reviews.live_versions_signed_on([page]):
        messages.warning(request, NOT_SIGNED_OFF)


def review_button(page, user, view_name, next_url=None):
    """Hook ``register_page_header_buttons``: "Put up for review" on an English module."""
    if _is_english_module(page) and user.has_perm(ADD):
        yield Button(_("Put up for review"),
                     url=reverse("module_reviews:add") + f"?module={page.pk}",
                     icon_name="tick-inverse", priority=80)


def _is_english_module(page) -> bool:
    return issubclass(page.specific_class or type(page), ModulePage) and is_original(page)
