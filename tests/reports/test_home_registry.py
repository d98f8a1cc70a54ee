"""A later app adds its own panel to the coordinator's home through ``reports.home``: shown in
its order among ours, only to people with its permission, saying its own words when there is
nothing to do."""

import copy

import pytest

from reports import home as home_panels

pytestmark = pytest.mark.django_db


@pytest.fixture
def registry(monkeypatch, settings, tmp_path):
    """The registered panels, put back as they were after the test; and a later app's
    template, ``later/groups.html``."""
    monkeypatch.setattr(home_panels, "_PANELS", dict(home_panels._PANELS))
    (tmp_path / "later").mkdir()
    (tmp_path / "later" / "groups.html").write_text(
        "<ul>{% for group in groups %}<li>{{ group }}</li>{% endfor %}</ul>")
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["DIRS"] = [*templates[0]["DIRS"], tmp_path]
    settings.TEMPLATES = templates
    return home_panels.register_panel


def groups_without_a_host(request) -> dict | None:
    return {"groups": ["Riverside Walking Group"]}


def test_it_shows_a_panel_a_later_app_registers_in_its_order(registry, client, cora, home):
    registry("groups_without_a_host", heading="Groups without a host",
             build=groups_without_a_host, template="later/groups.html",
             permission="courses.view_session", empty="Every group has a host.", order=15)
    client.force_login(cora)
    response = client.get("/admin/")
    names = [panel.name for panel in response.context["panels"]]
    assert names[:3] == ["sessions_soon", "groups_without_a_host", "runs_not_ready"]
    html = response.content.decode()
    assert 'id="home-groups-without-a-host-section"' in html
    assert "<li>Riverside Walking Group</li>" in html


def test_a_panel_with_nothing_to_do_says_so_and_one_without_permission_is_not_shown(
        registry, client, cora, home):
    registry("quiet", heading="Quiet", build=lambda request: None,
             template="later/groups.html", permission="courses.view_session",
             empty="All quiet.")
    registry("secret", heading="Secret", build=groups_without_a_host,
             template="later/groups.html", permission="courses.view_concern", empty="None.")
    client.force_login(cora)
    html = client.get("/admin/").content.decode()
    assert "All quiet." in html
    assert 'id="home-secret-section"' not in html and "Riverside" not in html
