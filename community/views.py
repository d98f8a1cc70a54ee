"""The public pages of groups and the directory, and the networkers' page."""
