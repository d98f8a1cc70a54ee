"""The directory in the demo: a networker who keeps the Highland directory, nine entries there
(one due a check, one hidden for being a year out of date) and four elsewhere, checked by the
coordinator. Registered with ``courses.demo.extensions``; safe to run again."""

from datetime import timedelta

from django.utils import timezone

from accounts import roles
from accounts.models import User
from community.models import DirectoryEntry, Networker
from community.services import directory
from community.services.directory import EntryDetails
from config.page_cache import forget_pages
from courses.demo.people import demo_account
from courses.models import Area

NETWORKER = ("networker@example.org", "Seonag NicRath")
NOTES = {NETWORKER[0]: "keeps the Highland directory at /community/networker/: one entry "
                       "due a check, one hidden"}
# Phone numbers from Ofcom's range kept for drama (01632 960xxx): they reach nobody.
ENTRIES = [
    ("Highland", {
        "name": "Inverness Health Walks", "categories": ["physical_activity", "social"],
        "offers": "Gentle hour-long walks on the flat along the river, led by trained walk "
                  "leaders. Go at your own pace; nobody is left behind.",
        "phone": "01632 960001", "opening_hours": "Mondays and Thursdays at 10:30, from the "
        "Eastgate entrance.", "access_features": ["step_free", "public_transport"],
        "languages": ["en", "gd"], "website": "https://example.org/inverness-walks",
        "name_gd": "Cuairtean Slàinte Inbhir Nis",
        "offers_gd": "Cuairtean socair de uair a thìde ri taobh na h-aibhne, le stiùirichean "
                     "trèanaichte. Coisichibh aig ur n-astar fhèin."}),
    ("Highland", {
        "name": "Highland Carers’ Café", "categories": ["carers", "social"],
        "offers": "A cuppa, cake and a chat with other unpaid carers, and a carers’ support "
                  "worker on hand for advice.", "phone": "01632 960002",
        "opening_hours": "First Wednesday of the month, 14:00 to 16:00.",
        "address": "Riverside Community Hub\n12 Ness Walk\nInverness IV3 5NE",
        "access_features": ["step_free", "hearing_loop", "quiet_room"],
        "name_gd": "Cafaidh Luchd-cùraim na Gàidhealtachd"}),
    ("Highland", {
        "name": "Chair-based exercise", "categories": ["physical_activity"],
        "offers": "Seated exercise to music for strength and balance, suitable if you find "
                  "standing for long hard.", "cost": "low_cost", "cost_note": "£3 a class",
        "phone": "01632 960003", "opening_hours": "Tuesdays 11:00 at the leisure centre.",
        "access_features": ["step_free", "parking"]}),
    ("Highland", {
        "name": "Money Matters advice line", "categories": ["money_advice"],
        "offers": "Free, confidential help with benefits, grants and bills, by phone or in a "
                  "home visit.", "phone": "01632 960004", "email": "advice@example.org",
        "opening_hours": "Weekdays 09:00 to 17:00."}),
    ("Highland", {
        "name": "Breathe Easy Inverness", "categories": ["condition_specific", "social"],
        "offers": "A support group for people living with a lung condition and their "
                  "families: talks, singing for breathing and friendship.",
        "phone": "01632 960005", "opening_hours": "Second Tuesday of the month, 13:30."}),
    ("Highland", {
        "name": "Talking Space drop-in", "categories": ["mental_health"],
        "offers": "Someone to talk to when things feel hard. No appointment needed.",
        "phone": "01632 960006", "opening_hours": "Fridays 10:00 to 13:00.",
        "access_features": ["quiet_room"]}),
    ("Highland", {
        "name": "Community transport", "categories": ["transport"],
        "offers": "Door-to-door minibus to appointments, shops and groups for people who "
                  "cannot use buses.", "cost": "low_cost", "cost_note": "Book a day ahead.",
        "phone": "01632 960007"}),
    ("Highland", {
        "name": "Men’s Shed Inverness", "categories": ["social", "learning"],
        "offers": "Woodwork, repairs and a blether in a friendly workshop.",
        "phone": "01632 960008", "opening_hours": "Tuesdays and Saturdays, 10:00 to 15:00."}),
    ("Highland", {
        "name": "Friday lunch club", "categories": ["food", "social"],
        "offers": "A two-course lunch and company for older people living alone.",
        "cost": "low_cost", "cost_note": "£4", "phone": "01632 960009"}),
    ("Glasgow", {
        "name": "Southside walking football", "categories": ["physical_activity", "social"],
        "offers": "Football at walking pace for people over 50 or living with a condition.",
        "phone": "01632 960010"}),
    ("Glasgow", {
        "name": "Glasgow Carers’ Network", "categories": ["carers"],
        "offers": "Information, breaks and a listening ear for unpaid carers in the city.",
        "phone": "01632 960011", "website": "https://example.org/glasgow-carers"}),
    ("Aberdeen", {
        "name": "Aberdeen benefits advice", "categories": ["money_advice"],
        "offers": "Help to claim what you are entitled to, and with forms and appeals.",
        "phone": "01632 960012"}),
    ("Aberdeen", {
        "name": "Singing for breathing", "categories": ["condition_specific"],
        "offers": "A relaxed singing group that helps with breathlessness.",
        "phone": "01632 960013"}),
]
# How long ago the demo's late entries were last checked.
OUT_OF_DATE = {"Men’s Shed Inverness": 200, "Friday lunch club": 400}


def seed_directory(people: dict[str, User]) -> None:
    coordinator = people["coordinator"]
    networker = demo_account(*NETWORKER, roles.COMMUNITY_NETWORKER)
    highland = Area.objects.get(name="Highland")
    if not Networker.objects.filter(user=networker).exists():
        directory.appoint_networker(networker, areas=[highland], by=coordinator)
    for area_name, details in ENTRIES:
        area = Area.objects.get(name=area_name)
        if DirectoryEntry.objects.filter(name=details["name"], area=area).exists():
            continue
        by = networker if area == highland else coordinator
        entry = directory.add_entry(EntryDetails(area=area, **details), by=by)
        if details["name"] in OUT_OF_DATE:
            DirectoryEntry.objects.filter(pk=entry.pk).update(
                checked_on=timezone.localdate() - timedelta(days=OUT_OF_DATE[details["name"]]))
            forget_pages()  # update() sends no signal
