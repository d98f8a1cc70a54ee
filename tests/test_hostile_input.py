"""Nothing a visitor can send gives a 500: a corpus of hostile values (NUL bytes, a lone
surrogate's bytes, stray percent signs, very long text, right-to-left marks, huge numbers) in
every parameter of every URL pattern of ours, in the query strings our pages read, and in every
field of every form our pages show, for each kind of person who can reach them."""

import logging
import re
from html.parser import HTMLParser
from urllib.parse import quote, urlsplit

import pytest
from django.urls import NoReverseMatch, reverse

from courses.models import CalendarFeed
from tests.accounts.factories import UserFactory
from tests.test_access_matrix import MATRIX, OUR_VIEWSETS, _kwargs, _ours, _patterns, world

pytestmark = pytest.mark.django_db

__all__ = ["world"]  # the access matrix's fixture, shared

# Each value as it travels on the wire: already percent-encoded.
HOSTILE = {
    "nul": "%00",
    "nul-inside": "ab%00cd",
    "surrogate": "%ED%A0%80",          # UTF-8 bytes of a lone surrogate: not valid UTF-8
    "percent": "%25",
    "bare-percent": "%",
    "long": "x" * 5000,
    "rtl": quote("\u202eevil\u202c"),
    "quotes": quote("'\";--<script>"),
    "huge-number": "9" * 30,
    "last-day": "9999-12-31T23%3A59",   # the last minute a datetime can hold
    "first-day": "0001-01-01",
    "emoji": quote("🙂"),
}
PATH_VALUES = {key: HOSTILE[key] for key in ("nul", "nul-inside", "surrogate", "percent",
                                             "long", "rtl", "huge-number")}
# Query parameters our pages (and the admin listings) read, besides their forms' fields.
QUERY_NAMES = ["q", "p", "page", "next", "for", "area", "language", "format", "download",
               "code", "run", "ordering", "dates_from", "dates_to", "status", "course"]
CONVERTER = re.compile(r"<(?:(\w+):)?(\w+)>")
LOGGED_IN = ("participant", "trainer", "health_staff", "coordinator")


def _people(request) -> dict:
    fixture = request.getfixturevalue
    return {"anonymous": None, "participant": fixture("pat"), "trainer": fixture("tara"),
            "health_staff": fixture("hana"), "coordinator": fixture("cora"),
            "superuser": UserFactory(email="root@example.org", is_staff=True,
                                     is_superuser=True)}


def _as(client, person):
    """Be ``person`` (None: nobody), logging in again only when a request changed that (a
    logout button, an erased account)."""
    wanted = str(person.pk) if person is not None else None
    if client.session.get("_auth_user_id") != wanted:
        client.logout()
        if person is not None:
            client.force_login(person)


def _fill(route: str, value: str, good: dict) -> str:
    """The route with ``value`` in one parameter at a time (the others as they should be)."""
    return CONVERTER.sub(lambda m: value if m[2] == good["__target__"] else str(good[m[2]]),
                         route)


def _params(route: str) -> list[tuple[str, str]]:
    return [(m[1] or "str", m[2]) for m in CONVERTER.finditer(route)]


def _good_values(name: str, world) -> dict:
    """Real values for every parameter of pattern ``name``, from the world."""
    values = {"token": world["session"].checkin_token, "code": world["certificate"].code,
              "moment": "before", "session": world["session"].pk, "kind": "register",
              "name": "attendance", "facilitation": world["done"].facilitations.first().pk,
              "enrolment": world["done"].enrolments.first().pk, "purpose": "taking_part",
              "uidb36": "1", "key": "not-a-key", "use": "website",
              "meeting": world["group_meeting"].pk,
              "block": "8c2f0e0a-2b5f-4b7e-9c1d-3f1e2d4c5b6a"}
    if name in MATRIX:
        path = MATRIX[name][1](world)
        values["pk"] = next((int(part) for part in path.split("/") if part.isdigit()), 1)
    else:
        values.update(_kwargs(name, world))
    return values


def _routes(world):
    for name, route in _patterns():
        if (_ours(name, route) or name.split(":")[0] in OUR_VIEWSETS) and _params(route):
            yield name, route


@pytest.fixture
def client(client):
    """A client that returns 500 responses (to collect them all) and a quiet log."""
    client.raise_request_exception = False
    logging.disable(logging.CRITICAL)
    yield client
    logging.disable(logging.NOTSET)


def _check(response, where: str, failures: list) -> None:
    if response.status_code >= 500:
        error = getattr(response, "exc_info", None)
        failures.append(f"{response.status_code} {where[:160]} {error[1]!r:.200}" if error
                        else f"{response.status_code} {where[:160]}")


def _roles_for(name: str, route: str) -> list[str]:
    """Someone stopped at the door, and someone who gets in (so the view itself runs)."""
    if route.startswith("admin/"):
        return ["anonymous", "coordinator", "superuser"]
    expected = MATRIX.get(name, (None, None, {}))[2]
    inside = next((role for role in LOGGED_IN if expected.get(role) in (200, 302, 404)),
                  "participant")
    return ["anonymous", inside]


def test_hostile_values_in_every_url_parameter(world, client, request):
    world["feed"] = CalendarFeed.objects.get_or_create(user=world["pat"])[0]
    people = _people(request)
    tried, failures = 0, []
    for name, route in _routes(world):
        good = _good_values(name, world)
        for converter, param in _params(route):
            # Only digits reach an int parameter: the rest cannot match the route.
            values = ["0", HOSTILE["huge-number"]] if converter == "int" else PATH_VALUES.values()
            for value in values:
                path = "/" + _fill(route, value, {**good, "__target__": param})
                for role in _roles_for(name, route):
                    _as(client, people[role])
                    for method in ("get", "post"):
                        _check(getattr(client, method)(path), f"{method.upper()} {path} as {role}",
                               failures)
                        tried += 1
    assert sorted(set(failures)) == [], "\n".join(sorted(set(failures)))
    assert tried > 300


class _Forms(HTMLParser):
    """The forms on a page: method, action, and each field with the value the browser would
    send if nothing were touched."""

    def __init__(self):
        super().__init__()
        self.forms: list[dict] = []
        self._select = self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append({"method": (attrs.get("method") or "get").lower(),
                               "action": attrs.get("action") or "", "fields": {}})
            return
        name = attrs.get("name")
        if not self.forms or not name:
            if tag == "option" and self._select and "selected" in attrs:
                self.forms[-1]["fields"][self._select] = attrs.get("value", "")
            return
        fields = self.forms[-1]["fields"]
        if tag == "input" and attrs.get("type") in ("checkbox", "radio"):
            if "checked" in attrs or name not in fields:
                fields[name] = attrs.get("value", "on")
        elif tag == "input" and attrs.get("type") != "file":
            fields[name] = attrs.get("value") or ""
        elif tag == "select":
            self._select = name
            fields.setdefault(name, "")
        elif tag == "textarea":
            self._textarea = name
            fields[name] = ""

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea and self.forms:
            self.forms[-1]["fields"][self._textarea] += data


def _pages(world) -> list[tuple[str, str]]:
    """(role, path): each GET page of ours, for someone logged in who may open it (and for
    anonymous visitors too where they may)."""
    pages = []
    for method, path, expected in MATRIX.values():
        if method == "get":
            pages += [(role, path(world)) for role in
                      ["anonymous", next((r for r in LOGGED_IN if expected[r] == 200), "")]
                      if expected.get(role) == 200]
    for name, route in _patterns():
        if (name.split(":")[0] in OUR_VIEWSETS and route.startswith("admin/")
                and not name.endswith("index_results")):
            try:
                pages.append(("coordinator", reverse(name, kwargs=_kwargs(name, world))))
            except NoReverseMatch:  # a parameter this world has no value for
                continue
    edits = [f"/admin/pages/{page.pk}/edit/" for page in (world["course"], world["module"],
                                                          world["course"].get_parent())]
    edits += [f"/admin/snippets/courses/confidencescale/edit/"
              f"{world['course'].confidence_scale_id}/",
              f"/admin/settings/cms/sitesettings/{world['course'].get_site().pk}/",
              f"/admin/snippets/codesign/story/edit/{world['story'].pk}/"]
    return pages + [("coordinator", path) for path in edits] + [
                    ("anonymous", "/"), ("anonymous", "/courses/"),
                    ("anonymous", world["course"].url), ("anonymous", "/accounts/signup/"),
                    ("anonymous", "/accounts/login/"), ("anonymous", "/accounts/password/reset/"),
                    ("participant", "/accounts/password/change/"),
                    ("coordinator", "/admin/people/")]


def _body(fields, value: str, only: str | None = None) -> str:
    """Every field set to ``value`` (already encoded), or, with ``only``, that one field set
    to it and the others as the browser would send them."""
    return "&".join(
        f"{quote(field)}={value if only in (None, field) else quote(fields[field])}"
        for field in sorted(fields) if field != "csrfmiddlewaretoken")


# One field at a time, the others as sent: the values that get past a form's own checks.
ONE_AT_A_TIME = ("long", "huge-number", "last-day", "first-day", "surrogate", "quotes")


def test_hostile_values_in_every_form_field_and_query(world, client, request):
    world["feed"] = CalendarFeed.objects.get_or_create(user=world["pat"])[0]
    people = _people(request)
    posted = queried = 0
    failures, tried_forms = [], set()
    for role, path in _pages(world):
        _as(client, people[role])
        response = client.get(path)
        _check(response, f"GET {path} as {role}", failures)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        parser = _Forms()
        parser.feed(response.content.decode())
        get_fields = dict.fromkeys(QUERY_NAMES, "")
        for form in parser.forms:
            target = urlsplit(form["action"]).path or path
            if form["method"] == "get":
                get_fields |= form["fields"]
                continue
            if target.startswith("/admin/pages/"):
                # Wagtail's page editor builds its StreamField inputs in the browser; a post
                # without them is a KeyError inside Wagtail (wagtail/wagtail#11920), left to
                # upstream. Our own panels on these pages are tried on the snippet, settings
                # and trainer forms below.
                continue
            if (role, target, frozenset(form["fields"])) in tried_forms:
                continue  # the same form on another page (logging out, the language)
            tried_forms.add((role, target, frozenset(form["fields"])))
            bodies = [(key, _body(form["fields"], value)) for key, value in HOSTILE.items()]
            bodies += [(f"{key} in {field}", _body(form["fields"], HOSTILE[key], only=field))
                       for field in form["fields"] for key in ONE_AT_A_TIME]
            for key, body in bodies:
                _as(client, people[role])
                reply = client.post(target, body,
                                    content_type="application/x-www-form-urlencoded")
                _check(reply, f"POST {target} ({key}) as {role}", failures)
                posted += 1
        for key, value in HOSTILE.items():
            _as(client, people[role])
            reply = client.get(f"{path.split('?')[0]}?{_body(get_fields, value)}")
            _check(reply, f"GET {path} ?({key}) as {role}", failures)
            queried += 1
    assert sorted(set(failures)) == [], "\n".join(sorted(set(failures)))
    assert posted > 200 and queried > 300
