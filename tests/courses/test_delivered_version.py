"""Which version of a module a session delivered: recorded once, when its register is first
taken (by a trainer's tap, a self check-in or a typed-up register), kept however often the
register is taken again or the module is published afterwards, and shown to the trainers."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import formats, timezone

from courses.models import ModulePage, Session
from courses.services import enrolment as enrolment_service
from courses.services import imports, scheduling
from courses.services.attendance import check_in, record_attendance

pytestmark = pytest.mark.django_db


def _publish(module: ModulePage, title: str, when) -> int:
    """Publish a new version of ``module`` dated ``when``; returns its revision's id."""
    module = ModulePage.objects.get(pk=module.pk)
    module.title = title
    revision = module.save_revision()
    type(revision).objects.filter(pk=revision.pk).update(created_at=when)
    revision.refresh_from_db()
    revision.publish()
    return revision.pk


@pytest.fixture
def march():
    return timezone.now() - timedelta(days=60)


@pytest.fixture
def session(run, module, march):
    """The run's first session, under way, covering ``module``, published in March."""
    _publish(module, "Pacing", march)
    session = run.sessions.order_by("starts_at").first()
    session.module = module
    session.starts_at = timezone.now() - timedelta(minutes=10)
    session.ends_at = session.starts_at + timedelta(hours=2)
    session.save()
    return session


@pytest.fixture
def place(run, pat):
    return enrolment_service.enrol(run, pat)


def _delivered(session) -> tuple[int | None, object]:
    row = Session.objects.get(pk=session.pk)
    return row.delivered_revision_id, row.delivered_revision_at


def test_it_records_the_live_version_when_the_register_is_first_taken(session, place, tara,
                                                                      module, march):
    assert _delivered(session) == (None, None)
    record_attendance(session, place, "present", by=tara, method="trainer")
    live = ModulePage.objects.get(pk=module.pk).live_revision
    assert _delivered(session) == (live.pk, live.created_at)
    assert abs(live.created_at - march) < timedelta(seconds=1)


def test_taking_the_register_again_keeps_the_first_version(session, place, sam, run, tara, cora,
                                                          module, march):
    record_attendance(session, place, "present", by=tara, method="trainer")
    first = _delivered(session)
    _publish(module, "Pacing, shorter", timezone.now() - timedelta(days=1))
    record_attendance(session, place, "late", by=cora, method="coordinator")
    other = enrolment_service.enrol(run, sam)
    record_attendance(session, other, "present", by=tara, method="trainer")
    assert _delivered(session) == first
    assert ModulePage.objects.get(pk=module.pk).live_revision_id != first[0]


def test_publishing_afterwards_changes_nothing_delivered(session, place, tara, module):
    record_attendance(session, place, "present", by=tara, method="trainer")
    first = _delivered(session)
    _publish(module, "Pacing again", timezone.now())
    assert _delivered(session) == first


def test_a_self_check_in_records_it_too(session, place, pat, module):
    check_in(session, pat)
    assert _delivered(session)[0] == ModulePage.objects.get(pk=module.pk).live_revision_id


def test_a_typed_up_register_records_it_too(session, place, cora, module, run):
    content = f"Enrolment number,Session number,Status\r\n{place.pk},{session.pk},present\r\n"
    batch, preview = imports.upload("register", run, content.encode(), "week1.csv", by=cora)
    assert preview.ok
    imports.confirm(batch, by=cora)
    assert _delivered(session)[0] == ModulePage.objects.get(pk=module.pk).live_revision_id


def test_a_module_never_published_through_a_revision_records_nothing(run, module, place, tara):
    session = run.sessions.order_by("starts_at").first()
    Session.objects.filter(pk=session.pk).update(
        module=module, starts_at=timezone.now() - timedelta(minutes=5),
        ends_at=timezone.now() + timedelta(hours=1))
    session.refresh_from_db()
    record_attendance(session, place, "present", by=tara, method="trainer")
    assert _delivered(session) == (None, None)


def test_other_sessions_of_the_run_are_left_alone(session, place, tara, run):
    record_attendance(session, place, "present", by=tara, method="trainer")
    assert not run.sessions.exclude(pk=session.pk).filter(
        delivered_revision__isnull=False).exists()


def _label(when) -> str:
    return f"Module version of {formats.date_format(timezone.localtime(when), 'j F Y')}"


def _count(client, url) -> tuple[int, str]:
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_the_delivery_view_and_printable_register_say_which_version(
        client, settings, session, place, run, tara, tara_profile, module, march):
    settings.PAGE_CACHE_SECONDS = 300  # the site's furniture kept, as in production
    scheduling.assign_trainer(run, tara_profile, "lead")
    client.force_login(tara)
    urls = [f"/trainer/sessions/{session.pk}/", f"/trainer/sessions/{session.pk}/register/"]
    before = [_count(client, url) for url in urls]
    assert all(_label(march) in page for _queries, page in before)  # the version to deliver

    record_attendance(session, place, "present", by=tara, method="trainer")
    later = timezone.now() - timedelta(days=1)
    _publish(module, "Pacing, shorter", later)
    after = [_count(client, url) for url in urls]
    for _queries, page in after:
        assert _label(march) in page
        assert "the plan shown is the version of " + _label(later).split(" of ")[1] in page
    # no query more once a version is recorded (the budgets: tests/courses/test_query_counts.py)
    assert [queries for queries, _page in before] == [queries for queries, _page in after]


def test_a_session_without_a_module_shows_no_version(client, run, tara, tara_profile):
    scheduling.assign_trainer(run, tara_profile, "lead")
    client.force_login(tara)
    page = client.get(f"/trainer/sessions/{run.sessions.first().pk}/").content.decode()
    assert "Module version of" not in page
