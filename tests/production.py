"""Running the site as production does, in a process of its own, against the test database."""

import sqlite3
from urllib.parse import quote

from django.db import connection


def the_test_database(tmp_path) -> str:
    """A ``DATABASE_URL`` for a process of its own that sees this test's migrated database:
    the PostgreSQL test database itself, or a copy of the in-memory SQLite one."""
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        copy = sqlite3.connect(tmp_path / "production.sqlite3")
        connection.connection.backup(copy)
        copy.close()
        return f"sqlite:///{tmp_path / 'production.sqlite3'}"
    db = connection.settings_dict
    return (f"postgres://{quote(db['USER'])}:{quote(db['PASSWORD'] or '')}@{db['HOST']}:"
            f"{db['PORT'] or 5432}/{db['NAME']}")
