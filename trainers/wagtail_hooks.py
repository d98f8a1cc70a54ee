from datetime import timedelta

import django_filters
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from accounts.admin_views import OnceOnlyCreateMixin
from trainers.models import ACTIVE_WITHIN_DAYS, TrainerProfile
from trainers.services.progression import move_to_stage


class StageRecordingMixin:
    """A changed stage goes through ``move_to_stage``, which keeps the dated history."""

    def save_instance(self):
        stage = self.form.cleaned_data["stage"]
        profile = self.form.save(commit=False)
        if profile.pk:  # the stage changes below, with its history, not here
            profile.stage = TrainerProfile.objects.get(pk=profile.pk).stage
        profile.save()
        self.form.save_m2m()
        return move_to_stage(profile, stage, by=self.request.user)


class TrainerProfileCreateView(OnceOnlyCreateMixin, StageRecordingMixin, CreateView):
    pass


class TrainerProfileEditView(StageRecordingMixin, EditView):
    pass


class TrainerProfileFilterSet(WagtailFilterSet):
    delivery = django_filters.ChoiceFilter(
        label=_("Active"), method="filter_delivery", empty_label=_("Any"),
        choices=[("active", _("Active: delivered in the last 12 months")),
                 ("not_active", _("Not active"))])

    class Meta:
        model = TrainerProfile
        fields = ["kind", "stage", "areas"]

    def filter_delivery(self, queryset, name, value):
        return queryset.active() if value == "active" else queryset.not_active()


class TrainerProfileIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().with_last_delivery().select_related("user")


class ActiveColumn(Column):
    """Yes, with the date of their last session, or No (and when, if ever)."""

    def get_value(self, instance):
        last = instance.last_delivered_at
        if last is None:
            return _("No, never delivered")
        when = formats.date_format(timezone.localtime(last), "j M Y")
        if last >= timezone.now() - timedelta(days=ACTIVE_WITHIN_DAYS):
            return _("Yes, last on %(date)s") % {"date": when}
        return _("No, last on %(date)s") % {"date": when}


class TrainerProfileViewSet(ModelViewSet):
    model = TrainerProfile
    icon = "user"
    menu_label = _("Trainers")
    menu_order = 220
    add_to_admin_menu = True
    index_view_class = TrainerProfileIndexView
    add_view_class = TrainerProfileCreateView
    edit_view_class = TrainerProfileEditView
    list_display = ["user", "kind", "stage", ActiveColumn("last_delivered_at", label=_("Active")),
                    "created_at"]
    filterset_class = TrainerProfileFilterSet
    search_fields = ["user__full_name", "user__email"]
    copy_view_enabled = False


@hooks.register("register_admin_viewset")
def register_trainers():
    return TrainerProfileViewSet()
