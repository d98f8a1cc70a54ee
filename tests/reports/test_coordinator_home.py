"""The coordinator's home: the panels at the top of the Wagtail admin's dashboard, each built
from a hand-made fixture, with its links, shown by permission, in a constant number of
queries."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts import roles
from courses.models import (
    Attendance,
    Certificate,
    Concern,
    Enrolment,
    EnrolmentStatus,
    Facilitation,
    FollowUp,
    FollowUpPriority,
    ImportBatch,
    OutboxMessage,
    Session,
)
from courses.services import enrolment as enrolment_service
from courses.services import scheduling
from courses.services.errors import SchedulingError
from tests.accounts.factories import UserFactory
from tests.courses.factories import (
    AccreditationFactory,
    CourseRunFactory,
    TrainerProfileFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 3, 3, 9, 0, tzinfo=LONDON)  # a Tuesday morning
SECRET = "Said nobody has visited for weeks."


def at(days: int, hour: int, minute: int = 0) -> datetime:
    return (NOW + timedelta(days=days)).replace(hour=hour, minute=minute)


def meeting(run, days: int, hour: int, minute: int = 0, hours: float = 2.5) -> Session:
    starts_at = at(days, hour, minute)
    return Session.objects.create(run=run, starts_at=starts_at,
                                  ends_at=starts_at + timedelta(hours=hours))


def trainer(course, name: str, kind: str = "peer"):
    profile = TrainerProfileFactory(kind=kind, user=UserFactory(full_name=name,
                                                                roles=[roles.PEER_TRAINER]))
    AccreditationFactory(trainer=profile, course=course)
    return profile


def person(name: str):
    return UserFactory(full_name=name, roles=[roles.PARTICIPANT])


@pytest.fixture
def now(time_machine):
    time_machine.move_to(NOW, tick=False)
    return NOW


@pytest.fixture
def world(now, home, course, tara, pat, sam, cora):
    """Two runs meeting today (one online, its register half taken though it is over), one
    tomorrow; four drafts; a full run with two waiting; offers ending in 5 and 72 hours; a
    completion taken back with its certificate still valid; failed, old and unsent
    messages; imports waiting and saved; follow-ups and concerns, open and closed."""
    hall = CourseRunFactory(course=course, venue=VenueFactory(name="Harbourside Hall"))
    hall_today = meeting(hall, 0, 10)
    hall_tomorrow = meeting(hall, 1, 14)
    meeting(hall, -1, 10)  # yesterday: not shown
    meeting(hall, 2, 10)  # the day after tomorrow: not shown
    tara_profile = TrainerProfileFactory(user=tara, kind="peer")
    AccreditationFactory(trainer=tara_profile, course=course)
    scheduling.assign_trainer(hall, tara_profile, "lead")
    scheduling.assign_trainer(hall, trainer(course, "Dr Pro Fessional", "professional"),
                              "co_trainer")
    for someone in (pat, sam):
        enrolment_service.enrol(hall, someone, by_coordinator=True)

    online = CourseRunFactory(course=course, venue=VenueFactory(name="Zoom room", area=None,
                                                                is_online=True))
    early = meeting(online, 0, 7, hours=1.5)
    iain, morag = person("Iain Dubh"), person("Mòrag Bheag")
    marked = enrolment_service.enrol(online, iain, by_coordinator=True)
    enrolment_service.enrol(online, morag, by_coordinator=True)
    Attendance.objects.create(session=early, enrolment=marked, status="present",
                              method="trainer", marked_by=cora, marked_at=NOW)
    cancelled = CourseRunFactory(course=course, status="cancelled")
    meeting(cancelled, 0, 13)  # a cancelled run's session: not shown

    drafts = _drafts(course)
    full, waiting = _waiting_list(course)
    offers = _offers(course)
    changed = _completions(course)
    messages = _messages(pat, sam)
    batches = _imports(hall, cora, tara)
    follow_ups = _follow_ups(hall, hall_today, pat, sam)
    concerns = _concerns(hall, pat, tara)
    return locals()


def _drafts(course) -> dict:
    nothing = CourseRunFactory(course=course, status="draft", venue=VenueFactory(name="Bare"))
    one_peer = CourseRunFactory(course=course, status="draft", venue=VenueFactory(name="Solo"))
    meeting(one_peer, 20, 10)
    Facilitation.objects.create(run=one_peer, trainer=trainer(course, "Lone Peer"), role="lead")
    no_peer = CourseRunFactory(course=course, status="draft", venue=VenueFactory(name="Pros"))
    meeting(no_peer, 21, 10)
    for name in ("Prof One", "Prof Two"):
        Facilitation.objects.create(run=no_peer, trainer=trainer(course, name, "professional"),
                                    role="lead")
    ready = CourseRunFactory(course=course, status="draft", venue=VenueFactory(name="Ready"))
    meeting(ready, 22, 10)
    for name, kind in (("Ready Peer", "peer"), ("Ready Pro", "professional")):
        Facilitation.objects.create(run=ready, trainer=trainer(course, name, kind),
                                    role="co_trainer")
    return {"nothing": nothing, "one_peer": one_peer, "no_peer": no_peer, "ready": ready}


def _waiting_list(course):
    full = CourseRunFactory(course=course, capacity=1, venue=VenueFactory(name="Wee Room"))
    meeting(full, 14, 10)
    waiting = [enrolment_service.enrol(full, person(name), by_coordinator=True)
               for name in ("First In", "Second Waiting", "Third Waiting")]
    assert [e.status for e in waiting] == ["confirmed", "waitlisted", "waitlisted"]
    return full, waiting[1:]


def _offers(course) -> dict:
    run = CourseRunFactory(course=course, venue=VenueFactory(name="Offer Hall"))
    soon = Enrolment.objects.create(run=run, user=person("Soon Ending"), status="offered",
                                    offer_expires_at=NOW + timedelta(hours=5))
    later = Enrolment.objects.create(run=run, user=person("Later Ending"), status="offered",
                                     offer_expires_at=NOW + timedelta(hours=72))
    return {"soon": soon, "later": later}


def _completions(course) -> dict:
    run = CourseRunFactory(course=course, status="finished", venue=VenueFactory(name="Past"))
    taken_back = Enrolment.objects.create(
        run=run, user=person("Taken Back"), status=EnrolmentStatus.NOT_COMPLETED,
        completion_changed_at=NOW - timedelta(days=2))
    Certificate.objects.create(code="HOME-0001", kind="course", user=taken_back.user,
                               enrolment=taken_back, name="Taken Back", course_title="Living Well",
                               language="en", finished_on=NOW.date() - timedelta(days=10))
    long_ago = Enrolment.objects.create(
        run=run, user=person("Long Ago"), status=EnrolmentStatus.COMPLETED,
        completion_changed_at=NOW - timedelta(days=100))
    return {"taken_back": taken_back, "long_ago": long_ago}


def _messages(pat, sam) -> dict:
    failed = OutboxMessage.objects.create(
        kind="session_reminder", key="home-failed", recipient=pat, channel="email",
        attempts=5, failed_at=NOW - timedelta(days=1), last_error="550 mailbox unavailable")
    OutboxMessage.objects.create(kind="session_reminder", key="home-old", recipient=sam,
                                 failed_at=NOW - timedelta(days=40), last_error="too old")
    OutboxMessage.objects.create(kind="session_reminder", key="home-unsent", recipient=sam)
    return {"failed": failed}


def _imports(run, cora, tara) -> dict:
    mine = ImportBatch.objects.create(kind="register", run=run, uploaded_by=cora,
                                      original_name="week-one.csv")
    theirs = ImportBatch.objects.create(kind="enrolments", run=run, uploaded_by=tara,
                                        original_name="sign-ups.xlsx")
    ImportBatch.objects.create(kind="register", run=run, uploaded_by=cora,
                               original_name="saved-already.csv", status="applied")
    return {"mine": mine, "theirs": theirs}


def _follow_ups(run, session, pat, sam) -> dict:
    places = {e.user_id: e for e in run.enrolments.all()}
    urgent = FollowUp.objects.create(enrolment=places[pat.pk], session=session,
                                     last_missed=session, last_missed_at=session.starts_at,
                                     priority=FollowUpPriority.HIGH)
    FollowUp.objects.create(enrolment=places[sam.pk], session=session, last_missed=session,
                            last_missed_at=session.starts_at, status="closed")
    return {"urgent": urgent}


def _concerns(run, pat, tara) -> dict:
    place = run.enrolments.get(user=pat)
    still_open = Concern.objects.create(enrolment=place, kind="safeguarding", details=SECRET,
                                        raised_by=tara)
    Concern.objects.create(enrolment=place, kind="wellbeing", details="Closed one.",
                           raised_by=tara, closed_at=NOW)
    return {"open": still_open}


def section(html: str, name: str) -> str:
    """The markup of one of our panels (``home-<name>``), or '' when it is not there."""
    match = re.search(rf'<section[^>]*id="home-{name}-section".*?</section>', html, re.S)
    return match.group(0) if match else ""


def text(markup: str) -> str:
    """What the markup reads as: words with single spaces, none before punctuation."""
    words = " ".join(re.sub(r"<[^>]+>", " ", markup).split())
    return re.sub(r" ([:;,.])", r"\1", words)


def items(markup: str) -> dict[str, str]:
    """The text of each run in a panel's list, by its venue's name."""
    parts = text(markup).split("Living Well – ")[1:]
    return {part.split(" ")[0].rstrip(":"): part for part in parts}


@pytest.fixture
def page(client, cora):
    def get() -> str:
        client.force_login(cora)
        response = client.get("/admin/")
        assert response.status_code == 200
        return response.content.decode()
    return get


# --- each panel ----------------------------------------------------------------------------------

def test_it_lists_today_s_and_tomorrow_s_sessions_with_trainers_places_and_register(world,
                                                                                      page):
    panel = section(page(), "sessions-soon")
    today, tomorrow = panel.split("Tomorrow, Wednesday 4 March")
    assert "Today, Tuesday 3 March" in today
    early, hall = [text(row) for row in re.findall(r"<tr>(.*?)</tr>", today, re.S)[1:]]
    assert early.startswith("07:00–08:30") and hall.startswith("10:00–12:30")
    assert "Living Well" in early and "Online" in early and "No trainers" in early
    assert "2 of 12" in early and "Partly taken: 1 of 2 marked" in early
    assert "Harbourside Hall, Highland" in hall
    assert "Tara Trainer (lead trainer), Dr Pro Fessional (co-trainer)" in hall
    assert "2 of 12" in hall and "Not yet taken" in hall
    assert "14:00–16:30" in text(tomorrow) and "Harbourside Hall" in tomorrow
    assert panel.count("<tr>") == 2 + 3  # a header row for each day, three sessions
    hall_run, session = world["hall"], world["hall_today"]
    assert f'href="/admin/course_runs/{hall_run.pk}/schedule/"' in panel
    assert f'href="/trainer/sessions/{session.pk}/"' in panel
    assert "<caption" in panel and 'scope="col"' in panel


def test_it_says_which_drafts_cannot_open_and_why_by_the_rule_open_run_applies(world, page):
    html = section(page(), "runs-not-ready")
    assert ("3 draft runs cannot open yet. 1 other draft run is ready to open."
            in text(html))
    runs = items(html)
    assert list(runs) == ["Solo", "Pros", "Bare"]  # by first session; none yet goes last
    two, peer, sessions = ("needs two trainers", "must be a peer trainer",
                           "Add the sessions before opening the run.")
    assert "no sessions yet" in runs["Bare"]
    assert all(reason in runs["Bare"] for reason in (two, peer, sessions))
    assert "first session 23 Mar 2026" in runs["Solo"]
    assert two in runs["Solo"] and peer not in runs["Solo"] and sessions not in runs["Solo"]
    assert peer in runs["Pros"] and two not in runs["Pros"]
    with pytest.raises(SchedulingError) as refused:
        scheduling.open_run(world["drafts"]["no_peer"])
    assert refused.value.message in runs["Pros"]
    assert f'href="/admin/course_runs/{world["drafts"]["nothing"].pk}/schedule/"' in html
    assert 'href="/admin/course_runs/?status=draft"' in html


def test_it_shows_waiting_lists_and_offers_ending_within_two_days(world, page):
    html = section(page(), "waiting")
    panel = text(html)
    assert "2 waiting for a place on 1 run." in panel
    assert "Living Well – Wee Room: 2 waiting, 1 of 1 places taken" in panel
    assert "1 offer of a place ends soon." in panel
    assert "Soon Ending, Living Well – Offer Hall: open until Tue 3 Mar, 14:00" in panel
    assert "Later Ending" not in panel
    assert f'href="/admin/course_runs/{world["full"].pk}/schedule/"' in html
    assert 'href="/admin/enrolment/?status=waitlisted"' in html
    assert 'href="/admin/enrolment/?status=offered"' in html


def test_it_lists_completions_changed_after_closing_and_flags_a_certificate_left_valid(
        world, page):
    html = section(page(), "completions-changed")
    panel = text(html)
    assert "changed 1 person's completion in the last 90 days" in panel
    assert ("Taken Back, Living Well – Past: now “Not completed” (changed 1 Mar 2026); "
            "their certificate is still valid") in panel
    assert "Long Ago" not in panel
    assert 'href="/admin/enrolment/?completion_changed=true"' in html


def test_it_lists_messages_given_up_on_in_the_last_month(world, page):
    html = section(page(), "failed-messages")
    panel = text(html)
    assert "1 message was given up on in the last 30 days" in panel
    assert "Pat Participant, E-mail (session_reminder): given up 2 Mar, 09:00" in panel
    assert "550 mailbox unavailable" in panel and "too old" not in panel
    assert 'href="/admin/outboxmessage/"' in html


def test_it_lists_imports_waiting_and_links_only_the_coordinator_s_own_to_its_check_page(
        world, page):
    html = section(page(), "imports-waiting")
    panel = text(html)
    assert "2 uploaded files were checked but not saved or discarded." in panel
    assert "uploaded by you on" in panel
    assert "uploaded by Tara Trainer on 3 Mar, 09:00; only they can save it" in panel
    assert "saved-already.csv" not in panel
    assert f'href="/admin/imports/{world["batches"]["mine"].pk}/"' in html
    assert f'href="/admin/imports/{world["batches"]["theirs"].pk}/"' not in html
    assert 'href="/admin/importbatch/?status=previewed"' in html


def test_it_lists_open_follow_ups(world, page):
    html = section(page(), "follow-ups")
    panel = text(html)
    assert "1 friendly call after a missed session is still to make." in panel
    assert ("Pat Participant, Living Well: missed 3 Mar; High: missed two sessions in a row; "
            "with the run's trainers") in panel
    assert "Sam Stranger" not in panel
    assert f'href="/admin/follow-ups/{world["follow_ups"]["urgent"].pk}/"' in html


def test_concerns_show_only_to_safeguarding_leads_and_never_whom_or_what(world, page, cora):
    assert section(page(), "concerns") == ""
    cora.groups.add(Group.objects.get(name="Safeguarding leads"))
    html = section(page(), "concerns")
    concern = world["concerns"]["open"]
    assert f"1 concern is open. Concern #{concern.pk}: Safeguarding" in text(html)
    assert f'href="/admin/concerns/{concern.pk}/"' in html
    assert SECRET not in html and "Pat Participant" not in html


# --- nothing to do, permissions, who reaches the page --------------------------------------------

EMPTY = {
    "sessions-soon": "No sessions today or tomorrow.",
    "runs-not-ready": "No draft run is waiting for sessions or trainers.",
    "waiting": "Nobody is waiting for a place, and no offer ends soon.",
    "completions-changed": "No completion has changed after a run closed recently.",
    "failed-messages": "No message has failed recently.",
    "imports-waiting": "No import is waiting to be saved.",
    "follow-ups": "No follow-up is waiting.",
}


def test_each_panel_says_plainly_when_there_is_nothing_to_do(now, home, page):
    html = page()
    for name, words in EMPTY.items():
        assert text(section(html, name)) .endswith(words), name


def test_our_panels_come_above_wagtail_s_own(world, client, cora):
    cora.groups.add(Group.objects.get(name="Safeguarding leads"))
    client.force_login(cora)
    names = [panel.name for panel in client.get("/admin/").context["panels"]]
    ours = ["sessions_soon", "runs_not_ready", "waiting", "completions_changed",
            "failed_messages", "imports_waiting", "follow_ups", "concerns"]
    assert names[:len(ours)] == ours
    assert "recent_edits" in names[len(ours):]


def test_each_panel_shows_only_to_those_with_its_permission(world, client, home):
    helper = UserFactory(full_name="Fiona Follow-ups")
    helper.user_permissions.set(Permission.objects.filter(
        codename__in=["access_admin", "view_followup"]))
    client.force_login(helper)
    html = client.get("/admin/").content.decode()
    assert section(html, "follow-ups")
    assert [name for name in [*EMPTY, "concerns"] if section(html, name)] == ["follow-ups"]


def test_the_page_is_never_kept_by_a_browser_or_proxy(world, client, cora):
    client.force_login(cora)
    control = client.get("/admin/")["Cache-Control"]
    assert "private" in control and "no-store" in control


@pytest.mark.parametrize("who", ["pat", "tara"])
def test_participants_and_trainers_cannot_reach_the_admin_home(client, home, who, request):
    client.force_login(request.getfixturevalue(who))
    assert client.get("/admin/").status_code == 403


# --- constant queries ----------------------------------------------------------------------------

def _queries(client) -> int:
    client.get("/admin/")  # warm per-process caches (site root paths, templates)
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/admin/").status_code == 200
    return len(queries)


def test_the_whole_page_takes_the_same_queries_however_much_there_is(world, client, cora,
                                                                      course, tara):
    cora.groups.add(Group.objects.get(name="Safeguarding leads"))
    client.force_login(cora)
    small = _queries(client)
    for _ in range(6):
        grown = _world_again(course, tara)
    assert grown
    large = _queries(client)
    assert large == small
    # 49: the session, the user and their permissions, Wagtail's summary, menus and own
    # panels (19), and ours (30: most lists are their rows, their count and their courses)
    assert small <= 50


def _world_again(course, tara) -> bool:
    """One more of everything each panel lists, written straight to the tables."""
    run = CourseRunFactory(course=course, capacity=1)
    session = meeting(run, 0, 11)
    meeting(run, 1, 11)
    Facilitation.objects.create(run=run, trainer=trainer(course, "More Trainer"), role="lead")
    taken = enrolment_service.enrol(run, person("More Person"), by_coordinator=True)
    enrolment_service.enrol(run, person("More Waiting"), by_coordinator=True)
    Attendance.objects.create(session=session, enrolment=taken, status="absent",
                              method="trainer", marked_at=NOW)
    CourseRunFactory(course=course, status="draft")
    Enrolment.objects.create(run=run, user=person("More Offer"), status="offered",
                             offer_expires_at=NOW + timedelta(hours=3))
    Enrolment.objects.create(run=run, user=person("More Changed"), status="completed",
                             completion_changed_at=NOW - timedelta(days=1))
    OutboxMessage.objects.create(kind="k", key=f"more-{run.pk}", recipient=tara,
                                 failed_at=NOW - timedelta(hours=1))
    ImportBatch.objects.create(kind="register", run=run, uploaded_by=tara, original_name="x")
    FollowUp.objects.create(enrolment=taken, session=session, last_missed=session,
                            last_missed_at=session.starts_at)
    Concern.objects.create(enrolment=taken, kind="wellbeing", details="More", raised_by=tara)
    return True
