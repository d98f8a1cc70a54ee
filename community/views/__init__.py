"""The community app's pages: the public directory (``directory``) and the networkers' page
(``networker``)."""
