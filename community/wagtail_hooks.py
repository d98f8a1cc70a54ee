from wagtail import hooks

from community.admin.groups import CommunityGroup


@hooks.register("register_admin_viewset")
def register_community():
    return CommunityGroup()
