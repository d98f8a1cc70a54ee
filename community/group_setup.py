"""Everything the peer support groups add to what ``courses`` and ``accounts`` own, registered
once the apps are ready (``CommunityConfig.ready``)."""

from community.group_demo import NOTES, seed_groups
from community.group_exports import register_group_export
from community.group_messages import register_group_messages
from community.group_panels import register_group_panels
from community.group_personal_data import register_group_data
from courses.demo import register as register_demo


def register_groups() -> None:
    register_group_messages()
    register_group_panels()
    register_group_data()
    register_group_export()
    register_demo("peer_support_groups", seed_groups, notes=NOTES)
