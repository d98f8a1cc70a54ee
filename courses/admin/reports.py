"""Reports: outcome figures for groups and trainer delivery, each downloadable through the one
export path."""

from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from cms.bilingual import missing_gaelic
from cms.translation import catalogue_review, originals, page_translations
from courses.admin.base import CoordinatorMixin, forbidden
from courses.admin.exports import export_url
from courses.admin.forms import OutcomeFilterForm
from courses.downloads import download_response
from courses.export_kinds import KINDS
from courses.models import Area, ConfidenceScale, Venue
from courses.permissions import EXPORT_PERMISSION
from courses.resources import OutcomesResource, TrainerDeliveryResource
from courses.services import outcomes
from courses.services.exports import Export, prepare_download
from trainers.models import EXPIRING_WITHIN_DAYS, Accreditation, TrainerProfile


class OutcomesView(CoordinatorMixin, WagtailAdminTemplateMixin, TemplateView):
    """Outcome figures for groups, never for one person; small groups withheld. Downloads go
    through the one export path."""

    permission_required = "courses.view_outcomes"
    template_name = "courses/admin/outcomes.html"
    page_title = gettext_lazy("Outcomes")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        data = request.GET.copy()
        data.pop("download", None)
        self.form = OutcomeFilterForm(data or None)
        filters = self.filters()
        file_format = request.GET.get("download")
        if file_format and not request.user.has_perm(EXPORT_PERMISSION):
            return forbidden(request)
        if file_format and filters is not None:
            export = Export(name="outcomes", resource=OutcomesResource(),
                            rows=outcomes.presented_rows(filters), filters=filters.as_dict())
            return download_response(prepare_download(request.user, export, file_format))
        return super().get(request, *args, **kwargs)

    def filters(self) -> outcomes.OutcomeFilters | None:
        if not self.form.is_bound:
            return outcomes.OutcomeFilters()
        if not self.form.is_valid():
            return None
        return outcomes.OutcomeFilters(**{k: v for k, v in self.form.cleaned_data.items()})

    def get_context_data(self, **kwargs):
        filters = self.filters()
        query = self.request.GET.copy()
        query.pop("download", None)
        return super().get_context_data(
            form=self.form,
            rows=list(outcomes.presented_rows(filters)) if filters else [],
            resource=OutcomesResource(),
            can_export=self.request.user.has_perm(EXPORT_PERMISSION),
            query=query.urlencode(),
            small_group=outcomes.SMALL_GROUP,
            **kwargs,
        )


class TrainerDeliveryView(CoordinatorMixin, WagtailAdminTemplateMixin, TemplateView):
    """Sessions and hours per trainer over the sessions held, with the same filters as the
    sessions listing."""

    permission_required = "courses.view_facilitation"
    template_name = "courses/admin/trainer_delivery.html"
    page_title = gettext_lazy("Trainer delivery")
    header_icon = "user"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        kind = KINDS["trainer-delivery"]
        filterset = kind.filterset(self.request.GET or None, queryset=kind.queryset())
        rows = kind.rows(filterset.qs) if filterset.is_valid() or not filterset.is_bound else []
        resource = TrainerDeliveryResource()
        fields = resource.get_export_fields()
        can_export = self.request.user.has_perm(EXPORT_PERMISSION)
        return super().get_context_data(
            filterset=filterset, headers=resource.get_export_headers(),
            rows=[[resource.export_field(field, row) for field in fields] for row in rows],
            csv_url=export_url("trainer-delivery", self.request.GET, "csv") if can_export
            else None,
            xlsx_url=export_url("trainer-delivery", self.request.GET, "xlsx") if can_export
            else None, **kwargs)


GAELIC = "gd"


class GaelicVersionsView(CoordinatorMixin, WagtailAdminTemplateMixin, TemplateView):
    """What coordinators have written in English and not yet in Gaelic: the Gaelic pages show
    the English (marked as English) until someone does."""

    permission_required = "courses.change_venue"
    template_name = "courses/admin/gaelic_versions.html"
    page_title = gettext_lazy("Gaelic versions")
    header_icon = "globe"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        kinds = [
            (gettext_lazy("Areas"), "area:edit", Area.objects.all(), ["name"]),
            (gettext_lazy("Venues"), "venue:edit", Venue.objects.all(),
             ["name", "access_notes", "joining_instructions"]),
            (gettext_lazy("Trainers"), "trainerprofile:edit",
             TrainerProfile.objects.select_related("user"), ["bio", "lived_experience_statement"]),
        ]
        sections = []
        for title, edit_url, records, fields in kinds:
            records = list(records)
            sections.append({"title": title, "edit_url": edit_url, "total": len(records),
                             "missing": missing_gaelic(records, fields)})
        pages = page_translations(GAELIC)
        return super().get_context_data(
            sections=sections, pages=pages, scales=self._scales(),
            pages_done=sum(page.state == "translated" for page in pages),
            catalogue=catalogue_review(GAELIC), **kwargs)

    @staticmethod
    def _scales() -> list[dict]:
        """Each confidence scale, its Gaelic version, and how many of its parts (introduction,
        anchors, statements) are still in English there."""
        scales = []
        for scale in originals(ConfidenceScale.objects.all()):
            wording = scale.worded_in(GAELIC)
            parts = [wording.introduction, wording.low_anchor, wording.high_anchor,
                     *(words for _statement, words in wording.statements)]
            scales.append({
                "scale": scale, "translation": scale.get_translation_or_none(
                    Locale.objects.get(language_code=GAELIC)),
                "still_in_english": sum(1 for part in parts if part and part.language != GAELIC),
                "parts": sum(1 for part in parts if part),
            })
        return scales


class ExpiringAccreditationsView(CoordinatorMixin, WagtailAdminTemplateMixin, TemplateView):
    """Accreditations ending in the next 60 days, soonest first, so a coordinator can arrange
    a refresher (or a new accreditation date) before a trainer has to stop delivering."""

    permission_required = "trainers.view_accreditation"
    template_name = "courses/admin/expiring_accreditations.html"
    page_title = gettext_lazy("Accreditations ending soon")
    header_icon = "warning"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        accreditations = (Accreditation.objects.expiring()
                          .select_related("trainer__user", "course").order_by("expires_on"))
        return super().get_context_data(accreditations=accreditations,
                                        within_days=EXPIRING_WITHIN_DAYS, **kwargs)
