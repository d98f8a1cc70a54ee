"""The trainers app's rules: the path to peer trainer (``progression``) and volunteering."""
