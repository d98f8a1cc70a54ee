from django.urls import path

from community import views_groups

app_name = "community"

urlpatterns: list = [
    path("groups/", views_groups.group_list, name="groups"),
    path("groups/<int:pk>/", views_groups.group_detail, name="group"),
    path("groups/<int:pk>/join/", views_groups.join, name="join_group"),
    path("groups/<int:pk>/leave/", views_groups.leave, name="leave_group"),
    path("groups/<int:pk>/calendar.ics", views_groups.calendar, name="group_calendar"),
    path("groups/<int:pk>/organise/", views_groups.organise, name="organise"),
    path("groups/<int:pk>/meetings/<int:meeting>/attendance/", views_groups.attendance,
         name="meeting_attendance"),
]
