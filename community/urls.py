from django.urls import path

from community.views import directory, networker

app_name = "community"

urlpatterns = [
    path("support/", directory.directory, name="directory"),
    path("support/print/", directory.print_list, name="print"),
    path("support/<int:pk>/", directory.entry, name="entry"),
    path("community/networker/", networker.page, name="networker"),
    path("community/networker/entries/add/", networker.add_entry, name="add_entry"),
    path("community/networker/entries/<int:pk>/edit/", networker.edit_entry, name="edit_entry"),
    path("community/networker/entries/<int:pk>/checked/", networker.mark_checked,
         name="mark_checked"),
    path("community/networker/entries/<int:pk>/remove/", networker.remove_entry,
         name="remove_entry"),
]
"""The public pages of groups and the directory, and the networkers' page."""
