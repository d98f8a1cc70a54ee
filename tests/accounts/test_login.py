import pytest

from tests.accounts.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def _login(client, email, password, **extra):
    return client.post("/accounts/login/", {"login": email, "password": password}, **extra)


def test_it_logs_in_with_e_mail_and_password(client, home, pat):
    response = _login(client, "PAT@example.org", PASSWORD)
    assert response.status_code == 302
    assert client.session.get("_auth_user_id") == str(pat.pk)


def test_it_says_plainly_when_the_password_is_wrong(client, home, pat):
    response = _login(client, pat.email, "not-the-password")
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert "_auth_user_id" not in client.session


LOCKED = "too many attempts to log in"


def test_it_locks_an_account_after_five_wrong_passwords(client, home, pat):
    for _ in range(5):
        assert LOCKED not in _login(client, pat.email, "guess").content.decode()
    # even the right password is refused while the account is locked
    response = _login(client, pat.email, PASSWORD)
    assert LOCKED in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_it_throttles_one_address_guessing_many_accounts(client, home):
    pages = [_login(client, f"nobody{n}@example.org", "guess").content.decode()
             for n in range(11)]
    assert not any(LOCKED in page for page in pages[:10])
    assert LOCKED in pages[10]


def test_it_answers_429_to_a_flood_of_login_posts(client, home):
    statuses = {_login(client, "a@example.org", "x").status_code for _ in range(31)}
    assert 429 in statuses


@pytest.mark.parametrize("admin_login", ["/admin/login/", "/django-admin/login/"])
def test_the_admin_logins_are_the_same_throttled_form(client, admin_login):
    response = client.get(admin_login + "?next=/admin/pages/")
    assert response.status_code in (301, 302)
    assert response["Location"] == "/accounts/login/?next=/admin/pages/"


def test_the_admin_sends_anonymous_people_to_the_site_login(client, home):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_logging_out_needs_a_post(client, home, pat):
    client.force_login(pat)
    assert client.get("/accounts/logout/").status_code == 200
    assert "_auth_user_id" in client.session
    client.post("/accounts/logout/")
    assert "_auth_user_id" not in client.session


def test_wrong_passwords_from_one_address_do_not_lock_the_person_out_elsewhere(client, home,
                                                                               pat):
    for _ in range(6):
        _login(client, pat.email, "guess", REMOTE_ADDR="203.0.113.9")
    assert LOCKED in _login(client, pat.email, PASSWORD,
                            REMOTE_ADDR="203.0.113.9").content.decode()
    _login(client, pat.email, PASSWORD, REMOTE_ADDR="198.51.100.7")
    assert client.session.get("_auth_user_id") == str(pat.pk)


def test_behind_the_proxy_each_visitor_has_their_own_count(client, home, pat, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    for _ in range(6):
        _login(client, pat.email, "guess", HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy)
    _login(client, pat.email, PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy)
    assert client.session.get("_auth_user_id") == str(pat.pk)


def test_the_leave_page_counts_wrong_passwords_like_the_login(client, home, pat):
    client.force_login(pat)
    for _ in range(5):
        client.post("/my/data/leave/", {"understood": "on", "password": "guess"})
    response = client.post("/my/data/leave/", {"understood": "on", "password": PASSWORD})
    assert LOCKED in response.content.decode()
    pat.refresh_from_db()
    assert pat.erased_at is None


def test_wrong_current_passwords_count_against_the_login_throttle(client, home, pat):
    client.force_login(pat)
    new = {"password1": "another-long-passphrase", "password2": "another-long-passphrase"}
    for _ in range(5):
        client.post("/accounts/password/change/", {"oldpassword": "guess", **new})
    pat.refresh_from_db()
    assert pat.check_password(PASSWORD)
    client.logout()
    assert LOCKED in _login(client, pat.email, PASSWORD).content.decode()


def test_the_admins_send_password_changes_to_the_one_throttled_form(client, home, cora):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.get("/django-admin/password_change/")
    assert response["Location"] == "/accounts/password/change/"
    client.force_login(cora)
    account = client.get("/admin/account/").content.decode()
    assert 'name="password_change-old_password"' not in account
