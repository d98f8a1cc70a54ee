"""Local development: `make run` on a bare machine (SQLite, eager Celery, console e-mail)."""

from .base import *  # noqa: F403
from .env import env_list, env_str

DEBUG = True
SECRET_KEY = env_str("SECRET_KEY", "dev-only-not-secret-7c1e0b9e4f")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
