from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import CreateView, EditView
from wagtail.admin.viewsets.model import ModelViewSet

from accounts.admin_views import OnceOnlyCreateMixin
from trainers.models import TrainerProfile
from trainers.services import move_to_stage


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


class TrainerProfileViewSet(ModelViewSet):
    model = TrainerProfile
    icon = "user"
    menu_label = _("Trainers")
    menu_order = 220
    add_to_admin_menu = True
    add_view_class = TrainerProfileCreateView
    edit_view_class = TrainerProfileEditView
    list_display = ["user", "kind", "stage", "created_at"]
    list_filter = ["kind", "stage", "areas"]
    search_fields = ["user__full_name", "user__email"]
    copy_view_enabled = False


@hooks.register("register_admin_viewset")
def register_trainers():
    return TrainerProfileViewSet()
