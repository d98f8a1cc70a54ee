"""The demo keeps its promises: every account `seed_demo` prints logs in with the demo
password through the real login form, and what the README says the demo shows is there."""

import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client

from accounts.models import User
from courses.demo.people import PASSWORD
from courses.models import CoursePage, CPDEntry, Enrolment, Observation
from courses.services import learning

pytestmark = pytest.mark.django_db
README = (Path(__file__).resolve().parent.parent / "README.md").read_text()
ACCOUNT_LINE = re.compile(r"^  (\S+@example\.org) ", re.M)


@pytest.fixture
def demo():
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def _logged_in(email: str) -> Client:
    client = Client()
    response = client.post("/accounts/login/", {"login": email, "password": PASSWORD})
    assert response.status_code == 302, email
    assert "confirm-email" not in response["Location"], email
    assert client.session.get("_auth_user_id"), email
    return client


def test_every_account_the_demo_prints_logs_in(demo):
    accounts = ACCOUNT_LINE.findall(demo)
    assert len(accounts) >= 20 and "trainer3@example.org" in accounts
    assert "quiet@example.org" in accounts
    for email in accounts:
        _logged_in(email)
    assert "demo-participant-08@example.org" not in accounts  # erased: named as such
    assert "demo-participant-08@example.org left and was erased" in demo


def test_the_readme_lists_every_demo_account(demo):
    for email in ACCOUNT_LINE.findall(demo):
        if not email.startswith("demo-participant-"):
            assert email in README, email
    assert "demo-participant-01@example.org" in README


def test_the_readme_promises_about_the_demo_hold(demo):
    assert "*Reports → My exports* has a background\nexport ready to download" in README
    coordinator = _logged_in("coordinator@example.org")
    assert coordinator.get("/admin/").status_code == 200
    exports = coordinator.get("/admin/exports/").content.decode()
    download = re.search(r'href="(/admin/exports/\d+/download/)"', exports)
    assert download, "no export waiting to be downloaded"
    assert coordinator.get(download[1]).status_code == 200
    batches = coordinator.get("/admin/importbatch/").content.decode()
    assert re.search(r"register-\d{4}-\d\d-\d\d\.csv", batches) and "Saved" in batches
    assert "sign-ups-aberdeen-library.csv" in batches and "Checked, not yet saved" in batches
    assert coordinator.get("/admin/attendance/").status_code == 200
    assert coordinator.get("/admin/auditentry/").status_code == 200
    assert coordinator.get("/admin/people/?q=demo").status_code == 200
    assert "Peigi Fòn" in coordinator.get("/admin/people/?q=Peigi").content.decode()
    to_do = coordinator.get("/admin/calls-and-letters/").content.decode()
    assert "Peigi Fòn" in to_do and "Murchadh Litir" in to_do
    assert "Reports → Calls and\nletters* has the call to make to Peigi" in README
    assert "*Reports → Demand for courses* shows five people waiting" in README
    report = coordinator.get("/admin/demand/")
    assert report.context["total"] == 5 and len(report.context["rows"]) == 3
    aberdeen = Enrolment.objects.filter(run__venue__name="Harbourside Hall")
    assert {"Peigi Fòn", "Murchadh Litir"} <= set(
        aberdeen.values_list("user__full_name", flat=True))
    pair = Enrolment.objects.get(user__full_name="Ceit NicAoidh",
                                 run__venue__name="Southside Wellbeing Centre")
    assert pair.partner().user.full_name == "Dòmhnall MacAoidh" and pair.holds_place
    assert "Ceit NicAoidh* rang to come\nwith her husband *Dòmhnall MacAoidh*" in README
    assert "Beò gu math le tinneas fad-ùine" in _logged_in("carer@example.org").get(
        "/gd/courses/living-well/").content.decode()

    participant = _logged_in("participant@example.org")
    my = participant.get("/my/").content.decode()
    assert "/certificates/" in my and "waiting list" in my.lower()
    assert participant.get("/my/data/").status_code == 200

    staff = _logged_in("staff@example.org")
    assert "Falls prevention study day" in staff.get("/my/cpd/").content.decode()

    trainer = _logged_in("trainer@example.org")
    assert trainer.get("/gd/trainer/").status_code == 200


def test_nobody_in_the_demo_both_takes_part_in_and_helps_deliver_a_run(demo):
    from courses.models import Enrolment, Facilitation

    for facilitation in Facilitation.objects.all():
        assert not Enrolment.objects.filter(
            run=facilitation.run, user=facilitation.trainer.user).exists()


def test_the_demo_shows_an_observed_trainer_and_one_to_be_observed(demo):
    """What the README says about observation and coaching."""
    assert "*Reports → Fidelity* shows both" in README
    coordinator = _logged_in("coordinator@example.org")
    report = coordinator.get("/admin/fidelity/").content.decode()
    assert "Anna Rothach" in report and "Seumas Dòmhnallach" in report
    assert "Observer assigned" in report
    assert "Iain MacCoinnich" in coordinator.get("/admin/accreditations-ending/").content.decode()
    anna = _logged_in("trainer4@example.org")
    page = anna.get("/trainer/").content.decode()
    observation = re.search(r'href="(/trainer/observations/\d+/)"', page)
    assert "A warm, confident first session" in anna.get(observation[1]).content.decode()
    again = StringIO()
    call_command("seed_demo", stdout=again)  # idempotent
    assert Observation.objects.filter(status="observed").count() == 1


def test_the_run_under_way_has_an_open_and_a_closed_follow_up(demo):
    from courses.models import FollowUp

    tasks = FollowUp.objects.select_related("volunteer")
    assert {task.status for task in tasks} == {"open", "closed"}
    assert tasks.get(status="open").volunteer.email == "volunteer@example.org"
    volunteer = _logged_in("volunteer@example.org")
    assert "1 person to get in touch with" in volunteer.get("/my/").content.decode()
    coordinator = _logged_in("coordinator@example.org")
    assert coordinator.get("/admin/follow-ups/?status=all").status_code == 200
    assert coordinator.get("/admin/concerns/").status_code == 200


def test_the_demo_working_party_has_a_version_waiting_for_its_member(demo):
    """What the README says about the Highland working party."""
    assert "waits for Mòrag, who reads it" in README
    member = _logged_in("codesign@example.org")
    assert "1 version waiting for your sign-off" in member.get("/my/").content.decode()
    space = member.get("/codesign/").content.decode()
    review = re.search(r'href="(/codesign/reviews/\d+/)"', space)
    page = member.get(review[1]).content.decode()
    assert "Dr Alasdair Grannd (professional) signed off" in page
    assert "Sign off this version" in page
    coordinator = _logged_in("coordinator@example.org")
    report = coordinator.get("/admin/codesign/sign-off/")
    assert [row.module.title for row in report.context["report"].overdue] == [
        "Pacing, energy and rest"]


def test_the_funder_report_opens_on_a_demo_quarter_with_figures(demo):
    assert "*Reports → Funder report* opens on the last full quarter" in README
    coordinator = _logged_in("coordinator@example.org")
    report = coordinator.get("/admin/funder-report/").context["report"]
    summary = dict(report.summary.records())
    assert summary["Places taken"] >= 48 and summary["People who completed"] >= 30
    published = {cell for table in report.tables for row in table.records() for cell in row}
    assert {"fewer than 5", "withheld"} <= published
    history = User.objects.filter(email__contains="quarter-history")
    assert history.count() == 48
    assert not any(person.has_usable_password() for person in history)  # no logins


def test_the_demo_shows_self_paced_learning_as_the_readme_says(demo):
    assert "half-way through *Pacing and energy, at your own pace* online" in README
    participant = _logged_in("participant@example.org")
    course = participant.get("/courses/pacing-and-energy/").content.decode()
    second = list(CoursePage.objects.get(slug="pacing-and-energy",
                                         locale__language_code="en").modules())[1]
    assert f"Carry on where you left off: {second.title}" in course
    assert "Monday: shopping, then a long rest." in participant.get(second.url).content.decode()
    assert "Courses online, at your own pace" in participant.get("/my/").content.decode()

    entry = CPDEntry.objects.get(user__email="staff@example.org", method="e_learning")
    assert entry.reflection_template == "nmc"
    assert entry.certificates.get(revoked_at__isnull=True).knowledge_checks_passed == 3
    log = _logged_in("staff@example.org").get("/my/cpd/").content.decode()
    assert "NMC" in log

    assert "*Reports → Knowledge checks* lists the self-paced modules" in README
    first = list(CoursePage.objects.get(slug="pacing-and-energy",
                                        locale__language_code="en").modules())[0]
    rates = _logged_in("coordinator@example.org").get(
        f"/admin/knowledge-checks/{first.pk}/").content.decode()
    assert "67 %" in rates  # the first question: 8 of its 12 answers right

    nurse = User.objects.get(email="nurse@example.org")
    cpd_module = CoursePage.cpd_modules().get(locale__language_code="en")
    progress = learning.progress(nurse, cpd_module)
    assert progress.done == 1 and progress.resume_module == progress.steps[1].module


def test_the_demo_volunteer_has_the_hours_and_claims_the_readme_promises(demo):
    """What the README says of Ceitidh and Màiri under *Volunteers*."""
    assert "a call from home, and four hours at the carers' café" in README
    volunteer = _logged_in("volunteer@example.org")
    page = volunteer.get("/my/volunteering/").content.decode()
    assert "Friendly caller, Greeter, Session helper" in page
    assert "Carers&#x27; Café" in page and "From home" in page
    for claim in ("£12.40</strong>, Bus to the first session and back",
                  "£8.75</strong>, A cake for the café (Carers&#x27; Café)",
                  "£6.50</strong>, Milk and biscuits for session 2"):
        assert claim in page, claim
    for status in ("Paid", "Approved, to be paid", "Waiting for approval"):
        assert status in page
    coordinator = _logged_in("coordinator@example.org")
    listing = coordinator.get("/admin/volunteer/").content.decode()
    assert "Ceitidh Rothach" in listing and "Màiri Chaimbeul" in listing
    assert "Offered to help" in listing
