from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from trainers.models import TrainerProfile


class TrainerProfileViewSet(ModelViewSet):
    model = TrainerProfile
    icon = "user"
    menu_label = _("Trainers")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["user", "kind", "stage"]
    list_filter = ["kind", "stage"]
    search_fields = ["user__full_name", "user__email"]
    copy_view_enabled = False


@hooks.register("register_admin_viewset")
def register_trainers():
    return TrainerProfileViewSet()
