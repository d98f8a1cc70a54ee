from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self) -> None:
        from config import page_cache
        from courses import cdn, signals, tasks  # noqa: F401  (connect receivers, register tasks)
        from courses.personal_data import register_courses_data

        register_courses_data()
        page_cache.connect()
        cdn.connect()
