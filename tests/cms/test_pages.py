import pytest

from cms.models import HomePage, NavigationItem, SiteSettings, StandardPage
from courses.models import CourseIndexPage, CoursePage, ModulePage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("child, parent, allowed", [
    (HomePage, "root", True),
    (StandardPage, HomePage, True),
    (StandardPage, StandardPage, True),
    (CourseIndexPage, HomePage, True),
    (CoursePage, CourseIndexPage, True),
    (ModulePage, CoursePage, True),
    (CoursePage, HomePage, False),
    (ModulePage, CourseIndexPage, False),
    (ModulePage, HomePage, False),
    (StandardPage, CoursePage, False),
    (CourseIndexPage, StandardPage, False),
])
def test_page_types_sit_only_where_they_belong(child, parent, allowed):
    from wagtail.models import Page

    parent_model = Page if parent == "root" else parent
    assert (parent_model in child.allowed_parent_page_models()) is allowed


def test_there_is_one_home_page_and_one_catalogue(catalogue):
    assert not HomePage.can_create_at(catalogue.get_parent().get_parent())
    assert not CourseIndexPage.can_create_at(catalogue.get_parent())


def test_the_home_page_shows_featured_courses_in_order(client, course, home, catalogue):
    from tests.courses.factories import CoursePageFactory

    other = CoursePageFactory(parent=catalogue, title="Caring Too", slug="caring-too")
    home.featured_courses.create(course=other, sort_order=0)
    home.featured_courses.create(course=course, sort_order=1)
    home.save()
    html = client.get("/").content.decode()
    assert html.index("Caring Too") < html.index("Living Well")


def test_a_standard_page_renders_its_blocks(client, home):
    home.add_child(instance=StandardPage(
        title="About us", slug="about", intro="Who we are.",
        body=[("heading", {"text": "Our story", "level": "h2"}),
              ("inset_text", {"text": "Courses are free."})],
    ))
    html = client.get("/about/").content.decode()
    assert "<h2>Our story</h2>" in html
    assert "Courses are free." in html


def test_the_navigation_comes_from_site_settings_in_both_languages(client, home, catalogue):
    settings = SiteSettings.objects.get()
    NavigationItem.objects.create(settings=settings, page=catalogue, label_gd="Cùrsaichean",
                                  sort_order=1)
    english = client.get("/courses/").content.decode()
    assert '<a href="/courses/" aria-current="page">Courses</a>' in english
    gaelic = client.get("/gd/courses/").content.decode()
    assert '<a href="/gd/courses/" aria-current="page">Cùrsaichean</a>' in gaelic
    assert '<a href="/gd/">Dachaigh</a>' in gaelic


def test_an_untranslated_navigation_label_is_marked_as_english(client, home, catalogue):
    settings = SiteSettings.objects.get()
    NavigationItem.objects.create(settings=settings, page=catalogue, sort_order=1)
    gaelic = client.get("/gd/").content.decode()
    assert '<a href="/gd/courses/" lang="en">Courses</a>' in gaelic


def test_the_footer_shows_the_organisation_and_the_privacy_notice(client, home):
    SiteSettings.objects.filter(site__root_page=home).update(
        contact_email="hello@example.org", footer_text="Run by volunteers.")
    html = client.get("/").content.decode()
    assert "Test Network" in html
    assert 'href="mailto:hello@example.org"' in html
    assert "Run by volunteers." in html
    assert 'href="/privacy/"' in html


def test_unknown_addresses_get_our_own_not_found_page(client, home):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_the_privacy_notice_shows_its_version(client, home):
    from accounts.services.consent import PRIVACY_NOTICE_VERSION

    response = client.get("/privacy/")
    assert response.status_code == 200
    assert f"Version {PRIVACY_NOTICE_VERSION}" in response.content.decode()


def test_each_page_names_its_other_language_for_search_engines(client, course):
    for path, other in (("/courses/living-well/", "/gd/courses/living-well/"),
                        ("/gd/courses/living-well/", "/courses/living-well/")):
        head = client.get(path).content.decode().split("</head>")[0]
        assert 'hreflang="en" href="http://testserver/courses/living-well/"' in head
        assert 'hreflang="gd" href="http://testserver/gd/courses/living-well/"' in head
        assert 'hreflang="x-default" href="http://testserver/courses/living-well/"' in head
        assert other in head
