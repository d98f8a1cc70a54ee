"""On PostgreSQL, an index for the search the directory makes through Wagtail's database
backend: it matches entries with ``(title || body) @@ query`` on Wagtail's index table, an
expression none of Wagtail's own indexes (on title, on body) serves, so every search read the
whole table. Measured by bench/directory.py (20,000 entries: the p95 of a common word went
from over 300 ms to about 60). SQLite (``make run``) has its own full-text table."""

from django.db import migrations

INDEX = "community_search_title_body"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
                              "USING gin ((title || body))")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("community", "0002_networker_role_and_permissions"),
                    ("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(forwards, backwards)]
