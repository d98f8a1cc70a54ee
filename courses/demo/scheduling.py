"""Demo areas, venues, trainers and runs in the past, present and future, dated from today.

Everything goes through the same services coordinators use, so the demo obeys the rules.
"""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.contrib.auth.models import Group
from django.utils import timezone

from accounts import roles
from accounts.models import ConsentPurpose, User
from accounts.services.consent import give_consent
from accounts.services.profile import create_companion_for, create_participant_for
from cms.translation import originals
from courses.demo.follow_ups import agree_to_follow_ups, seed_follow_ups
from courses.demo.people import demo_account
from courses.models import (
    Area,
    AttendanceStatus,
    CoursePage,
    CourseRun,
    EnrolmentStatus,
    MarkingMethod,
    RatingMoment,
    Venue,
)
from courses.services import attendance, completion, enrolment, feedback, ratings, scheduling
from trainers.models import Accreditation, TrainerKind, TrainerProfile, TrainerStage
from trainers.services.progression import express_interest, move_to_stage

LONDON = ZoneInfo("Europe/London")

VENUES = [
    ("Highland", "Riverside Community Hub", "12 Ness Walk\nInverness", "IV3 5NE",
     "Level entrance from the car park; lift to the first-floor room; accessible toilet; "
     "hearing loop in the main room. Bus 3 stops outside."),
    ("Glasgow", "Southside Wellbeing Centre", "88 Victoria Road\nGlasgow", "G42 7AA",
     "Step-free throughout; two disabled parking bays; quiet room available."),
    ("Aberdeen", "Harbourside Hall", "5 Quay Street\nAberdeen", "AB11 5PQ",
     "Ramp at the side door (ring the bell); accessible toilet on the ground floor."),
]
ONLINE = ("Online (video call)",
          "You will get a link by e-mail the day before each session. You can join by phone "
          "too: call the number in the e-mail and enter the meeting code. A trainer can do a "
          "practice call with you beforehand if you would like one.")
# The Gaelic versions of the areas and venues: ours, awaiting review by a native speaker.
AREAS_GD = {"Highland": "A’ Ghàidhealtachd", "Glasgow": "Glaschu", "Aberdeen": "Obar Dheathain"}
VENUES_GD = {
    "Highland": ("Ionad Coimhearsnachd Taobh na h-Aibhne",
                 "Slighe a-steach rèidh bhon phàirc chàraichean; àrdaichear chun an t-seòmair "
                 "air a’ chiad làr; taigh-beag ruigsinneach; lùb claisneachd san t-seòmar mhòr. "
                 "Stadaidh bus 3 taobh a-muigh."),
    "Glasgow": ("Ionad Sunnd a’ Chinn a Deas",
                "Gun cheum air feadh an togalaich; dà àite-pàircidh do dhaoine ciorramach; "
                "seòmar sàmhach ri fhaighinn."),
    "Aberdeen": ("Talla Taobh a’ Chala",
                 "Ramp aig an doras-taoibh (brùth an clag); taigh-beag ruigsinneach air an "
                 "làr ìosal."),
}
ONLINE_GD = ("Air loidhne (gairm bhidio)",
             "Gheibh thu ceangal air post-d an latha ron a h-uile seisean. ’S urrainn dhut "
             "a dhol a-steach air a’ fòn cuideachd: cuir fòn chun na h-àireimh sa phost-d is "
             "cuir a-steach còd na coinneimh. Ma thogras tu, nì trèanaiche gairm-deuchainn "
             "còmhla riut ro làimh.")

PROFILES = {
    "trainer@example.org": {
        "bio": "Eilidh has led courses across the Highlands since 2021 and trains new peer "
               "trainers.",
        "lived_experience_statement": "I have lived with rheumatoid arthritis since my "
        "twenties. A course like this one helped me stop fighting my body and start planning "
        "around it. I train because I remember how it felt to walk in that first time.",
        "languages": "English, Gàidhlig",
        # Eilidh's Gaelic: ours, awaiting review by a native speaker.
        "bio_gd": "Tha Eilidh air cùrsaichean a stiùireadh air feadh na Gàidhealtachd bho "
                  "2021, agus bidh i a’ trèanadh trèanaichean ùra.",
        "lived_experience_statement_gd": "Tha tinneas nan alt orm bho bha mi nam "
        "fhichead bliadhna. Chuidich cùrsa mar seo mi gus sgur a shabaid an aghaidh mo "
        "chorp agus tòiseachadh air planadh timcheall air. Bidh mi a’ trèanadh a chionn ’s "
        "gu bheil cuimhne agam mar a bha e a’ coiseachd a-steach a’ chiad turas sin.",
    },
    "trainer2@example.org": {"bio": "Iain is an occupational therapist with NHS Highland.",
                             "languages": "English"},
    "trainer3@example.org": {"bio": "Seumas cares for his wife and delivers the carers course.",
                             "languages": "English, BSL"},
}
AREAS_BY_TRAINER = {"trainer@example.org": ["Highland"], "trainer2@example.org": ["Highland"],
                    "trainer3@example.org": ["Glasgow", "Aberdeen"]}

SEUMAS = ("trainer3@example.org", "Seumas Dòmhnallach")
EXTRA_PARTICIPANTS = [
    "Ailsa Grannd", "Màiri Chaimbeul", "Dòmhnall MacLeòid", "Kirsty Rothach",
    "Tormod MacAoidh", "Janet Wilson", "Anndra Stiùbhart", "Peigi Nic an t-Saoir",
    "Hamish Fraser", "Siubhan Ghriogair", "Callum Begg", "Ishbel Mhoireach",
]


VENUE_ACCESS = {
    "Highland": ["step_free", "hearing_loop", "quiet_room", "public_transport"],
    "Glasgow": ["step_free", "hearing_loop", "parking", "public_transport"],
    "Aberdeen": ["step_free", "parking"],
}


def seed_scheduling(people: dict[str, User]) -> None:
    if CourseRun.objects.exists():
        return
    areas = {name: Area.objects.get_or_create(name=name, slug=name.lower(),
                                              defaults={"name_gd": AREAS_GD[name]})[0]
             for name in ("Highland", "Glasgow", "Aberdeen")}
    venues = {area: Venue.objects.create(name=name, area=areas[area], address=address,
                                         postcode=postcode, access_notes=notes,
                                         name_gd=VENUES_GD[area][0],
                                         access_notes_gd=VENUES_GD[area][1],
                                         access_features=VENUE_ACCESS[area])
              for area, name, address, postcode, notes in VENUES}
    venues["Online"] = Venue.objects.create(name=ONLINE[0], is_online=True,
                                            joining_instructions=ONLINE[1],
                                            name_gd=ONLINE_GD[0],
                                            joining_instructions_gd=ONLINE_GD[1])
    living_well = originals(CoursePage.objects).get(slug="living-well")
    caring = originals(CoursePage.objects).get(slug="caring-for-yourself-too")
    trainers = _trainers(people, [living_well, caring])
    crowd = _extra_participants()
    today = timezone.localdate()

    past = _run(living_well, venues["Glasgow"], today - timedelta(days=63), trainers[:2], 12)
    _enrol(past, [people["participant"], *crowd[:8]])
    scheduling.close_enrolment(past)
    _take_registers(past, trainers[0].user)
    _rate(past, RatingMoment.BEFORE)
    completion.close_run(past)
    _rate(past, RatingMoment.END)

    current = _run(living_well, venues["Highland"], today - timedelta(days=14), trainers[:2], 12)
    _enrol(current, [people["carer"], *crowd[4:11]])
    scheduling.close_enrolment(current)
    agree_to_follow_ups([crowd[6], crowd[10]])  # absent from session 2: one comes back
    _take_registers(current, trainers[1].user)
    _rate(current, RatingMoment.BEFORE)
    seed_follow_ups(people, current)

    future = _run(living_well, venues["Aberdeen"], today + timedelta(days=22),
                  [trainers[2], trainers[1]], 12)
    _enrol(future, [*crowd[:5], *_without_email()])
    future.access_features = ["bsl_interpreter", "large_print"]
    future.save(update_fields=["access_features"])

    gaelic = _run(living_well, venues["Online"], today + timedelta(days=30),
                  [trainers[0], trainers[2]], 10, language="gd")
    _volunteers(crowd, gaelic)

    full = _run(caring, venues["Online"], today + timedelta(days=10), [trainers[2], trainers[0]], 4)
    _enrol(full, [people["carer"], *crowd[8:11], people["participant"], crowd[11]])

    draft = CourseRun.objects.create(course=caring, venue=venues["Glasgow"], capacity=10)
    scheduling.create_weekly_sessions(draft, first_starts_at=_at(today + timedelta(days=45),
                                                                 time(13, 30)),
                                      count=4, minutes=120)
    carer, husband = _pair_without_email()
    enrolment.enrol(draft, carer, companion=husband, by_coordinator=True)


# Who came, session by session (P present, L late, E excused, A absent): most people complete,
# two do not, so the demo shows both outcomes.
REGISTER_PATTERNS = ["PPPPPP", "PPLPAP", "PPPAPP", "PAPPPP", "PPAAPA", "PLPPPP", "PPPPEP",
                     "PAAAAA", "APPPLP"]
MARKS = {"P": AttendanceStatus.PRESENT, "L": AttendanceStatus.LATE,
         "E": AttendanceStatus.EXCUSED, "A": AttendanceStatus.ABSENT}


def _take_registers(run: CourseRun, trainer: User) -> None:
    """Mark every session that has started, as the trainer would have."""
    enrolments = list(run.enrolments.filter(status=EnrolmentStatus.CONFIRMED).order_by("pk"))
    started = run.sessions.filter(starts_at__lte=timezone.now()).order_by("starts_at")
    for number, session in enumerate(started):
        for person, place in enumerate(enrolments):
            pattern = REGISTER_PATTERNS[person % len(REGISTER_PATTERNS)]
            attendance.record_attendance(session, place, MARKS[pattern[number]],
                                         by=trainer, method=MarkingMethod.TRAINER,
                                         now=min(session.ends_at, timezone.now()))


# Before and end answers per person (the demo scale has six statements); None = skipped.
CONFIDENCE = [
    ([3, 4, 2, 3, 4, 2], [6, 7, 5, 6, 6, 5]), ([5, 5, 6, 4, 5, 3], [7, 6, 7, 6, 6, 6]),
    ([2, 3, 3, None, 2, 1], [5, 5, 6, 4, 4, 3]), ([6, 7, 6, 6, 7, 5], [7, 7, 6, 7, 8, 6]),
    ([4, 4, 5, 3, 3, 2], [4, 5, 5, 4, 3, 3]), ([1, 2, 2, 1, 3, 1], [4, 3, 5, 3, 4, 2]),
    ([5, 4, 4, 5, 4, 4], [8, 7, 7, 8, 7, 6]),
]
FEEDBACK = ["The weekly planner made pacing click for me.",
            "More time for the break-out pairs, please.",
            "I liked hearing the trainer's own story first."]


def _rate(run: CourseRun, moment: str) -> None:
    """Most people rate before the course, and at the end of a finished one; a few comment."""
    sessions = list(run.sessions.order_by("starts_at"))
    statements = list(run.course.specific.confidence_scale.statements.values_list("pk",
                                                                                  flat=True))
    enrolments = list(run.enrolments.filter(status__in=["confirmed", "completed",
                                                        "not_completed"]).order_by("pk"))
    when = (sessions[0].starts_at - timedelta(days=1) if moment == RatingMoment.BEFORE
            else sessions[-1].ends_at + timedelta(days=1))
    for answers, place in zip(CONFIDENCE, enrolments, strict=False):
        values = answers[0] if moment == RatingMoment.BEFORE else answers[1]
        ratings.save_rating(place, moment, dict(zip(statements, values, strict=True)),
                            now=when)
    if moment == RatingMoment.BEFORE:
        for comment, enrolment in zip(FEEDBACK, enrolments, strict=False):
            feedback.leave_feedback(enrolment, sessions[1], comment)


def _volunteers(crowd: list[User], run: CourseRun) -> None:
    """Two people from the finished run offer to help; one is already shadowing a run she has
    no place on (nobody both takes part in a run and helps deliver it)."""
    coordinator = User.objects.filter(groups__name=roles.COORDINATOR).first()
    keen = express_interest(crowd[0], note="I would love to help others the way I was helped.")
    express_interest(crowd[1], note="Maybe making tea at first, and see how I get on.")
    move_to_stage(keen, TrainerStage.SHADOWING, by=coordinator)
    scheduling.assign_trainer(run, keen, "shadow")


def _trainers(people: dict[str, User], courses: list[CoursePage]) -> list[TrainerProfile]:
    seumas = demo_account(*SEUMAS, roles.PEER_TRAINER)
    group = Group.objects.get(name=roles.PEER_TRAINER)
    specs = [(people["trainer"], TrainerKind.PEER, TrainerStage.LEAD),
             (people["trainer2"], TrainerKind.PROFESSIONAL, TrainerStage.ACCREDITED),
             (seumas, TrainerKind.PEER, TrainerStage.ACCREDITED)]
    areas = {area.name: area for area in Area.objects.all()}
    profiles = []
    for user, kind, stage in specs:
        user.groups.add(group)
        give_consent(user, ConsentPurpose.TAKING_PART)
        if user.email == "trainer@example.org":
            give_consent(user, ConsentPurpose.PUBLIC_TRAINER_PROFILE)
        profile, _ = TrainerProfile.objects.get_or_create(user=user, defaults={
            "kind": kind, "stage": stage, **PROFILES.get(user.email, {})})
        profile.areas.add(*[areas[name] for name in AREAS_BY_TRAINER.get(user.email, [])])
        for course in courses:
            Accreditation.objects.get_or_create(trainer=profile, course=course, defaults={
                "accredited_on": timezone.localdate() - timedelta(days=400)})
        profiles.append(profile)
    return profiles


# People a coordinator added by phone and from a paper sign-up sheet: no e-mail, so no login.
WITHOUT_EMAIL = [
    {"full_name": "Peigi Fòn", "phone": "01463 712345"},
    {"full_name": "Murchadh Litir", "postal_address": "4 Shore Street\nUllapool\nIV26 2UJ"},
]


def _without_email() -> list[User]:
    return [User.objects.filter(full_name=details["full_name"], email__isnull=True).first()
            or create_participant_for("", **details) for details in WITHOUT_EMAIL]


def _pair_without_email() -> tuple[User, User]:
    """A carer who rang up to come with her husband, both reached on her mobile."""
    ceit = (User.objects.filter(full_name="Ceit NicAoidh", email__isnull=True).first()
            or create_participant_for("", "Ceit NicAoidh", phone="07912 345601"))
    domhnall = (User.objects.filter(full_name="Dòmhnall MacAoidh", email__isnull=True).first()
                or create_companion_for(ceit, "Dòmhnall MacAoidh"))
    return ceit, domhnall


def _extra_participants() -> list[User]:
    return [demo_account(extra_participant_email(number), name, roles.PARTICIPANT)
            for number, name in enumerate(EXTRA_PARTICIPANTS, start=1)]


def extra_participant_email(number: int) -> str:
    return f"demo-participant-{number:02d}@example.org"


def _at(day, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=LONDON)


def _run(course, venue, first_day, trainers, capacity, language="en") -> CourseRun:
    run = CourseRun.objects.create(course=course, venue=venue, capacity=capacity,
                                   language=language)
    course = course.specific
    scheduling.create_weekly_sessions(run, first_starts_at=_at(first_day, time(10, 0)),
                                      count=course.session_count,
                                      minutes=course.session_minutes)
    scheduling.assign_trainer(run, trainers[0], "lead")
    scheduling.assign_trainer(run, trainers[1], "co_trainer")
    return scheduling.open_run(run)


def _enrol(run: CourseRun, users: list[User]) -> None:
    for user in users:
        enrolment.enrol(run, user)
