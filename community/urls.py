from django.urls import path

from community import views_groups
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
    path("groups/", views_groups.group_list, name="groups"),
    path("groups/<int:pk>/", views_groups.group_detail, name="group"),
    path("groups/<int:pk>/join/", views_groups.join, name="join_group"),
    path("groups/<int:pk>/leave/", views_groups.leave, name="leave_group"),
    path("groups/<int:pk>/calendar.ics", views_groups.calendar, name="group_calendar"),
    path("groups/<int:pk>/organise/", views_groups.organise, name="organise"),
    path("groups/<int:pk>/meetings/<int:meeting>/attendance/", views_groups.attendance,
         name="meeting_attendance"),
]
