"""Launch day, as Locust plays it (run by ``bench/launch_day.py``, which sets the scene).

Seven in ten people browse (home, catalogue, a course, a run, a module, the Gaelic catalogue),
two in ten sign up, one in ten logs in with an account made beforehand and takes a place on one
of three runs (or its waiting list); a third of those then give it up. Each person does this
once, from an address of their own (``X-Forwarded-For``), then leaves.
"""

import itertools
import os
import random
import re
import threading

from locust import HttpUser, between, task

RUNS = os.environ.get("LAUNCH_RUNS", "1").split(",")
ACCOUNTS = open(os.environ["LAUNCH_ACCOUNTS"]).read().split() if os.environ.get(
    "LAUNCH_ACCOUNTS") else []
PASSWORD = os.environ.get("LAUNCH_PASSWORD", "")
SOAK = bool(os.environ.get("LAUNCH_SOAK"))  # browse on and on, at a steady rate
COURSE = "/courses/living-well/"
MODULE = "/courses/living-well/pacing-energy-and-rest/"
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
_numbers = itertools.count(1)
_accounts = itertools.count(0)  # each person who enrols has an account of their own
_lock = threading.Lock()


def _next(counter) -> int:
    with _lock:
        return next(counter)


class Person(HttpUser):
    abstract = True
    wait_time = between(1, 3)

    def on_start(self):
        number = _next(_numbers)
        self.number = number
        self.client.headers["X-Forwarded-For"] = f"10.{number // 65536}.{number // 256 % 256}." \
                                                 f"{number % 256}"

    def page(self, path: str, name: str | None = None):
        with self.client.get(path, name=name or path, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
        self._plain_cookies()
        return response

    def send(self, path: str, form: dict, name: str, token_from: str):
        """Post ``form`` with the CSRF token of the page at ``token_from``; a redirect is a
        success (the view did its work and moved on)."""
        token = TOKEN.search(self.page(token_from, name=f"{name} (form)").text)
        with self.client.post(path, data={**form, "csrfmiddlewaretoken": token[1] if token
                                          else ""}, name=name, allow_redirects=False,
                              headers={"Referer": self.host + token_from},
                              catch_response=True) as response:
            if response.status_code not in (302, 303):
                response.failure(f"HTTP {response.status_code}")
        self._plain_cookies()
        return response

    def _plain_cookies(self) -> None:
        # Production marks cookies Secure; the load runs over plain HTTP on loopback.
        for cookie in self.client.cookies:
            cookie.secure = False

    def leave(self) -> None:
        """Done: this person stays away for the rest of the run (Locust would otherwise send
        a new person in their place, and the crowd would grow past the one asked for)."""
        if not SOAK:
            self.wait_time = lambda: 24 * 60 * 60

    def browse(self, pages: int) -> None:
        choices = ["/", "/courses/", COURSE, f"/runs/{random.choice(RUNS)}/", MODULE,
                   "/gd/courses/"]
        for path in random.sample(choices, k=min(pages, len(choices))):
            self.page(path, name="/runs/<id>/" if path.startswith("/runs/") else path)


class Visitor(Person):
    weight = 7

    @task
    def look_around(self):
        self.browse(random.randint(3, 6))
        self.leave()


class Newcomer(Person):
    weight = 2

    @task
    def sign_up(self):
        self.browse(2)
        self.send("/accounts/signup/", {
            "full_name": f"Launch Person {self.number}", "preferred_language": "en",
            "email": f"launch-{self.number}-{random.randrange(10**9)}@example.org",
            "password1": "a long launch-day pass phrase", "password2":
            "a long launch-day pass phrase", "consent_taking_part": "on"},
            name="sign up", token_from="/accounts/signup/")
        self.leave()


class Enroller(Person):
    weight = 1

    @task
    def take_a_place(self):
        email = ACCOUNTS[_next(_accounts) % len(ACCOUNTS)]
        self.send("/accounts/login/", {"login": email, "password": PASSWORD}, name="log in",
                  token_from="/accounts/login/")
        run = random.choice(RUNS)
        self.send(f"/runs/{run}/enrol/", {"access_needs": "", "share_access_needs": ""},
                  name="enrol", token_from=f"/runs/{run}/")
        self.page("/my/")
        if random.random() < 1 / 3:
            self.send(f"/runs/{run}/withdraw/", {}, name="withdraw",
                      token_from=f"/runs/{run}/withdraw/")
        self.leave()
