"""The equality questions on the public site: answering, changing and withdrawing them."""
