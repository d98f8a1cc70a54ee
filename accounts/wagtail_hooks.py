from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts import admin_views


@hooks.register("register_admin_urls")
def register_people_urls():
    return [
        path("people/", admin_views.PeopleSearchView.as_view(), name="accounts_people"),
        path("people/<int:pk>/", admin_views.PersonView.as_view(), name="accounts_person"),
        path("people/<int:pk>/consents/<slug:purpose>/withdraw/",
             admin_views.WithdrawConsentView.as_view(), name="accounts_withdraw_consent"),
        path("people/<int:pk>/erase/", admin_views.ErasePersonView.as_view(),
             name="accounts_erase_person"),
    ]


class PeopleMenuItem(MenuItem):
    def is_shown(self, request):
        return any(request.user.has_perm(p) for p in admin_views.LOOKS_AFTER_PEOPLE)


@hooks.register("register_admin_menu_item")
def register_people_menu_item():
    return PeopleMenuItem(_("People"), reverse("accounts_people"), icon_name="group",
                          order=230)
