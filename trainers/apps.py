from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainersConfig(AppConfig):
    name = "trainers"
    verbose_name = _("Trainers")

    def ready(self) -> None:
        from trainers.personal_data import register_trainers_data

        register_trainers_data()
