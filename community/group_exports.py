"""The peer support groups' export, through courses' one export path (``courses.export_kinds``):
one row per meeting held, with who came (members and others, counted) and how many members the
group had that day, so a funder's spreadsheet shows meetings, head counts and members over
time, per area. No names."""

import django_filters
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from community.models import GroupMeeting, GroupMembership, SupportGroup
from courses.export_kinds import ExportKind, register_kind
from courses.models import Area
from courses.resources import ExportResource, column

EXPORT_NAME = "group-meetings"


class GroupMeetingFilterSet(WagtailFilterSet):
    area = django_filters.ModelChoiceFilter(field_name="group__area", label=_("Area"),
                                            queryset=Area.objects.all())
    group = django_filters.ModelChoiceFilter(field_name="group", label=_("Group"),
                                             queryset=SupportGroup.objects.all())
    dates = django_filters.DateFromToRangeFilter(field_name="on", label=_("Dates"),
                                                 widget=DateRangePickerWidget)

    class Meta:
        model = GroupMeeting
        fields = []


class GroupMeetingResource(ExportResource):
    group = column("group_name", _("Group"))
    area = column("area", _("Area"))
    date = column("on", _("Date"))
    starts = column("starts_at", _("Starts"))
    recorded = column("recorded_at", _("Attendance recorded"))
    members_present = column("members_present", _("Members who came"))
    visitors = column("visitors", _("Others who came"))
    head_count = column("head_count", _("Head count"))
    members = column("members_then", _("Members that day"))

    class Meta:
        fields = ("group", "area", "date", "starts", "recorded", "members_present", "visitors",
                  "head_count", "members")
        export_order = fields

    def dehydrate_starts(self, row):
        return self.local_time(row["starts_at"])

    def dehydrate_recorded(self, row):
        return str(_("Yes") if row["recorded_at"] else _("No"))

    def dehydrate_members_present(self, row):
        return row["members_present"] if row["recorded_at"] else ""

    def dehydrate_visitors(self, row):
        return row["visitors"] if row["recorded_at"] else ""

    def dehydrate_head_count(self, row):
        return row["members_present"] + row["visitors"] if row["recorded_at"] else ""


def held_meetings():
    return GroupMeeting.objects.held().order_by("starts_at", "pk")


def meeting_rows(meetings):
    """Each meeting held, with the number of members the group had when it began (people who
    had joined and not yet left): a subquery, so one query for the whole export."""
    members_then = (GroupMembership.objects
                    .filter(group=OuterRef("group"), joined_at__lte=OuterRef("starts_at"))
                    .filter(Q(left_at__isnull=True) | Q(left_at__gt=OuterRef("starts_at")))
                    .order_by().values("group").annotate(n=Count("pk")).values("n"))
    return meetings.values("on", "starts_at", "recorded_at", "members_present", "visitors",
                           group_name=F("group__name"), area=F("group__area__name"),
                           members_then=Coalesce(Subquery(members_then), 0))


def register_group_export() -> None:
    register_kind(ExportKind(EXPORT_NAME, _("Peer support group meetings"),
                             GroupMeetingResource, GroupMeetingFilterSet, held_meetings,
                             meeting_rows))
