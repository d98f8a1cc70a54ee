"""Django's SQLite backend, as `make run` and local tests use it, answering "not found" for an
id larger than any stored integer, as PostgreSQL does. Plain SQLite raises OverflowError
binding such a number (say ``?course=999…9`` in an admin filter), which would be a 500."""

import sqlite3

from django.db.backends.sqlite3.base import DatabaseWrapper as SQLiteDatabaseWrapper

SQLITE_INTEGERS = range(-(2**63), 2**63)


def _bind_int(value: int) -> int | str:
    # As text, SQLite compares a too-large number with a column's integers and finds none.
    return value if value in SQLITE_INTEGERS else str(value)


sqlite3.register_adapter(int, _bind_int)


class DatabaseWrapper(SQLiteDatabaseWrapper):
    pass
