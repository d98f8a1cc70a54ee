"""Project-wide promises: migrations match the models, and the error pages stand alone."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import RequestFactory
from django.views.defaults import server_error


@pytest.mark.django_db
def test_every_model_change_has_a_migration():
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


def test_the_server_error_page_renders_without_any_context():
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Sorry, something went wrong" in html
    assert "Traceback" not in html


@pytest.mark.django_db
def test_seed_demo_runs_twice_without_duplicating_anything(capsys):
    from accounts.models import User
    from courses.models import CoursePage, ModulePage

    call_command("seed_demo")
    counts = (User.objects.count(), CoursePage.objects.count(), ModulePage.objects.count())
    call_command("seed_demo")
    assert (User.objects.count(), CoursePage.objects.count(),
            ModulePage.objects.count()) == counts
    assert counts[1:] == (4 * 2, 16 * 2)  # in English and in Gaelic
    from wagtail_localize.models import StringTranslation
    translated = StringTranslation.objects.count()
    call_command("seed_demo")
    assert StringTranslation.objects.count() == translated
    assert "coordinator@example.org" in capsys.readouterr().out


def test_the_favicon_is_found(client, db):
    response = client.get("/favicon.ico", follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[0][0].endswith("favicon.ico")


def test_each_log_line_is_printed_once_in_development():
    import logging
    import logging.config

    from django.conf import settings
    from django.utils.log import DEFAULT_LOGGING

    logging.config.dictConfig(DEFAULT_LOGGING)
    logging.config.dictConfig(settings.LOGGING)  # what Django does at start-up
    handlers = 0
    logger = logging.getLogger("django.request")
    while logger:
        handlers += len(logger.handlers)
        logger = logger.parent if logger.propagate else None
    assert handlers == 1
